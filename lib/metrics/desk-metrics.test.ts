import { describe, expect, it } from "vitest";
import { assessDeadline, coverageAt } from "@/lib/domain/coverage";
import { type CoverageFacts, coverageReport } from "./coverage-report";
import { deskMetrics } from "./desk-metrics";
import { renderExposition } from "./prometheus";

const now = Date.parse("2026-01-01T00:00:00Z");
const noSkr: CoverageFacts = {
  now,
  skrs: [],
  leftOut: [],
  coverage: null,
  at: coverageAt(null, now),
  nextNeededBy: null,
  coverageEnd: null,
  inForce: null,
  ceremonies: [],
  deadline: assessDeadline({ nextNeededBy: null, processingMarginDays: 14, ceremonies: [], now }),
};

describe("metrics with no SKR on file", () => {
  const text = renderExposition(
    deskMetrics({ coverage: noSkr, mail: { failed: 0, queued: 0, signInFailed: 0 }, queues: [] }),
  );

  it("describe the deadlines but give them no sample", () => {
    expect(text).toContain("# TYPE ceremony_desk_skr_next_needed_by_timestamp_seconds gauge\n# HELP");
    expect(text).not.toMatch(/^ceremony_desk_skr_next_needed_by_timestamp_seconds /m);
    expect(text).not.toMatch(/^ceremony_desk_coverage_end_timestamp_seconds /m);
  });

  it("say why: no coverage left, no SKR documents, the no_skr risk", () => {
    expect(text).toMatch(/^ceremony_desk_coverage_seconds_left 0$/m);
    expect(text).toMatch(/^ceremony_desk_skr_documents 0$/m);
    expect(text).toMatch(/^ceremony_desk_deadline_risk\{kind="no_skr"\} 1$/m);
    expect(text).toMatch(/^ceremony_desk_ceremonies\{verdict="none"\} 0$/m);
  });

  it("match the JSON report", () => {
    expect(coverageReport(noSkr)).toMatchObject({
      now: "2026-01-01T00:00:00Z",
      coverageEnd: null,
      nextNeededBy: null,
      secondsLeft: 0,
      inForce: null,
      skrs: [],
      risks: [{ kind: "no_skr", ceremony: null }],
    });
  });
});
