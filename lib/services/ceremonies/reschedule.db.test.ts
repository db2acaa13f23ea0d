import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailMessages } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { ceremonyPage } from "@/lib/queries/planning/ceremony-page";
import { myCeremony } from "@/lib/queries/portal";
import { respondToInvitation } from "@/lib/services/attendance/respond";
import { messageForRecipient } from "@/lib/services/mail/deliver-email";
import { actorFor } from "@/lib/testing/actor";
import { testDriver } from "@/lib/testing/database";
import { planningFixture } from "@/lib/testing/planning-fixture";
import { runQueuedVerdicts } from "@/lib/testing/queued-verdicts";
import { openTestRuntime } from "@/lib/testing/runtime";
import { rescheduleCeremony } from "./reschedule-ceremony";
import { updateCeremony } from "./update-ceremony";

const now = Date.parse("2026-11-27T12:00:00Z");

describe(`a moved ceremony asks again, on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let f: Awaited<ReturnType<typeof planningFixture>>;
  let coordinator: Actor;
  const officer = (i: number) => actorFor(f.people[i] as never, ["crypto_officer"]);

  beforeAll(async () => {
    runtime = await openTestRuntime();
    f = await planningFixture(runtime.db, now, 5, "mv");
    coordinator = actorFor(f.coordinator, ["coordinator"]);
    // Three officers and the administrator confirm the first date: the quorum is met.
    for (const i of [0, 1, 2]) {
      await respondToInvitation(
        runtime.db,
        runtime.boss,
        officer(i),
        { invitationId: f.invited[i]?.id, version: 1, response: "attending" },
        now,
      );
    }
    await respondToInvitation(
      runtime.db,
      runtime.boss,
      actorFor(f.admin, ["ceremony_administrator"]),
      { invitationId: f.invited[5]?.id, version: 1, response: "attending" },
      now,
    );
    await respondToInvitation(
      runtime.db,
      runtime.boss,
      officer(3),
      { invitationId: f.invited[3]?.id, version: 1, response: "declined" },
      now,
    );
    await runQueuedVerdicts(runtime, now);
  });
  afterAll(async () => {
    await runtime.close();
  });

  const move = (extra: Record<string, unknown>) => ({
    id: f.ceremony.id,
    version: 1,
    facilityId: f.facility.id,
    date: "2027-01-20",
    time: "10:00",
    ...extra,
  });

  it("refuses a move without a reason and changes nothing", async () => {
    expect((await ceremonyPage(runtime.db, f.ceremony.id, now))?.verdict).toBe("met");
    await expect(
      rescheduleCeremony(runtime.db, runtime.boss, coordinator, move({}), now),
    ).rejects.toMatchObject({
      code: "invalid_input",
      fields: { reason: expect.stringContaining("Say why") },
    });
    const page = await ceremonyPage(runtime.db, f.ceremony.id, now);
    expect(page?.ceremony.version).toBe(1);
    expect(page?.reconfirmPending).toBe(0);
    expect(page?.history).toHaveLength(0);
  });

  it("moves with the reason: answers wait for re-confirmation, the quorum is no longer met", async () => {
    await rescheduleCeremony(
      runtime.db,
      runtime.boss,
      coordinator,
      move({ reason: "Safe at East will not open" }),
      Date.parse("2026-11-28T12:00:00Z"),
    );
    const page = await ceremonyPage(runtime.db, f.ceremony.id, Date.parse("2026-11-28T12:00:00Z"));
    // Nobody confirmed the new date yet: 0 of 3 confirmed, and the page says why.
    expect(page?.verdict).not.toBe("met");
    expect(page?.requirements[0]).toMatchObject({ confirmed: 0, min: 3, met: false });
    expect(page?.reconfirmPending).toBe(5);
    const answers = Object.fromEntries(
      page?.roster.map((r) => [r.email, [r.response, r.previousResponse]]) ?? [],
    );
    expect(answers[f.people[0]?.email as string]).toEqual(["no_answer", "attending"]);
    expect(answers[f.people[3]?.email as string]).toEqual(["no_answer", "declined"]);
    expect(answers[f.admin.email]).toEqual(["no_answer", "attending"]);
    expect(answers[f.people[4]?.email as string]).toEqual(["no_answer", null]);
    // History: old → new with the reason.
    expect(page?.history).toHaveLength(1);
    expect(page?.history[0]).toMatchObject({
      reason: "Safe at East will not open",
      actor: f.coordinator.name,
    });
    expect(page?.history[0]?.changes[0]).toMatch(/^Start: .+ → Wed 20 Jan 2027, 10:00 EST$/);
    // 20 January less 120, 75 and 60 days all fell before the move on 28 November: missed, never done.
    const states = Object.fromEntries(page?.milestones.map((m) => [m.key, m.state]) ?? []);
    expect(states).toMatchObject({ announce: "missed", rsvp: "missed", travel_request: "missed" });
    expect(states.ceremony).toBe("upcoming");
  });

  it("tells every invitee why, with their old answer to confirm", async () => {
    const rows = await runtime.db
      .select()
      .from(emailMessages)
      .where(eq(emailMessages.template, "ceremony_changed"));
    // As the delivery job renders them.
    const mails = await Promise.all(
      rows.map(async (row) => ({ ...row, ...(await messageForRecipient(row)) })),
    );
    expect(mails).toHaveLength(f.invited.length);
    const toOfficer0 = mails.find((m) => m.to === f.people[0]?.email);
    expect(toOfficer0?.text).toContain("Reason: Safe at East will not open");
    expect(toOfficer0?.text).toContain("You had answered “attending” for the old date");
    const toOfficer4 = mails.find((m) => m.to === f.people[4]?.email);
    expect(toOfficer4?.text).toContain("Reason: Safe at East will not open");
    expect(toOfficer4?.text).not.toContain("You had answered");
  });

  it("one tap confirms the old answer; a form from before the move is a conflict", async () => {
    const mine = await myCeremony(runtime.db, f.people[0]?.id as string, f.ceremony.id);
    expect(mine?.invitation).toMatchObject({
      response: "no_answer",
      previousResponse: "attending",
      version: 3,
    });
    // The answer form loaded before the move still carries version 2.
    await expect(
      respondToInvitation(
        runtime.db,
        runtime.boss,
        officer(0),
        { invitationId: f.invited[0]?.id, version: 2, response: "declined" },
        now,
      ),
    ).rejects.toMatchObject({ code: "conflict" });
    for (const i of [0, 1, 2]) {
      const row = await myCeremony(runtime.db, f.people[i]?.id as string, f.ceremony.id);
      await respondToInvitation(
        runtime.db,
        runtime.boss,
        officer(i),
        { invitationId: f.invited[i]?.id, version: row?.invitation.version, response: "attending" },
        now,
      );
    }
    const page = await ceremonyPage(runtime.db, f.ceremony.id, Date.parse("2026-11-28T12:00:00Z"));
    expect(page?.requirements[0]).toMatchObject({ confirmed: 3, met: true });
    expect(page?.reconfirmPending).toBe(2);
    const again = await myCeremony(runtime.db, f.people[0]?.id as string, f.ceremony.id);
    expect(again?.invitation).toMatchObject({ response: "attending", previousResponse: null });
  });

  it("an edit that does not move the ceremony keeps the answers and needs no reason", async () => {
    const page = await ceremonyPage(runtime.db, f.ceremony.id, now);
    await updateCeremony(
      runtime.db,
      runtime.boss,
      coordinator,
      {
        id: f.ceremony.id,
        version: page?.ceremony.version,
        label: f.ceremony.label,
        kind: "key_signing",
        facilityId: f.facility.id,
        date: "2027-01-20",
        time: "10:00",
        durationMinutes: "300",
        agenda: "Open safe",
      },
      now,
    );
    const after = await ceremonyPage(runtime.db, f.ceremony.id, now);
    expect(after?.requirements[0]).toMatchObject({ confirmed: 3, met: true });
    expect(after?.history).toHaveLength(1);
  });
});
