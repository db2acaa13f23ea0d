import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailMessages, inboxItems } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { inboxFor, unreadCount } from "@/lib/queries/inbox";
import { remindUnanswered } from "@/lib/services/ceremonies/remind-unanswered";
import { testDriver } from "@/lib/testing/database";
import { planningFixture } from "@/lib/testing/planning-fixture";
import { openTestRuntime } from "@/lib/testing/runtime";
import { markRead } from "./mark-read";

// Every notice that is mailed lands in the recipient's inbox too, in the same transaction, once.
describe(`the in-app inbox on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let f: Awaited<ReturnType<typeof planningFixture>>;
  const now = Date.parse("2026-05-01T09:00:00Z");
  const actorFor = (person: { id: string; email: string }, roles: Actor["roles"]): Actor => ({
    id: person.id,
    label: person.email,
    roles,
    requestId: null,
    ip: null,
  });

  beforeAll(async () => {
    runtime = await openTestRuntime();
    f = await planningFixture(runtime.db, now, 3, "inb");
    const coordinator = actorFor(f.coordinator, ["coordinator"]);
    await remindUnanswered(runtime.db, runtime.boss, coordinator, { id: f.ceremony.id }, now);
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("files each mailed notice in the recipient's inbox, titled as the mail and linked to its page", async () => {
    const officer = f.people[0] as (typeof f.people)[number];
    const inbox = await inboxFor(runtime.db, officer, { unreadOnly: true, event: null });
    expect(inbox.items).toHaveLength(1);
    const [item] = inbox.items;
    const [mail] = await runtime.db.select().from(emailMessages).where(eq(emailMessages.to, officer.email));
    expect(item?.title).toBe(mail?.subject);
    expect(item?.path).toBe(`/me/ceremonies/${f.ceremony.id}`);
    expect(inbox.kinds).toEqual(["invitation.reminder"]);
    expect(inbox.deliveries.map((d) => [d.subject, d.status])).toEqual([[mail?.subject, "queued"]]);
    expect(await unreadCount(runtime.db, officer.id)).toBe(1);
    expect(await runtime.db.$count(inboxItems)).toBe(4);
  });

  it("marks only the person's own notices read, one or all", async () => {
    const [mine, theirs] = [f.people[0], f.people[1]] as [
      (typeof f.people)[number],
      (typeof f.people)[number],
    ];
    const other = (await inboxFor(runtime.db, theirs, { unreadOnly: true, event: null })).items[0];
    const me = actorFor(mine, ["crypto_officer"]);
    // Another person's notice id changes nothing.
    expect(await markRead(runtime.db, me, { id: other?.id }, now)).toBe(0);
    expect(await unreadCount(runtime.db, theirs.id)).toBe(1);
    expect(await markRead(runtime.db, me, { all: "1" }, now)).toBe(1);
    expect(await unreadCount(runtime.db, mine.id)).toBe(0);
    expect(
      (await inboxFor(runtime.db, mine, { unreadOnly: false, event: null })).items[0]?.readAt,
    ).not.toBeNull();
  });
});
