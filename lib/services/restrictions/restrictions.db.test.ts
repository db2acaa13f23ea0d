import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ceremonies, ceremonyRequirements, invitations, travelRestrictions } from "@/db/schema";
import { createCeremony, createFacility, createPerson } from "@/db/seed/factories";
import { refreshVerdicts } from "@/lib/services/planning/refresh-verdicts";
import { testDriver } from "@/lib/testing/database";
import { coordinator, lastAudit } from "@/lib/testing/management";
import { openTestRuntime } from "@/lib/testing/runtime";
import { addDaysToCivil, civilDateInZone, instantOfLocal } from "@/lib/time";
import { endRestriction } from "./end-restriction";
import { addRestriction, editRestriction } from "./save-restriction";

const today = civilDateInZone(Date.now(), "UTC");
const ban = {
  from: "FR",
  to: "US",
  kind: "entry_ban",
  start: today,
  end: addDaysToCivil(today, 90),
  exempt: "",
};

describe(`travel restrictions on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  beforeAll(async () => {
    runtime = await openTestRuntime();
  });
  afterAll(async () => {
    await runtime.close();
  });

  const verdictOf = async (id: string) =>
    (await runtime.db.select().from(ceremonies).where(eq(ceremonies.id, id)))[0]?.lastVerdict;

  it("an entry ban on the only attending crypto officer turns a live ceremony's verdict to not met", async () => {
    const facility = await createFacility(runtime.db, { country: "US", timeZone: "America/New_York" });
    const ceremony = await createCeremony(runtime.db, {
      facilityId: facility.id,
      timeZone: facility.timeZone,
      startsAt: new Date(instantOfLocal(addDaysToCivil(today, 30), "13:00", facility.timeZone)),
    });
    const officer = await createPerson(runtime.db, { homeCountry: "FR", roles: ["crypto_officer"] });
    await runtime.db
      .insert(ceremonyRequirements)
      .values({ ceremonyId: ceremony.id, role: "crypto_officer", min: 1 });
    await runtime.db
      .insert(invitations)
      .values({ ceremonyId: ceremony.id, personId: officer.id, response: "attending" });
    await runtime.db.transaction((tx) =>
      refreshVerdicts(tx, runtime.boss, coordinator, { allLive: true }, Date.now()),
    );
    expect(await verdictOf(ceremony.id)).toBe("met");

    const { id } = await addRestriction(runtime.db, runtime.boss, coordinator, ban, Date.now());
    expect(await verdictOf(ceremony.id)).toBe("not_met");
    expect((await lastAudit(runtime.db, "travel_restriction.create"))?.summary).toMatchObject({
      before: null,
      after: { from: "FR", to: "US", kind: "entry_ban" },
    });
    expect((await lastAudit(runtime.db, "ceremony.verdict_changed"))?.subjectId).toBe(ceremony.id);

    // Ending it today still covers today; ending it before the ceremony date restores the verdict.
    const [row] = await runtime.db.select().from(travelRestrictions).where(eq(travelRestrictions.id, id));
    await endRestriction(
      runtime.db,
      runtime.boss,
      coordinator,
      { id, version: row?.version ?? 0, reason: "lifted" },
      Date.now(),
    );
    expect(await verdictOf(ceremony.id)).toBe("met");
    expect((await lastAudit(runtime.db, "travel_restriction.ended"))?.summary).toMatchObject({
      reason: "lifted",
      before: { end: ban.end },
      after: { end: today },
    });
  });

  it("validates kind, days and dates on their fields and writes nothing", async () => {
    const before = await runtime.db.$count(travelRestrictions);
    const attempt = (input: Record<string, unknown>) =>
      addRestriction(runtime.db, runtime.boss, coordinator, { ...ban, ...input } as typeof ban, Date.now());
    await expect(attempt({ kind: "quarantine" })).rejects.toMatchObject({
      fields: { days: expect.any(String) },
    });
    await expect(attempt({ kind: "quarantine", days: "61" })).rejects.toMatchObject({
      fields: { days: "At most 60." },
    });
    await expect(attempt({ days: "5" })).rejects.toMatchObject({
      fields: { days: expect.stringContaining("no quarantine") },
    });
    await expect(attempt({ start: "2026-02-30" })).rejects.toMatchObject({
      fields: { start: expect.any(String) },
    });
    await expect(attempt({ end: addDaysToCivil(today, -1) })).rejects.toMatchObject({
      fields: { end: expect.any(String) },
    });
    await expect(attempt({ from: "XX", exempt: "GB;ZZ" })).rejects.toMatchObject({
      fields: { from: expect.any(String), "exempt.1": expect.any(String) },
    });
    expect(await runtime.db.$count(travelRestrictions)).toBe(before);
  });

  it("saves an edit at the shown version and answers a stale one with the current values", async () => {
    const { id } = await addRestriction(
      runtime.db,
      runtime.boss,
      coordinator,
      {
        ...ban,
        from: "*",
        to: "SE",
      },
      Date.now(),
    );
    const saved = await editRestriction(
      runtime.db,
      runtime.boss,
      coordinator,
      {
        ...ban,
        id,
        version: 1,
        to: "SE",
        from: "*",
        kind: "quarantine",
        days: "14",
        exempt: "NO DK",
      },
      Date.now(),
    );
    expect(saved.version).toBe(2);
    expect((await lastAudit(runtime.db, "travel_restriction.update"))?.summary).toMatchObject({
      before: { kind: "entry_ban", version: 1 },
      after: { kind: "quarantine", days: 14, exempt: ["NO", "DK"], version: 2 },
    });
    await expect(
      editRestriction(
        runtime.db,
        runtime.boss,
        coordinator,
        { ...ban, id, version: 1, to: "SE" },
        Date.now(),
      ),
    ).rejects.toMatchObject({ code: "conflict", current: { kind: "quarantine", days: 14, version: 2 } });
    await expect(
      endRestriction(runtime.db, runtime.boss, coordinator, { id, version: 1, reason: "x" }, Date.now()),
    ).rejects.toMatchObject({ code: "conflict" });
    const [row] = await runtime.db.select().from(travelRestrictions).where(eq(travelRestrictions.id, id));
    expect(row).toMatchObject({ kind: "quarantine", quarantineDays: 14, version: 2, endDate: ban.end });
  });
});
