import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { travelRestrictions, unavailability } from "@/db/schema";
import { createPerson, createSeat } from "@/db/seed/factories";
import { testDriver } from "@/lib/testing/database";
import { planningFixture } from "@/lib/testing/planning-fixture";
import { openTestRuntime } from "@/lib/testing/runtime";
import { civilDateInZone } from "@/lib/time";
import { inviteCandidates } from "./ceremony-choices";
import { ceremonyPage } from "./ceremony-page";

const now = Date.parse("2026-11-27T12:00:00Z");

describe(`who could attend, on the invite page, on ${testDriver}`, () => {
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  beforeAll(async () => {
    runtime = await openTestRuntime();
  });
  afterAll(async () => {
    await runtime.close();
  });

  it("marks each candidate with the roster's reasons, in words, and the advice names requirements in words", async () => {
    const f = await planningFixture(runtime.db, now, 3, "inv");
    const day = civilDateInZone(f.ceremony.startsAt.getTime(), f.facility.timeZone);
    const busy = await createPerson(runtime.db, {
      email: "inv-busy@example.org",
      name: "Busy Officer",
      roles: ["crypto_officer"],
      homeCountry: "SE",
    });
    const banned = await createPerson(runtime.db, {
      email: "inv-banned@example.org",
      name: "Banned Officer",
      roles: ["crypto_officer"],
      homeCountry: "BR",
    });
    const free = await createPerson(runtime.db, {
      email: "inv-free@example.org",
      name: "Free Officer",
      roles: ["crypto_officer"],
      homeCountry: "SE",
    });
    for (const [i, person] of [busy, banned, free].entries())
      await createSeat(runtime.db, { setId: f.set.id, personId: person.id, label: `inv extra ${i}` });
    await runtime.db.insert(unavailability).values({ personId: busy.id, fromDate: day, toDate: day });
    await runtime.db.insert(travelRestrictions).values({
      fromCountry: "BR",
      toCountry: "US",
      kind: "entry_ban",
      startDate: "2026-12-01",
      endDate: day,
    });

    const page = await ceremonyPage(runtime.db, f.ceremony.id, now);
    const candidates = await inviteCandidates(
      runtime.db,
      page?.input as never,
      page?.roster.map((r) => r.personId) ?? [],
    );
    const byEmail = Object.fromEntries(candidates.map((c) => [c.email, c]));
    expect(byEmail["inv-free@example.org"]).toMatchObject({ canAttend: true, reasons: [] });
    expect(byEmail["inv-busy@example.org"]?.canAttend).toBe(false);
    expect(byEmail["inv-busy@example.org"]?.reasons[0]).toBe(
      `unavailable ${day}..${day} (ceremony ${day}..${day})`,
    );
    expect(byEmail["inv-banned@example.org"]?.canAttend).toBe(false);
    expect(byEmail["inv-banned@example.org"]?.reasons[0]).toContain(`entry ban BR to US 2026-12-01..${day}`);
    expect(page?.advice.map((a) => a.label)).toEqual([
      `crypto officers with a ${f.set.code} credential`,
      "ceremony administrators",
    ]);
  });
});
