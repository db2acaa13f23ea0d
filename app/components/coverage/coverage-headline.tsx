import Link from "next/link";
import type { ReactNode } from "react";
import type { CoverageState } from "@/lib/queries/coverage/coverage-state";
import { formatInstantUtc, type Instant } from "@/lib/time";
import { daysUntil, utcDay, When } from "./dates";

const days = (n: number) => `${n} ${n === 1 ? "day" : "days"}`;

/**
 * The one sentence that matters: how long signatures last and when the next SKR is due, or plainly that
 * nothing is on file, nothing has started, coverage is broken by a gap, or it has run out. `short` (the
 * dashboard) gives UTC days only.
 */
export function CoverageHeadline({
  state,
  zone,
  short = false,
}: {
  state: CoverageState;
  zone: string;
  short?: boolean;
}) {
  const { at, now, nextNeededBy, coverageEnd, coverage } = state;
  const d = (instant: Instant) =>
    short ? (
      <time dateTime={formatInstantUtc(instant)}>{utcDay(instant)}</time>
    ) : (
      <When at={instant} zone={zone} />
    );
  const say = (tone: string, body: ReactNode) => (
    <p className={`notice ${tone}`} data-testid="coverage-headline">
      {body}
    </p>
  );
  if (!coverage || nextNeededBy === null || coverageEnd === null) {
    return say(
      "bad",
      <>
        <strong>No SKR on file</strong> — upload one at <Link href="/documents">/documents</Link>. Until then
        nothing tells how long the root zone's signatures last.
      </>,
    );
  }
  switch (at.state) {
    case "covered":
      return say(
        daysUntil(nextNeededBy, now) < 0 ? "warn" : "ok",
        <>
          <strong>{days(daysUntil(coverageEnd, now))} of signature coverage left</strong>; next SKR needed by{" "}
          {d(nextNeededBy)}. Signatures run until {d(coverageEnd)}.
        </>,
      );
    case "not_yet_started":
      return say(
        "warn",
        <>
          <strong>Coverage has not started yet</strong>: the first bundle on file begins{" "}
          {d(coverage.coverageStart)}; next SKR needed by {d(nextNeededBy)}, signatures run until{" "}
          {d(coverageEnd)}.
        </>,
      );
    case "in_gap":
      return say(
        "bad",
        <>
          <strong>No signature covers now: coverage is in a gap.</strong> It stopped on {d(coverageEnd)} (the
          next SKR was needed by {d(nextNeededBy)}) and resumes on{" "}
          {at.resumesAt !== null ? d(at.resumesAt) : "no known date"}.
        </>,
      );
    case "expired":
      return say(
        "bad",
        <>
          <strong>Signature coverage expired</strong> on {d(coverageEnd)}; the next SKR was needed by{" "}
          {d(nextNeededBy)}. Upload a newer SKR at <Link href="/documents">/documents</Link>.
        </>,
      );
  }
}
