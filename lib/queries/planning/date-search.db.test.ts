import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invitations } from "@/db/schema";
import { createCeremony, createFacility, createPerson } from "@/db/seed/factories";
import { loadCoverageState } from "@/lib/queries/coverage/coverage-state";
import { uploadDocument } from "@/lib/services/documents/upload-document";
import { actorFor } from "@/lib/testing/actor";
import { testDriver } from "@/lib/testing/database";
import { fixture } from "@/lib/testing/ksr-fixtures";
import { planningFixture } from "@/lib/testing/planning-fixture";
import { openTestRuntime } from "@/lib/testing/runtime";
import { searchDates } from "./date-search";

const NOW = Date.parse("2018-01-15T00:00:00Z");
const SKR = "skr-root-2018-q1-0-d_to_e.xml";

describe(`the date finder against the deadline and the calendar, on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let f: Awaited<ReturnType<typeof planningFixture>>;

  beforeAll(async () => {
    runtime = await openTestRuntime();
    f = await planningFixture(runtime.db, NOW, 5, "df");
    const uploader = await createPerson(runtime.db, { email: "df-keys@example.org", roles: ["coordinator"] });
    await uploadDocument(
      runtime.db,
      runtime.boss,
      actorFor(uploader),
      {
        fileName: SKR,
        bytes: fixture(SKR),
      },
      Date.now(),
    );
    // Another ceremony at the same facility on Wednesday 14 February, standby the 15th.
    await createCeremony(runtime.db, {
      label: "DF-OTHER",
      facilityId: f.facility.id,
      timeZone: f.facility.timeZone,
      startsAt: new Date("2018-02-14T18:00:00Z"),
      standbyDate: "2018-02-15",
    });
    // A postponed one does not hold its date.
    await createCeremony(runtime.db, {
      label: "DF-POSTPONED",
      facilityId: f.facility.id,
      timeZone: f.facility.timeZone,
      startsAt: new Date("2018-02-13T18:00:00Z"),
      status: "postponed",
    });
    // Officers 0 and 1 are expected at the west facility on Tuesday 20 February.
    const west = await createFacility(runtime.db, {
      code: "DF-WEST",
      name: "df West",
      country: "US",
      timeZone: "America/Los_Angeles",
    });
    const away = await createCeremony(runtime.db, {
      label: "DF-WEST-1",
      facilityId: west.id,
      timeZone: west.timeZone,
      startsAt: new Date("2018-02-20T17:00:00Z"),
      standbyDate: "2018-02-21",
    });
    await runtime.db.insert(invitations).values(
      [0, 1].map((i) => ({
        ceremonyId: away.id,
        personId: f.people[i]?.id as string,
        response: "attending" as const,
      })),
    );
  });
  afterAll(() => runtime?.close());

  const search = () =>
    searchDates(
      runtime.db,
      {
        facilityId: f.facility.id,
        ceremonyId: f.ceremony.id,
        templateId: undefined,
        from: "2018-02-12",
        to: "2018-04-30",
        time: "13:00",
        duration: 240,
        weekdaysOnly: true,
        holidays: [],
      },
      NOW,
    );

  it("marks every date after the latest useful start too late and never ranks one first", async () => {
    const state = await loadCoverageState(runtime.db, NOW);
    const latest = state.deadline.latestUsefulStart as number;
    const result = await search();
    expect(result?.signing).toBe(true);
    expect(result?.deadlines.map((d) => d.label)).toEqual(["the latest useful start", "coverage end"]);
    const candidates = result?.candidates ?? [];
    const late = candidates.filter((c) => c.tooLate);
    expect(late.length).toBeGreaterThan(0);
    for (const c of candidates) expect(c.tooLate !== null).toBe(c.start > latest);
    expect(candidates[0]?.tooLate).toBeNull();
    expect(candidates[0]?.blocked).toBe(false);
    // Every usable date in time ranks before every date too late.
    const lastInTime = candidates.findLastIndex((c) => !c.tooLate && !c.blocked);
    const firstLate = candidates.findIndex((c) => c.tooLate);
    expect(lastInTime).toBeLessThan(firstLate);
  });

  it("excludes the other ceremony's day and its standby day at the facility, not a postponed one's", async () => {
    const candidates = (await search())?.candidates ?? [];
    const on = (date: string) => candidates.find((c) => c.date === date);
    expect(on("2018-02-14")).toMatchObject({
      blocked: true,
      clashes: ["DF-OTHER is held at this facility that day"],
    });
    expect(on("2018-02-15")).toMatchObject({
      blocked: true,
      clashes: ["standby day of DF-OTHER at this facility"],
    });
    expect(on("2018-02-13")).toMatchObject({ blocked: false, clashes: [] });
    expect(
      candidates
        .slice(-2)
        .map((c) => c.date)
        .sort(),
    ).toEqual(["2018-02-14", "2018-02-15"]);
  });

  it("counts officers expected at the west facility that day as away, by name", async () => {
    const candidates = (await search())?.candidates ?? [];
    const twentieth = candidates.find((c) => c.date === "2018-02-20");
    expect(twentieth?.clashes).toEqual([
      "Officer 0 is at DF-WEST-1 (DF-WEST) that day",
      "Officer 1 is at DF-WEST-1 (DF-WEST) that day",
    ]);
    expect(twentieth?.reasons).toContain("unavailable: 2 people");
  });
});
