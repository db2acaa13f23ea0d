import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invitations } from "@/db/schema";
import { createCeremony, createPerson } from "@/db/seed/factories";
import { createSigningDocument } from "@/db/seed/signing-documents";
import { abandonContingency, openManualContingency } from "@/lib/services/contingency";
import { actorFor } from "@/lib/testing/actor";
import { testDriver } from "@/lib/testing/database";
import { corruptedSkr, fixture } from "@/lib/testing/ksr-fixtures";
import { planningFixture } from "@/lib/testing/planning-fixture";
import { openTestRuntime } from "@/lib/testing/runtime";
import { dateOf, MS_PER_DAY } from "@/lib/time";
import { loadCoverageState } from "../coverage/coverage-state";
import { ceremonyPage } from "../planning/ceremony-page";
import { loadDashboard } from "./dashboard";

describe(`dashboard on ${testDriver}`, () => {
  const queries: string[] = [];
  let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
  let f: Awaited<ReturnType<typeof planningFixture>>;
  const now = Date.parse("2018-02-01T12:00:00Z");
  beforeAll(async () => {
    runtime = await openTestRuntime({ onQuery: (q) => queries.push(q) });
    f = await planningFixture(runtime.db, now, 5, "dash");
    await createSigningDocument(runtime.db, {
      bytes: fixture("skr-root-2018-q1-0-d_to_e.xml"),
      fileName: "skr-root-2018-q1-0-d_to_e.xml",
      uploadedBy: f.coordinator.id,
    });
    const [first, second] = f.people;
    for (const person of [first, second, f.admin]) {
      await runtime.db
        .update(invitations)
        .set({ response: "attending" })
        .where(and(eq(invitations.ceremonyId, f.ceremony.id), eq(invitations.personId, person?.id ?? "")));
    }
  });
  afterAll(async () => {
    await runtime.close();
  });

  const coordinator = () => ({ id: f.coordinator.id, roles: f.coordinator.roles });

  it("reports the runway exactly as the coverage page's query does", async () => {
    const dashboard = await loadDashboard(runtime.db, coordinator(), now);
    const coverage = await loadCoverageState(runtime.db, now);
    expect(dashboard.coverage).toEqual(coverage);
    expect(dashboard.coverage?.coverageEnd).toBe(Date.parse("2018-04-12T00:00:00Z"));
    expect(dashboard.coverage?.deadline.latestUsefulStart).toBe(coverage.deadline.latestUsefulStart);
  });

  it("counts each requirement's quorum as the ceremony page does, and names who is missing", async () => {
    const [shown] = (await loadDashboard(runtime.db, coordinator(), now)).ceremonies ?? [];
    const page = await ceremonyPage(runtime.db, f.ceremony.id, now);
    expect(shown?.label).toBe("DASH-KC1");
    expect(shown?.verdict).toBe(page?.verdict);
    expect(shown?.gauge.map((g) => [g.key, g.confirmed, g.min, g.met])).toEqual(
      page?.requirements.map((r) => [r.key, r.confirmed, r.min, r.met]),
    );
    expect(shown?.gauge.map((g) => `${g.confirmed} of ${g.min}`)).toEqual(["2 of 3", "1 of 1"]);
    expect(shown?.unanswered.map((p) => p.name)).toEqual(["Officer 2", "Officer 3", "Officer 4"]);
  });

  it("shows a TCR only their own invitations waiting for an answer, with the travel request day", async () => {
    const outsider = await createPerson(runtime.db, {
      email: "dash-other@example.org",
      roles: ["crypto_officer"],
    });
    const other = await createCeremony(runtime.db, {
      label: "DASH-OTHER",
      facilityId: f.facility.id,
      timeZone: f.facility.timeZone,
      startsAt: dateOf(now + 30 * MS_PER_DAY),
      standbyDate: null,
    });
    await runtime.db.insert(invitations).values({ ceremonyId: other.id, personId: outsider.id });
    const officer = f.people[2] as NonNullable<(typeof f.people)[number]>;
    const { mine, coverage, ceremonies, chain } = await loadDashboard(
      runtime.db,
      { id: officer.id, roles: ["crypto_officer"] },
      now,
    );
    expect(mine?.pending.map((c) => c.label)).toEqual(["DASH-KC1"]);
    expect(mine?.next?.label).toBe("DASH-KC1");
    // 90 days after 1 Feb 2018 is 2 May in New York; travel is requested 60 days before.
    expect(mine?.next?.travelRequestBy).toBe("2018-03-03");
    expect([coverage, ceremonies, chain]).toEqual([null, null, null]);
    const answered = await loadDashboard(
      runtime.db,
      { id: f.people[0]?.id ?? null, roles: ["crypto_officer"] },
      now,
    );
    expect(answered.mine?.pending).toEqual([]);
  });

  it("shows an auditor the chain status", async () => {
    const auditor = await loadDashboard(runtime.db, { id: null, roles: ["auditor"] }, now);
    expect(auditor.chain?.report.ok).toBe(true);
    expect(auditor.mine).toBeNull();
  });

  it("leaves out what must not count: a forged SKR, finished ceremonies and closed workflows", async () => {
    const before = await loadDashboard(runtime.db, coordinator(), now);
    // An SKR whose signatures fail, dated to extend coverage by a year: the runway must not move.
    await createSigningDocument(runtime.db, {
      bytes: corruptedSkr(fixture("skr-root-2018-q1-0-d_to_e.xml"), 365 * MS_PER_DAY),
      fileName: "forged.xml",
      uploadedBy: f.coordinator.id,
    });
    for (const [label, status] of [
      ["DASH-CANCELLED", "cancelled"],
      ["DASH-HELD", "held"],
    ] as const) {
      await createCeremony(runtime.db, {
        label,
        status,
        facilityId: f.facility.id,
        timeZone: f.facility.timeZone,
        startsAt: dateOf(now + 2 * MS_PER_DAY),
        standbyDate: null,
      });
    }
    const coordinatorActor = actorFor(f.coordinator);
    const kept = await openManualContingency(
      runtime.db,
      runtime.boss,
      coordinatorActor,
      { reason: "Safe will not open" },
      now,
    );
    const closed = await openManualContingency(
      runtime.db,
      runtime.boss,
      coordinatorActor,
      { reason: "Badge reader down" },
      now,
    );
    await abandonContingency(
      runtime.db,
      coordinatorActor,
      { id: closed.id, version: closed.version, reason: "Fixed on site" },
      now,
    );

    const after = await loadDashboard(runtime.db, coordinator(), now);
    expect(after.coverage?.coverageEnd).toBe(before.coverage?.coverageEnd);
    expect(after.coverage?.deadline.latestUsefulStart).toBe(before.coverage?.deadline.latestUsefulStart);
    expect(after.ceremonies?.map((c) => c.label)).toEqual(before.ceremonies?.map((c) => c.label));
    expect(after.contingencies?.map((c) => c.id)).toEqual([kept.id]);
  });

  it("issues the same number of queries with two upcoming ceremonies shown and with three", async () => {
    queries.length = 0;
    await loadDashboard(runtime.db, coordinator(), now);
    const withTwo = queries.length;
    for (const day of [40, 50]) {
      await createCeremony(runtime.db, {
        label: `DASH-${day}`,
        facilityId: f.facility.id,
        timeZone: f.facility.timeZone,
        startsAt: dateOf(now + day * MS_PER_DAY),
        standbyDate: null,
      });
    }
    queries.length = 0;
    const { ceremonies } = await loadDashboard(runtime.db, coordinator(), now);
    expect(ceremonies).toHaveLength(3);
    expect(queries.length).toBe(withTwo);
  });
});
