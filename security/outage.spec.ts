import { expect, test } from "@playwright/test";
import { ownCluster } from "./cluster";
import { database, sessionFor } from "./harness";
import { prepareAsOwner, startApp } from "./servers";

// The database goes away for 8 seconds under a bounded stream of answers: no answer the server
// acknowledged may be lost or stored twice, people see a 503 page that tells them to try again, and
// the app recovers by itself.
const APP_PORT = 3814;
const DB_PORT = 55433;
const ANSWERS = ["attending", "declined"] as const;
const STEPS = 80;

interface Ack {
  invitationId: string;
  version: number;
  response: string;
}

test("an 8-second database outage loses no acknowledged answer and duplicates none", async ({ browser }) => {
  test.setTimeout(300_000);
  const cluster = ownCluster(DB_PORT);
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    prepareAsOwner(cluster.url);
    app = await startApp(APP_PORT, { DATABASE_URL: cluster.url, SEED_DEMO: "1" });
    const origin = app.origin;
    const sql = database(cluster.url);
    const invitations = await sql`select i.id, i.version, p.email from invitations i
      join people p on p.id = i.person_id join ceremonies c on c.id = i.ceremony_id
      where c.status in ('proposed', 'scheduled', 'confirmed', 'postponed') order by i.id limit 8`;
    expect(invitations.length).toBeGreaterThan(3);
    const cookies = new Map<string, string>();
    for (const row of invitations) cookies.set(row.id, await sessionFor(sql, row.email));
    const coordinator = await sessionFor(sql, "coordinator@example.org");
    await sql.end();

    const versions = new Map<string, number>(
      invitations.map((row) => [row.id as string, row.version as number]),
    );
    const acks: Ack[] = [];
    const statuses = new Map<number | string, number>();
    let outageStartedAt = 0;
    let recoveredAt = 0;
    const outage = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      cluster.stop();
      outageStartedAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 8000));
      cluster.start();
      recoveredAt = Date.now();
    })();

    // While the database is down, a person opening a page is told so.
    const context = await browser.newContext();
    await context.addCookies([
      { name: "authjs.session-token", value: coordinator.split("=")[1] as string, url: origin },
    ]);
    const page = await context.newPage();
    const pageStatuses: number[] = [];

    for (let step = 0; step < STEPS; step++) {
      const row = invitations[step % invitations.length];
      const id = row?.id as string;
      const response = ANSWERS[Math.floor(step / invitations.length) % 2] as string;
      for (let attempt = 0; ; attempt++) {
        if (attempt > 200) throw new Error(`answer ${step} never went through`);
        let status: number | string;
        let body: Record<string, unknown> = {};
        try {
          const res = await fetch(`${origin}/api/invitations/${id}/response`, {
            method: "POST",
            headers: { origin, cookie: cookies.get(id) as string, "content-type": "application/json" },
            body: JSON.stringify({ response, version: versions.get(id) }),
          });
          status = res.status;
          body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
        } catch (error) {
          status = (error as { cause?: { code?: string } }).cause?.code ?? "network";
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status === 200) {
          const version = body.version as number;
          // Unchanged with a newer version: an earlier try committed and its answer was lost.
          if (body.changed || version > (versions.get(id) ?? 0))
            acks.push({ invitationId: id, version, response });
          versions.set(id, version);
          break;
        }
        const current = body.current as { version: number; response: string } | undefined;
        if (status === 409 && current) {
          // Our earlier try committed although its answer was lost: the stored answer is ours.
          if (current.response === response) {
            acks.push({ invitationId: id, version: current.version, response });
            versions.set(id, current.version);
            break;
          }
          versions.set(id, current.version);
          continue;
        }
        if (outageStartedAt && !recoveredAt && pageStatuses.length < 3) {
          const visit = await page.goto(`${origin}/dashboard`);
          pageStatuses.push(visit?.status() ?? 0);
          if (visit?.status() === 503)
            await expect(page.getByRole("heading", { name: "Service unavailable" })).toBeVisible();
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    await outage;
    console.log(
      `[outage] ${acks.length} answers acknowledged over ${STEPS} steps; responses seen: ${JSON.stringify(Object.fromEntries(statuses))}; pages during the outage: ${pageStatuses.join(", ")}; database back after ${recoveredAt - outageStartedAt} ms`,
    );
    expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
    expect(pageStatuses).toContain(503);

    const check = database(cluster.url);
    for (const row of invitations) {
      const id = row.id as string;
      const mine = acks.filter((ack) => ack.invitationId === id);
      const [stored] = await check`select response, version from invitations where id = ${id}`;
      const events =
        await check`select count(*)::int as n from audit_events where action = 'invitation.respond' and subject_id = ${id}`;
      const receipts =
        await check`select count(*)::int as n from email_messages where idempotency_key like ${`response:${id}:%`}`;
      // Every acknowledged change is there, once: versions, audit events and receipts all count them.
      expect(stored?.version).toBe((row.version as number) + mine.length);
      expect(stored?.response).toBe(mine.at(-1)?.response ?? stored?.response);
      expect(events[0]?.n).toBe(mine.length);
      expect(receipts[0]?.n).toBe(mine.length);
    }
    await check.end();
    // The same server process answers again, signed in, without a restart. A fresh tab: the 503 page
    // left open reloads itself, and that reload would race this navigation.
    const after = await (await context.newPage()).goto(`${origin}/dashboard`);
    expect(after?.status()).toBe(200);
    expect(app.child.exitCode).toBeNull();
  } finally {
    await app?.stop();
    cluster.remove();
  }
});
