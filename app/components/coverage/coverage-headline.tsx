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
export function CoverageHeadline(props: { state: CoverageState; zone: string; short?: boolean }) {
  return (
    <>
      <Headline {...props} />
      <LeftOut state={props.state} />
    </>
  );
}

/** How many bundles on file do not count, by reason, so the headline's number is never read as all of them. */
function LeftOut({ state }: { state: CoverageState }) {
  const total = state.leftOut.reduce((sum, group) => sum + group.bundles, 0);
  if (total === 0) return null;
  return (
    <p className="notice warn" data-testid="coverage-left-out">
      {total} SKR {total === 1 ? "bundle" : "bundles"} on file {total === 1 ? "is" : "are"} left out of
      coverage:{" "}
      {state.leftOut
        .map((group) => `${group.reason.replace(/^not counted: /, "")} (${group.bundles})`)
        .join("; ")}
      . See each file at <Link href="/documents">/documents</Link>.
    </p>
  );
}

function Headline({ state, zone, short = false }: { state: CoverageState; zone: string; short?: boolean }) {
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
  if ((!coverage || nextNeededBy === null || coverageEnd === null) && state.skrs.length > 0) {
    return say(
      "bad",
      <>
        <strong>No SKR bundle on file counts toward coverage</strong>: none has a verified signature by a
        trust anchor. Upload a correctly signed SKR at <Link href="/documents">/documents</Link>, or check the
        trust anchors on <Link href="/coverage">/coverage</Link>.
      </>,
    );
  }
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
