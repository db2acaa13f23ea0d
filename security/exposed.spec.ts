import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { NODE_TSX } from "../scripts/lib/node-tsx";
import { database, env, eventually, externalAddress, raw, sessionFor } from "./harness";
import { askForLink, expectLinkSent, redeem } from "./sign-in-page";

// Attacks on a server that listens on every interface, on PostgreSQL as the app role of the two-role
// setup, with a mail provider (a stand-in that never answers for addresses starting "hang").
const origin = () => env("SECURITY_EXPOSED");
const port = () => Number(env("SECURITY_EXPOSED_PORT"));
const owner = () => database(env("SECURITY_EXPOSED_DB"));

interface Accepted {
  accepted: { idempotencyKey: string; body: { to: string; text: string } }[];
}
const acceptedBy = async (to: string) => {
  const { accepted } = (await (await fetch(`${env("SECURITY_PROVIDER")}/_accepted`)).json()) as Accepted;
  return accepted.filter((mail) => mail.body.to === to || [mail.body.to].flat().includes(to));
};

test("with other machines able to connect, the development mailbox is off for everyone", async () => {
  for (const host of ["127.0.0.1", externalAddress()]) {
    const answer = await raw({ host, port: port() }, "/dev/mailbox", {
      headers: { host: `localhost:${port()}` },
    });
    expect(answer.status).toBe(404);
  }
});

test("the outbox never holds a usable sign-in token; the person's mail does, on the public origin", async ({
  browser,
}) => {
  const page = await browser.newPage();
  await askForLink(page, origin(), "ca-east@example.org");
  await expectLinkSent(page);
  const [mail] = await eventually(async () => {
    const found = await acceptedBy("ca-east@example.org");
    return found.length > 0 ? found : null;
  });
  const link = /(http:\/\/\S+\/signin\/confirm\?\S+)/.exec(mail?.body.text ?? "")?.[1] ?? "";
  expect(link.startsWith(`${origin()}/signin/confirm?token=`)).toBe(true);
  const token = new URL(link).searchParams.get("token") ?? "";
  const sql = owner();
  const stored =
    await sql`select html, text, sealed_props, status from email_messages where "to" = 'ca-east@example.org'`;
  await sql.end();
  expect(stored).toHaveLength(1);
  expect(stored[0]?.status).toBe("sent");
  expect(`${stored[0]?.html}${stored[0]?.text}`).not.toContain(token);
  expect(stored[0]?.sealed_props).toBeNull();
  await redeem(page, link);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("a provider that hangs on one message delays no other sign-in, and its failure is shown to staff", async ({
  browser,
}) => {
  const sql = owner();
  await sql`insert into people (name, email, home_country, time_zone, roles) values ('Hang Test', 'hang-1@example.org', 'US', 'UTC', '{crypto_officer}')`;
  const coordinator = await sessionFor(sql, "coordinator@example.org");
  const page = await browser.newPage();
  await askForLink(page, origin(), "hang-1@example.org");
  await expectLinkSent(page);
  const started = Date.now();
  await askForLink(page, origin(), "co-east-1@example.org");
  await eventually(async () => (await acceptedBy("co-east-1@example.org")).length > 0, 15_000);
  console.log(
    `[security] sign-in mail delivered ${Date.now() - started} ms after the request, while another hangs`,
  );
  // Every attempt for the hanging message times out; after the last retry it is marked failed.
  await eventually(async () => {
    const [row] = await sql`select status from email_messages where "to" = 'hang-1@example.org'`;
    return row?.status === "failed";
  }, 90_000);
  const context = await browser.newContext();
  await context.addCookies([
    { name: "authjs.session-token", value: coordinator.split("=")[1] as string, url: origin() },
  ]);
  const staff = await context.newPage();
  await staff.goto(`${origin()}/dashboard`);
  await expect(staff.getByTestId("mail-failure-notice")).toContainText("hang-1@example.org");
  const [person] = await sql`select id from people where email = 'hang-1@example.org'`;
  await staff.goto(`${origin()}/people/${person?.id}`);
  await expect(staff.getByTestId("failed-mail")).toContainText("could not be sent");
  await sql.end();
});

test("the app's own database role cannot switch off the append-only triggers or delete events", async () => {
  const app = database(env("SECURITY_EXPOSED_APP_DB"));
  await expect(app`alter table audit_events disable trigger all`).rejects.toThrow(/must be owner/);
  await expect(app`delete from audit_events`).rejects.toThrow(/permission denied/);
  await expect(app`set session_replication_role = replica`).rejects.toThrow(/permission denied/);
  await app.end();
});

test("a deleted last event fails against the last checkpoint, on the audit page and on the command line", async ({
  browser,
}) => {
  const verify = () =>
    spawnSync(process.execPath, [...NODE_TSX, "scripts/admin.ts", "audit", "verify"], {
      env: { ...process.env, DATABASE_URL: env("SECURITY_EXPOSED_DB") },
      encoding: "utf8",
    });
  const checkpoint = spawnSync(process.execPath, [...NODE_TSX, "scripts/admin.ts", "audit", "checkpoint"], {
    env: { ...process.env, DATABASE_URL: env("SECURITY_EXPOSED_DB") },
    encoding: "utf8",
  });
  expect(checkpoint.status).toBe(0);
  expect(verify().status).toBe(0);
  // Someone with the owner's credentials removes the newest event, triggers off.
  const sql = owner();
  const [last] = await sql`select max(id)::int as id from audit_events`;
  await sql.begin(async (tx) => {
    await tx`set local session_replication_role = replica`;
    await tx`delete from audit_events where id = ${last?.id}`;
  });
  const auditor = await sessionFor(sql, "auditor@example.org");
  await sql.end();
  const after = verify();
  expect(after.status).toBe(1);
  expect(after.stderr).toContain(`event #${last?.id}, the head of checkpoint`);
  const context = await browser.newContext();
  await context.addCookies([
    { name: "authjs.session-token", value: auditor.split("=")[1] as string, url: origin() },
  ]);
  const page = await context.newPage();
  await page.goto(`${origin()}/audit`);
  await expect(page.getByTestId("chain-status")).toContainText("does not verify");
  await expect(page.getByTestId("chain-status")).toContainText(`event #${last?.id}`);
});
