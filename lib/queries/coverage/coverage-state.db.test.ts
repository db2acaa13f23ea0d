import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { coverageSettings, signingDocuments } from "@/db/schema";
import { createCeremony, createFacility, createPerson, type NewCeremony } from "@/db/seed/factories";
import { inspectKsr, summarizeInspection } from "@/lib/domain/ksr";
import { documentValues } from "@/lib/services/documents/document-values";
import { openTestDatabase, testDriver } from "@/lib/testing/database";
import { fixture } from "@/lib/testing/ksr-fixtures";
import { formatInstantUtc } from "@/lib/time";
import { loadCoverageState } from "./coverage-state";

const at = (text: string) => Date.parse(text);
const iso = (instant: number | null | undefined) => (instant == null ? null : formatInstantUtc(instant));

/** Stores a real SKR file as the upload route would: its inspection summary beside the content. */
async function storeSkr(database: Database, name: string, uploadedBy: string) {
  const bytes = fixture(name);
  const summary = summarizeInspection(inspectKsr(bytes));
  await database.db
    .insert(signingDocuments)
    .values(documentValues(summary, { fileName: name, bytes }, uploadedBy));
}

describe(`coverage state over the real SKRs on ${testDriver}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it("with nothing on file: no coverage, no deadlines, and the no_skr risk", async () => {
    const state = await loadCoverageState(database.db, at("2018-02-01T00:00:00Z"));
    expect(state.settings).toEqual({
      processingMarginDays: 14,
      alertDays: [90, 60, 30, 14, 7, 3, 1],
      widenDays: 14,
      version: 1,
    });
    expect([state.coverage, state.nextNeededBy, state.coverageEnd, state.inForce]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(state.deadline.risks).toEqual([{ kind: "no_skr" }]);
  });

  it("reads both SKRs: covered in 2018 by the newest bundle valid then", async () => {
    const person = await createPerson(database.db);
    // Uploaded newest first on purpose: the order on file must not matter.
    await storeSkr(database, "skr-root-2018-q1-0-d_to_e.xml", person.id);
    await storeSkr(database, "skr-root-2017-q1-0.xml", person.id);
    const state = await loadCoverageState(database.db, at("2018-02-01T00:00:00Z"));
    expect(state.skrs.map((skr) => [skr.documentId, skr.serial, skr.bundles.length])).toEqual([
      ["122992ea-297d-4f12-845b-0fb448c33ccb", 1, 9],
      ["4fe9bb10-6f6b-4503-8575-7824e2d66925", 0, 9],
    ]);
    expect(state.at.state).toBe("covered");
    expect([iso(state.coverageEnd), iso(state.nextNeededBy)]).toEqual([
      "2018-04-12T00:00:00Z",
      "2018-04-01T00:00:00Z",
    ]);
    expect(state.coverage?.gaps.map((gap) => [iso(gap.from), iso(gap.to)])).toEqual([
      ["2017-04-11T00:00:00Z", "2018-01-01T00:00:00Z"],
    ]);
    // 02-01 is the exclusive expiration of bundle 2, so bundles 3 and 4 are valid; 4 started later.
    expect([state.inForce?.skr.serial, state.inForce?.bundle.id]).toEqual([
      0,
      "bf4e1b34-b469-4dee-86df-0cfe867bbe5c",
    ]);
  });

  it("in the gap and after the end, reports when coverage stopped (past deadlines, nothing in force)", async () => {
    const gap = await loadCoverageState(database.db, at("2017-06-01T00:00:00Z"));
    expect([
      gap.at.state,
      iso(gap.at.resumesAt),
      iso(gap.coverageEnd),
      iso(gap.nextNeededBy),
      gap.inForce,
    ]).toEqual(["in_gap", "2018-01-01T00:00:00Z", "2017-04-11T00:00:00Z", "2017-03-31T00:00:00Z", null]);
    const expired = await loadCoverageState(database.db, at("2026-11-28T00:00:00Z"));
    expect([expired.at.state, iso(expired.coverageEnd), iso(expired.nextNeededBy)]).toEqual([
      "expired",
      "2018-04-12T00:00:00Z",
      "2018-04-01T00:00:00Z",
    ]);
    const early = await loadCoverageState(database.db, at("2016-12-01T00:00:00Z"));
    expect([early.at.state, iso(early.coverageEnd), iso(early.nextNeededBy)]).toEqual([
      "not_yet_started",
      "2017-04-11T00:00:00Z",
      "2017-03-31T00:00:00Z",
    ]);
  });

  it("assesses the next key signing against next-needed-by less the processing margin", async () => {
    const facility = await createFacility(database.db, { timeZone: "America/New_York" });
    const ceremony = (label: string, startsAt: string, extra: Partial<NewCeremony> = {}) =>
      createCeremony(database.db, {
        facilityId: facility.id,
        timeZone: "America/New_York",
        label,
        startsAt: new Date(startsAt),
        ...extra,
      });
    // Only the open key signing counts: a held one names the venue, the others are ignored.
    await ceremony("KC-HELD", "2017-12-15T18:00:00Z", { status: "held" });
    await ceremony("KC-OFF", "2018-02-20T18:00:00Z", { status: "cancelled" });
    await ceremony("KGC", "2018-02-21T18:00:00Z", { kind: "key_generation" });
    const next = await ceremony("KC-NEXT", "2018-03-10T18:00:00Z", {
      standbyDate: "2018-03-19",
      lastVerdict: "not_met",
    });
    const now = at("2018-02-01T00:00:00Z");
    const state = await loadCoverageState(database.db, now);
    expect(state.ceremonies.map((c) => c.label)).toEqual(["KC-NEXT"]);
    expect(state.lastSigningPlace).toEqual({
      facilityId: facility.id,
      templateId: null,
      startsAt: at("2017-12-15T18:00:00Z"),
    });
    // 2018-04-01 less 14 days; the standby day starts 13:00 New York on 03-19, past that.
    expect(iso(state.deadline.latestUsefulStart)).toBe("2018-03-18T00:00:00Z");
    expect(iso(state.ceremonies[0]?.standbyAt)).toBe("2018-03-19T17:00:00Z");
    expect(state.deadline.risks.map((r) => [r.kind, r.ceremony?.id])).toEqual([
      ["standby_too_late", next.id],
      ["not_met", next.id],
    ]);

    await database.db
      .update(coverageSettings)
      .set({ processingMarginDays: 30 })
      .where(eq(coverageSettings.id, 1));
    const wider = await loadCoverageState(database.db, now);
    expect(wider.deadline.risks.map((r) => r.kind)).toEqual(["too_late", "no_ceremony", "not_met"]);

    const afterIt = await loadCoverageState(database.db, at("2018-03-11T00:00:00Z"));
    expect(afterIt.deadline.risks).toEqual([{ kind: "no_ceremony" }]);
  });
});
