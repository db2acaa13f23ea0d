import "server-only";
import { COVERAGE_STATES, DEADLINE_RISKS } from "@/lib/domain/coverage";
import { REFUSAL_REASONS, type RefusalReason } from "@/lib/edge/edge-state";
import type { MailCounts } from "@/lib/queries/metrics/mail-counts";
import type { Instant } from "@/lib/time";
import { type CoverageFacts, REPORTED_VERDICTS, secondsOfCoverageLeft } from "./coverage-report";
import type { MetricFamily } from "./prometheus";

export interface DeskMetricsInput {
  coverage: CoverageFacts;
  mail: MailCounts;
  /** Requests refused before or by the app, since this instance started (lib/edge/edge-state.ts). */
  refused?: Record<RefusalReason, number>;
  /** Jobs waiting or running, per pg-boss queue. */
  queues: { name: string; depth: number }[];
}

const P = "ceremony_desk_";
const seconds = (instant: Instant) => instant / 1000;

/**
 * The app's metrics. Deadlines are Unix timestamps in seconds; a deadline that does not exist (no SKR
 * on file) has no sample rather than a made-up value, so `absent()` alerts on it and
 * ceremony_desk_skr_documents says why. Every label value of a closed list is always present.
 */
export function deskMetrics({ coverage, mail, queues, refused }: DeskMetricsInput): MetricFamily[] {
  const counts = new Map<string, number>(REPORTED_VERDICTS.map((v) => [v, 0]));
  for (const ceremony of coverage.ceremonies) {
    const verdict = ceremony.verdict ?? "none";
    counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
  }
  const risks = new Set(coverage.deadline.risks.map((risk) => risk.kind));
  const optional = (instant: Instant | null) => (instant === null ? [] : [{ value: seconds(instant) }]);
  return [
    {
      name: `${P}coverage_seconds_left`,
      help: "Seconds until the DNSKEY set loses its last valid KSK signature (0 unless signed now).",
      type: "gauge",
      samples: [{ value: secondsOfCoverageLeft(coverage) }],
    },
    {
      name: `${P}coverage_end_timestamp_seconds`,
      help: "When signature coverage ends, as a Unix timestamp (no sample when no SKR is on file).",
      type: "gauge",
      samples: optional(coverage.coverageEnd),
    },
    {
      name: `${P}skr_next_needed_by_timestamp_seconds`,
      help: "When the next SKR must be in force, as a Unix timestamp (no sample when no SKR is on file).",
      type: "gauge",
      samples: optional(coverage.nextNeededBy),
    },
    {
      name: `${P}coverage_state`,
      help: "1 for the coverage state now, 0 for the others.",
      type: "gauge",
      samples: COVERAGE_STATES.map((state) => ({
        labels: { state },
        value: coverage.at.state === state ? 1 : 0,
      })),
    },
    {
      name: `${P}skr_documents`,
      help: "SKR documents on file.",
      type: "gauge",
      samples: [{ value: coverage.skrs.length }],
    },
    {
      name: `${P}deadline_risk`,
      help: "1 when this risk threatens the next SKR deadline, else 0.",
      type: "gauge",
      samples: DEADLINE_RISKS.map((kind) => ({ labels: { kind }, value: risks.has(kind) ? 1 : 0 })),
    },
    {
      name: `${P}ceremonies`,
      help: "Key signing ceremonies not yet held, postponed or cancelled, by quorum verdict.",
      type: "gauge",
      samples: REPORTED_VERDICTS.map((verdict) => ({ labels: { verdict }, value: counts.get(verdict) ?? 0 })),
    },
    {
      name: `${P}job_queue_depth`,
      help: "Jobs queued or running, per job queue.",
      type: "gauge",
      samples: queues.map((queue) => ({ labels: { queue: queue.name }, value: queue.depth })),
    },
    {
      name: `${P}email_failed_total`,
      help: "Emails given up on after every retry.",
      type: "counter",
      samples: [{ value: mail.failed }],
    },
    {
      name: `${P}sign_in_email_failed_total`,
      help: "Sign-in links given up on after every retry: those people could not sign in.",
      type: "counter",
      samples: [{ value: mail.signInFailed }],
    },
    {
      name: `${P}email_queued`,
      help: "Emails waiting to be delivered.",
      type: "gauge",
      samples: [{ value: mail.queued }],
    },
    {
      name: `${P}refused_requests_total`,
      help: "Requests refused since this instance started, by reason (forged cookies, oversized bodies, wrong host, ...).",
      type: "counter",
      samples: REFUSAL_REASONS.map((reason) => ({ labels: { reason }, value: refused?.[reason] ?? 0 })),
    },
  ];
}
