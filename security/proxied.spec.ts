import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { auditHash } from "../lib/domain/audit-chain";
import { NODE_TSX } from "../scripts/lib/node-tsx";
import { database, env, raw, sessionFor } from "./harness";
import { askForLink } from "./sign-in-page";

// A server behind one trusted proxy (TRUSTED_PROXIES=1): the address the proxy appended is the
// client's; anything the client wrote to the left of it is not.
const origin = () => env("SECURITY_PROXIED");
const port = () => Number(new URL(origin()).port);

test("the per-client limit and the audit trail use the address the proxy saw, never the client's claim", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const outcomes: boolean[] = [];
  for (let i = 0; i < 31; i++) {
    // The client forges 6.6.6.i; the proxy appends the real address, the same every time.
    await context.setExtraHTTPHeaders({ "x-forwarded-for": `6.6.6.${i}, 198.51.100.1` });
    await askForLink(page, origin(), `proxied-${i}@example.org`);
    await page.waitForLoadState("networkidle");
    outcomes.push(!(await page.getByText("Too many sign-in requests").isVisible()));
  }
  expect(outcomes.filter(Boolean)).toHaveLength(30);
  expect(outcomes[30]).toBe(false);
  // Another client behind the same proxy has its own allowance.
  await context.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.2" });
  await askForLink(page, origin(), "proxied-other@example.org");
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const sql = database(env("SECURITY_PROXIED_DB"));
  const addresses =
    await sql`select distinct summary->>'ip' as ip from audit_events where action like 'auth.sign_in%'`;
  await sql.end();
  expect(addresses.map((row) => row.ip).sort()).toEqual(["198.51.100.1", "198.51.100.2"]);
  await context.close();
});

test("a Host the proxy reports for another site is refused for sign-in", async () => {
  const answer = await raw({ port: port() }, "/signin", {
    method: "POST",
    headers: {
      host: `localhost:${port()}`,
      "x-forwarded-host": "evil.example",
      "content-type": "text/plain",
      "content-length": "2",
    },
    body: "{}",
  });
  expect(answer.status).toBe(421);
});

test("an event rewritten with every later hash recomputed fails against the signed checkpoint", async ({
  browser,
}) => {
  const admin = (...args: string[]) =>
    spawnSync(process.execPath, [...NODE_TSX, "scripts/admin.ts", "audit", ...args], {
      env: { ...process.env, DATABASE_URL: env("SECURITY_PROXIED_DB") },
      encoding: "utf8",
    });
  expect(admin("checkpoint").status).toBe(0);
  const sql = database(env("SECURITY_PROXIED_DB"));
  const rows = await sql`select * from audit_events order by id`;
  const target = rows[2];
  // The formula is public, so the chain itself can be made to hold again: only the signature cannot.
  let prev = rows[1]?.hash as string;
  await sql.begin(async (tx) => {
    await tx`set local session_replication_role = replica`;
    for (const row of rows.slice(2)) {
      const summary = row.id === target?.id ? { forged: true } : row.summary;
      const hash = auditHash(prev, {
        occurredAt: row.occurred_at,
        actorId: row.actor_id,
        actorLabel: row.actor_label,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        summary,
        requestId: row.request_id,
      });
      await tx`update audit_events set summary = ${sql.json(summary)}, prev_hash = ${prev}, hash = ${hash} where id = ${row.id}`;
      prev = hash;
    }
  });
  const auditor = await sessionFor(sql, "auditor@example.org");
  await sql.end();
  const verify = admin("verify");
  expect(verify.status).toBe(1);
  expect(verify.stderr).toMatch(/the trail was rewritten at or before event #\d+/);
  const context = await browser.newContext();
  await context.addCookies([
    { name: "authjs.session-token", value: auditor.split("=")[1] as string, url: origin() },
  ]);
  const page = await context.newPage();
  await page.goto(`${origin()}/audit`);
  await expect(page.getByTestId("chain-status")).toContainText("rewritten");
});
