import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { travelRestrictions } from "@/db/schema";
import { createCeremony, createFacility } from "@/db/seed/factories";
import { testDriver } from "@/lib/testing/database";
import { planningFixture } from "@/lib/testing/planning-fixture";
import { openTestRuntime } from "@/lib/testing/runtime";
import { civilDateInZone, dateOf, MS_PER_DAY } from "@/lib/time";
import { monthEvents } from "./month-events";

describe(`calendar month events on ${testDriver}`, () => {
  const queries: string[] = [];
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let f: Awaited<ReturnType<typeof planningFixture>>;
  let west: Awaited<ReturnType<typeof createFacility>>;
  const now = Date.parse("2026-01-10T12:00:00Z");
  // The fixture's ceremony is 90 days after now: 10 April 2026.
  const april = { from: "2026-03-30", to: "2026-05-03" };

  beforeAll(async () => {
    runtime = await openTestRuntime({ onQuery: (q) => queries.push(q) });
    f = await planningFixture(runtime.db, now, 3, "cal");
    west = await createFacility(runtime.db, {
      code: "cal-WEST",
      name: "cal West",
      country: "US",
      timeZone: "America/Los_Angeles",
    });
    await createCeremony(runtime.db, {
      label: "CAL-WEST-1",
      facilityId: west.id,
      timeZone: west.timeZone,
      startsAt: dateOf(now + 95 * MS_PER_DAY),
      standbyDate: null,
    });
    await runtime.db.insert(travelRestrictions).values([
      {
        fromCountry: "SE",
        toCountry: "US",
        kind: "entry_ban",
        startDate: "2026-04-01",
        endDate: "2026-04-30",
      },
      {
        fromCountry: "JP",
        toCountry: "US",
        kind: "entry_ban",
        startDate: "2026-04-01",
        endDate: "2026-04-30",
      },
      {
        fromCountry: "SE",
        toCountry: "FR",
        kind: "entry_ban",
        startDate: "2027-01-01",
        endDate: "2027-01-30",
      },
    ]);
  });
  afterAll(async () => {
    await runtime.close();
  });

  const coordinator = () => ({ personId: f.coordinator.id, seesAll: true });

  it("shows a coordinator every ceremony of the month and the restrictions in force", async () => {
    const month = await monthEvents(runtime.db, coordinator(), april, null);
    expect(month.ceremonies.map((c) => c.label)).toEqual(["CAL-KC1", "CAL-WEST-1"]);
    expect(civilDateInZone(month.ceremonies[0]?.startsAt ?? 0, "America/New_York")).toBe("2026-04-10");
    expect(month.restrictions.map((r) => r.fromCountry).sort()).toEqual(["JP", "SE"]);
    expect(month.facilities.map((x) => x.code)).toEqual(["cal-EAST", "cal-WEST"]);
  });

  it("keeps a ceremony whose deadlines fall in an earlier month", async () => {
    // Responses are due 75 days before 10 April: 25 January.
    const january = await monthEvents(
      runtime.db,
      coordinator(),
      { from: "2025-12-29", to: "2026-02-01" },
      null,
    );
    expect(january.ceremonies.map((c) => c.label)).toContain("CAL-KC1");
  });

  it("filters by facility", async () => {
    const month = await monthEvents(runtime.db, coordinator(), april, west.id);
    expect(month.ceremonies.map((c) => c.label)).toEqual(["CAL-WEST-1"]);
  });

  it("shows an invitee only their ceremonies, facilities and restrictions from their home country", async () => {
    // Officer 0 lives in SE and is invited to CAL-KC1 only.
    const officer = f.people[0];
    const month = await monthEvents(runtime.db, { personId: officer?.id ?? "", seesAll: false }, april, null);
    expect(month.ceremonies.map((c) => c.label)).toEqual(["CAL-KC1"]);
    expect(month.facilities.map((x) => x.code)).toEqual(["cal-EAST"]);
    expect(month.restrictions.map((r) => [r.fromCountry, r.toCountry])).toEqual([["SE", "US"]]);
  });

  it("issues the same number of statements with one ceremony and with many", async () => {
    queries.length = 0;
    await monthEvents(runtime.db, coordinator(), april, null);
    const before = queries.length;
    for (let i = 0; i < 5; i++)
      await createCeremony(runtime.db, {
        facilityId: west.id,
        timeZone: west.timeZone,
        startsAt: dateOf(now + (91 + i) * MS_PER_DAY),
        standbyDate: null,
      });
    queries.length = 0;
    const month = await monthEvents(runtime.db, coordinator(), april, null);
    expect(month.ceremonies).toHaveLength(7);
    expect(queries.length).toBe(before);
    expect(before).toBe(4);
  });
});
