import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ceremonyRequirements, emailMessages, invitations } from "@/db/schema";
import { createCeremony, createFacility, createPerson } from "@/db/seed/factories";
import { addRestriction } from "@/lib/services/restrictions/save-restriction";
import { testDriver } from "@/lib/testing/database";
import { coordinator } from "@/lib/testing/management";
import { openTestRuntime } from "@/lib/testing/runtime";
import {
  addDaysToCivil,
  civilDateInZone,
  civilToDayNumber,
  instantOfLocal,
  isoWeekdayOfDayNumber,
} from "@/lib/time";
import { formatMeeting } from "@/lib/time/format";
import { refreshVerdicts } from "./refresh-verdicts";

const ZONE = "America/New_York";

/** The first Monday-to-Friday date on or after `date`. */
function weekdayFrom(date: string): string {
  let day = date;
  while (isoWeekdayOfDayNumber(civilToDayNumber(day)) > 5) day = addDaysToCivil(day, 1);
  return day;
}

describe(`the quorum-change notice on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  beforeAll(async () => {
    runtime = await openTestRuntime();
    await createPerson(runtime.db, { email: "notice-coordinator@example.org", roles: ["coordinator"] });
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("names who cannot come and why, per requirement, and the date the date finder suggests", async () => {
    const now = Date.now();
    const today = civilDateInZone(now, ZONE);
    const facility = await createFacility(runtime.db, { country: "US", timeZone: ZONE });
    const ceremony = await createCeremony(runtime.db, {
      facilityId: facility.id,
      timeZone: ZONE,
      startsAt: new Date(instantOfLocal(weekdayFrom(addDaysToCivil(today, 30)), "13:00", ZONE)),
    });
    const officer = await createPerson(runtime.db, {
      name: "Lucas Moreau",
      homeCountry: "FR",
      roles: ["crypto_officer"],
    });
    const witness = await createPerson(runtime.db, { name: "Ines Alves", roles: ["internal_witness"] });
    await runtime.db.insert(ceremonyRequirements).values([
      { ceremonyId: ceremony.id, role: "crypto_officer", min: 1 },
      { ceremonyId: ceremony.id, role: "internal_witness", min: 1 },
    ]);
    await runtime.db.insert(invitations).values([
      { ceremonyId: ceremony.id, personId: officer.id, response: "attending" },
      { ceremonyId: ceremony.id, personId: witness.id, response: "attending" },
    ]);
    await runtime.db.transaction((tx) =>
      refreshVerdicts(tx, runtime.boss, coordinator, { ceremonyIds: [ceremony.id] }, now),
    );

    // A ban from France until five days after the ceremony's date: the officer cannot come.
    const banEnd = addDaysToCivil(civilDateInZone(ceremony.startsAt.getTime(), ZONE), 5);
    const ban = { from: "FR", to: "US", kind: "entry_ban", start: today, end: banEnd, exempt: "" };
    await addRestriction(runtime.db, runtime.boss, coordinator, ban, now);

    const [notice] = await runtime.db
      .select()
      .from(emailMessages)
      .where(eq(emailMessages.event, "verdict.changed"));
    expect(notice?.subject).toBe(`${ceremony.label}: quorum not met`);
    // Only the requirement that fell is explained; the witness's is met.
    expect(notice?.props.unable).toEqual([
      {
        requirement: "crypto officers",
        people: [`Lucas Moreau: entry ban FR to US ${today}..${banEnd}`],
      },
    ]);
    // The first weekday after the ban, at the same facility time, has the quorum back.
    const expected = instantOfLocal(weekdayFrom(addDaysToCivil(banEnd, 1)), "13:00", ZONE);
    expect(notice?.props.suggestion).toBe(
      `The date finder suggests ${formatMeeting(expected, ZONE)}: quorum met, margin +0.`,
    );
    expect(notice?.props.finderUrl).toContain(`/date-finder?ceremonyId=${ceremony.id}`);
  });
});
