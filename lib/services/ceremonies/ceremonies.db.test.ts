import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ceremonies, ceremonyTransitions, emailMessages, invitations, travelRestrictions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { listAuditEvents } from "@/lib/queries/audit";
import { ceremonyPage } from "@/lib/queries/planning/ceremony-page";
import { respondToInvitation } from "@/lib/services/attendance/respond";
import { refreshVerdicts } from "@/lib/services/planning/refresh-verdicts";
import { actorFor } from "@/lib/testing/actor";
import { testDriver } from "@/lib/testing/database";
import { planningFixture } from "@/lib/testing/planning-fixture";
import { runQueuedVerdicts } from "@/lib/testing/queued-verdicts";
import { openTestRuntime } from "@/lib/testing/runtime";
import { createCeremony } from "./create-ceremony";
import { invitePeople } from "./invite-people";
import { setRequirements } from "./set-requirements";
import { transitionCeremony } from "./transition-ceremony";
import { updateCeremony } from "./update-ceremony";

const now = Date.parse("2026-11-27T12:00:00Z");

describe(`ceremony planning on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let f: Awaited<ReturnType<typeof planningFixture>>;
  let coordinator: Actor;
  beforeAll(async () => {
    runtime = await openTestRuntime();
    f = await planningFixture(runtime.db, now, 5);
    coordinator = actorFor(f.coordinator, ["coordinator"]);
  });
  afterAll(async () => {
    await runtime.close();
  });

  const mails = (template: string) =>
    runtime.db.select().from(emailMessages).where(eq(emailMessages.template, template));

  it("creates a ceremony at facility-local time with the template's requirements and a history entry", async () => {
    const row = await createCeremony(
      runtime.db,
      runtime.boss,
      coordinator,
      {
        label: "KC70",
        kind: "key_signing",
        facilityId: f.facility.id,
        date: "2027-02-11",
        time: "21:30",
        durationMinutes: "240",
        templateId: f.template.id,
        agenda: "Open safe\n\nSign KSR",
      },
      now,
    );
    // 21:30 in Culpeper in February is 02:30 UTC the next day.
    expect(row.startsAt.toISOString()).toBe("2027-02-12T02:30:00.000Z");
    expect(row.standbyDate).toBe("2027-02-12");
    expect(row.agenda).toEqual(["Open safe", "Sign KSR"]);
    expect(row.lastVerdict).toBeNull();
    const page = await ceremonyPage(runtime.db, row.id, now);
    expect(page?.requirements.map((r) => [r.key, r.min])).toEqual([
      [`crypto_officer/${f.set.code}`, 3],
      ["ceremony_administrator", 1],
    ]);
    expect(page?.verdict).toBe("not_met");
    const [stored] = await runtime.db.select().from(ceremonies).where(eq(ceremonies.id, row.id));
    expect(stored?.lastVerdict).toBe("not_met");
    expect(page?.history.map((h) => [h.fromStatus, h.toStatus])).toEqual([[null, "proposed"]]);
  });

  it("rejects bad input on the field and writes nothing", async () => {
    const count = await runtime.db.$count(ceremonies);
    const base = {
      label: "KC71",
      kind: "key_signing",
      facilityId: f.facility.id,
      durationMinutes: "240",
      time: "10:00",
    };
    await expect(
      createCeremony(runtime.db, runtime.boss, coordinator, { ...base, date: "2026-11-01" }, now),
    ).rejects.toMatchObject({
      code: "invalid_input",
      fields: { date: expect.stringContaining("past") },
    });
    await expect(
      createCeremony(
        runtime.db,
        runtime.boss,
        coordinator,
        { ...base, date: "2027-01-10", time: "25:00" },
        now,
      ),
    ).rejects.toMatchObject({
      fields: { time: expect.any(String) },
    });
    await expect(
      createCeremony(
        runtime.db,
        runtime.boss,
        coordinator,
        { ...base, date: "2027-01-10", facilityId: "00000000-0000-4000-8000-000000000000" },
        now,
      ),
    ).rejects.toMatchObject({ fields: { facilityId: expect.any(String) } });
    await expect(
      createCeremony(
        runtime.db,
        runtime.boss,
        coordinator,
        { ...base, label: f.ceremony.label, date: "2027-01-10" },
        now,
      ),
    ).rejects.toMatchObject({
      fields: { label: expect.stringContaining("already used") },
    });
    expect(await runtime.db.$count(ceremonies)).toBe(count);
  });

  it("turns met when three officers and the administrator confirm, and tells coordinators when it drops", async () => {
    for (const [i, invitation] of f.invited.slice(0, 3).entries()) {
      await respondToInvitation(
        runtime.db,
        runtime.boss,
        actorFor(f.people[i] as never, ["crypto_officer"]),
        {
          invitationId: invitation.id,
          version: 1,
          response: "attending",
        },
        now,
      );
      // The worker judges each answer soon after it commits.
      await runQueuedVerdicts(runtime, now);
    }
    const adminInvite = f.invited[5];
    await respondToInvitation(
      runtime.db,
      runtime.boss,
      actorFor(f.admin, ["ceremony_administrator"]),
      {
        invitationId: adminInvite?.id,
        version: 1,
        response: "attending",
      },
      now,
    );
    await runQueuedVerdicts(runtime, now);
    let page = await ceremonyPage(runtime.db, f.ceremony.id, now);
    expect(page?.verdict).toBe("met");
    expect(page?.requirements[0]).toMatchObject({ confirmed: 3, min: 3, met: true });

    // An entry ban from Sweden (officer 0's home) during the ceremony.
    const day = page?.milestones.find((m) => m.key === "ceremony")?.date as string;
    await runtime.db.transaction(async (tx) => {
      await tx.insert(travelRestrictions).values({
        fromCountry: "SE",
        toCountry: "US",
        kind: "entry_ban",
        startDate: "2026-12-01",
        endDate: day,
      });
      await refreshVerdicts(tx, runtime.boss, coordinator, { allLive: true }, now);
    });
    page = await ceremonyPage(runtime.db, f.ceremony.id, now);
    // Two officers still confirmed; the two who have not answered could fill the gap: at risk.
    expect(page?.verdict).toBe("at_risk");
    expect(page?.requirements[0]).toMatchObject({ confirmed: 2, possible: 1, met: false });
    const officer0 = page?.roster.find((r) => r.personId === f.people[0]?.id);
    expect(officer0?.outcome?.status).toBe("cannot_attend");
    expect(officer0?.outcome?.reasons[0]?.message).toContain(`entry ban SE to US 2026-12-01..${day}`);
    const notices = await mails("verdict_changed");
    expect(notices.map((n) => n.to)).toContain(f.coordinator.email);
    // Coordinators heard when it became met and again when it dropped to at risk.
    expect(
      notices
        .filter((n) => n.to === f.coordinator.email)
        .map((n) => n.subject)
        .sort(),
    ).toEqual([`${f.ceremony.label}: quorum at risk`, `${f.ceremony.label}: quorum met`]);
    // For one spare above the minimum of 3: two confirmed and the two who have not answered may come.
    expect(page?.advice[0]).toMatchObject({ target: 4, counted: 4, inviteMore: 0 });
  });

  it("a double-submitted answer is stored once; a stale different answer is a conflict", async () => {
    const invitation = f.invited[3];
    const officer = actorFor(f.people[3] as never, ["crypto_officer"]);
    const answer = { invitationId: invitation?.id, version: 1, response: "if_need_be", note: "Visa pending" };
    expect((await respondToInvitation(runtime.db, runtime.boss, officer, answer, now)).changed).toBe(true);
    expect((await respondToInvitation(runtime.db, runtime.boss, officer, answer, now)).changed).toBe(false);
    const receipts = (await mails("response_received")).filter((m) => m.to === f.people[3]?.email);
    expect(receipts).toHaveLength(1);
    const events = (await listAuditEvents(runtime.db, { action: "invitation.respond" })).events.filter(
      (e) => e.subjectId === invitation?.id,
    );
    expect(events).toHaveLength(1);
    await expect(
      respondToInvitation(runtime.db, runtime.boss, officer, { ...answer, response: "declined" }, now),
    ).rejects.toMatchObject({ code: "conflict", current: { response: "if_need_be", version: 2 } });
  });

  it("refuses an answer to someone else's invitation and audits the attempt", async () => {
    const intruder = actorFor(f.people[4] as never, ["crypto_officer"]);
    await expect(
      respondToInvitation(
        runtime.db,
        runtime.boss,
        intruder,
        { invitationId: f.invited[0]?.id, version: 2, response: "declined" },
        now,
      ),
    ).rejects.toMatchObject({ code: "not_found" });
    const [row] = await runtime.db
      .select()
      .from(invitations)
      .where(eq(invitations.id, f.invited[0]?.id as string));
    expect(row?.response).toBe("attending");
    const { events } = await listAuditEvents(runtime.db, { action: "auth.access_denied" });
    expect(events[0]).toMatchObject({ actorLabel: intruder.label, subjectId: "invitation.respond" });
  });

  it("a second coordinator saving a stale form gets the current values and overwrites nothing", async () => {
    const page = await ceremonyPage(runtime.db, f.ceremony.id, now);
    const version = page?.ceremony.version as number;
    const form = {
      id: f.ceremony.id,
      version,
      label: f.ceremony.label,
      kind: "key_signing",
      facilityId: f.facility.id,
      durationMinutes: "240",
    };
    const first = await updateCeremony(
      runtime.db,
      runtime.boss,
      coordinator,
      { ...form, date: "2027-03-10", time: "13:00", reason: "Avoid the entry ban" },
      now,
    );
    expect(first.version).toBe(version + 1);
    await expect(
      updateCeremony(
        runtime.db,
        runtime.boss,
        coordinator,
        { ...form, date: "2027-03-20", time: "09:00" },
        now,
      ),
    ).rejects.toMatchObject({
      code: "conflict",
      current: { date: "2027-03-10", time: "13:00", version: version + 1 },
    });
    const [stored] = await runtime.db.select().from(ceremonies).where(eq(ceremonies.id, f.ceremony.id));
    // 10 March 2027 is still standard time in Culpeper (DST starts on the 14th): 13:00 EST.
    expect(stored?.startsAt.toISOString()).toBe("2027-03-10T18:00:00.000Z");
    // Everyone invited hears of the move, with the calendar entry attached.
    const notices = (await mails("ceremony_changed")).filter((m) =>
      m.idempotencyKey.startsWith(`ceremony:${f.ceremony.id}:v${version + 1}`),
    );
    expect(notices).toHaveLength(f.invited.length);
    expect(notices[0]?.attachments[0]?.filename).toBe(`${f.ceremony.label}.ics`);
    expect(Buffer.from(notices[0]?.attachments[0]?.content ?? "", "base64").toString()).toContain(
      "DTSTART;TZID=America/New_York:20270310T130000",
    );
  });

  it("follows the lifecycle with reasons and refuses illegal steps", async () => {
    const [row] = await runtime.db.select().from(ceremonies).where(eq(ceremonies.id, f.ceremony.id));
    const v = row?.version as number;
    await expect(
      transitionCeremony(
        runtime.db,
        runtime.boss,
        coordinator,
        { id: f.ceremony.id, version: v, to: "held", reason: "done" },
        now,
      ),
    ).rejects.toMatchObject({ code: "invalid_input", fields: { to: expect.stringContaining("confirmed") } });
    await transitionCeremony(
      runtime.db,
      runtime.boss,
      coordinator,
      { id: f.ceremony.id, version: v, to: "postponed", reason: "Safe will not open" },
      now,
    );
    const history = await runtime.db
      .select()
      .from(ceremonyTransitions)
      .where(
        and(eq(ceremonyTransitions.ceremonyId, f.ceremony.id), eq(ceremonyTransitions.toStatus, "postponed")),
      );
    expect(history[0]?.reason).toBe("Safe will not open");
    const postponed = (await mails("ceremony_changed")).filter((m) => m.subject.endsWith("is postponed"));
    expect(postponed).toHaveLength(f.invited.length);
  });

  it("invites each person once and sends one invitation each", async () => {
    const extra = f.people.slice(0, 2).map((p) => p.id);
    const other = await createCeremony(
      runtime.db,
      runtime.boss,
      coordinator,
      {
        label: "KC72",
        kind: "key_signing",
        facilityId: f.facility.id,
        date: "2027-04-01",
        time: "10:00",
        durationMinutes: "180",
        templateId: f.template.id,
      },
      now,
    );
    expect(
      await invitePeople(runtime.db, runtime.boss, coordinator, { id: other.id, personIds: extra }, now),
    ).toEqual({ invited: 2, alreadyInvited: 0 });
    expect(
      await invitePeople(runtime.db, runtime.boss, coordinator, { id: other.id, personIds: extra }, now),
    ).toEqual({ invited: 0, alreadyInvited: 2 });
    const invites = (await mails("invitation")).filter((m) => m.subject.startsWith("Invitation: KC72"));
    expect(invites).toHaveLength(2);
    await expect(
      invitePeople(runtime.db, runtime.boss, coordinator, { id: other.id, personIds: ["not-a-uuid"] }, now),
    ).rejects.toMatchObject({
      code: "invalid_input",
    });
  });
});

describe(`a ceremony without requirements on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  beforeAll(async () => {
    runtime = await openTestRuntime();
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("has no verdict until it says who it needs, and its first requirements send no notice", async () => {
    const f = await planningFixture(runtime.db, now, 3, "bare");
    const coordinator = actorFor(f.coordinator, ["coordinator"]);
    const row = await createCeremony(
      runtime.db,
      runtime.boss,
      coordinator,
      {
        label: "KC80",
        kind: "key_signing",
        facilityId: f.facility.id,
        date: "2027-02-01",
        time: "10:00",
        durationMinutes: "240",
      },
      now,
    );
    const [created] = await runtime.db.select().from(ceremonies).where(eq(ceremonies.id, row.id));
    expect(created?.lastVerdict).toBeNull();
    await setRequirements(
      runtime.db,
      runtime.boss,
      coordinator,
      {
        id: row.id,
        version: 1,
        requirements: [{ role: "crypto_officer", credentialSetId: f.set.id, min: 3 }],
      },
      now,
    );
    const [withNeeds] = await runtime.db.select().from(ceremonies).where(eq(ceremonies.id, row.id));
    expect(withNeeds?.lastVerdict).toBe("not_met");
    expect(await runtime.db.$count(emailMessages, eq(emailMessages.template, "verdict_changed"))).toBe(0);
  });
});
