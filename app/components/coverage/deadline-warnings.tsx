import Link from "next/link";
import type { ReactNode } from "react";
import { currentActor, currentSession } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import type { DeadlineRisk } from "@/lib/domain/coverage";
import type { CoverageState } from "@/lib/queries/coverage/coverage-state";
import { formatMeeting } from "@/lib/time/format";
import { dateFinderHref } from "./date-finder-link";
import { When } from "./dates";

interface Context {
  state: CoverageState;
  zone: string;
  mayPlan: boolean;
}

/**
 * What threatens the next SKR deadline, each as a sentence and a next step. Renders nothing when all is
 * well. With `ceremonyId` (a ceremony's own page) warnings about that ceremony are marked as such.
 */
export async function DeadlineWarnings({
  state,
  ceremonyId,
  headingLevel = 2,
}: {
  state: CoverageState;
  ceremonyId?: string;
  /** 3 where the warnings sit under a page section's own h2 (the dashboard). */
  headingLevel?: 2 | 3;
}) {
  const { risks } = state.deadline;
  if (risks.length === 0) return null;
  const Heading = headingLevel === 3 ? "h3" : "h2";
  // Read here, not passed in, so the component drops into any page: the session is cached per request.
  const [actor, session] = await Promise.all([currentActor(), currentSession()]);
  const context: Context = {
    state,
    zone: session?.user.timeZone ?? "UTC",
    mayPlan: actor !== null && can(actor.roles, "date_finder.use"),
  };
  return (
    <section
      className="notice warn"
      aria-labelledby="deadline-warnings-heading"
      data-testid="deadline-warnings"
    >
      <Heading id="deadline-warnings-heading" style={{ marginTop: 0 }}>
        Next SKR deadline at risk
      </Heading>
      <ul style={{ paddingLeft: "1.25rem", margin: 0 }}>
        {risks.map((risk) => {
          const mine = ceremonyId !== undefined && risk.ceremony?.id === ceremonyId;
          return (
            <li key={`${risk.kind}-${risk.ceremony?.id ?? ""}`} data-risk={risk.kind}>
              {mine ? <strong>This ceremony: </strong> : null}
              {sentence(risk, context)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function sentence(risk: DeadlineRisk, { state, zone, mayPlan }: Context): ReactNode {
  const latest = state.deadline.latestUsefulStart;
  const margin = state.settings.processingMarginDays;
  const ceremony = risk.ceremony;
  const named = ceremony ? (
    <>
      <Link href={`/ceremonies/${ceremony.id}`}>{ceremony.label}</Link> (
      {formatMeeting(
        ceremony.startsAt,
        state.ceremonies.find((c) => c.id === ceremony.id)?.timeZone ?? "UTC",
      )}
      )
    </>
  ) : null;
  const findDate = (text: string, id?: string) =>
    mayPlan ? (
      <>
        {" "}
        <Link href={dateFinderHref(state, id)}>{text}</Link>
      </>
    ) : (
      " Ask a coordinator to plan one."
    );
  switch (risk.kind) {
    case "no_skr":
      return (
        <>
          No SKR is on file, so no deadline can be worked out. Upload the latest SKR at{" "}
          <Link href="/documents">/documents</Link>.
        </>
      );
    case "no_ceremony":
      if (latest === null) return null;
      return latest < state.now ? (
        <>
          No key signing ceremony is scheduled, and the latest useful start (<When at={latest} zone={zone} />)
          has passed: hold one as soon as possible.{findDate("Find the earliest date with a quorum")}
        </>
      ) : (
        <>
          No key signing ceremony is scheduled before <When at={latest} zone={zone} /> (next SKR needed by{" "}
          <When at={state.nextNeededBy ?? latest} zone={zone} /> less the {margin}-day processing margin).
          {findDate("Find a date in that window and plan a ceremony")}
        </>
      );
    case "too_late":
      return (
        <>
          {named} is too late: to deliver the SKR by <When at={state.nextNeededBy ?? 0} zone={zone} />, a key
          signing must start by {latest !== null ? <When at={latest} zone={zone} /> : "—"}.
          {mayPlan && ceremony ? findDate("Find an earlier date for it", ceremony.id) : null}
        </>
      );
    case "standby_too_late":
      return (
        <>
          {named} is in time, but its standby day (
          {ceremony?.standbyAt != null ? <When at={ceremony.standbyAt} zone={zone} /> : "—"}) falls after the
          latest useful start, {latest !== null ? <When at={latest} zone={zone} /> : "—"}: if the ceremony
          slips to it, the SKR is late. Choose an earlier standby day on the ceremony's page.
        </>
      );
    case "not_met":
      return (
        <>
          {named} has no quorum: the people who can attend do not meet its requirements.{" "}
          {ceremony ? (
            <Link href={`/ceremonies/${ceremony.id}`}>See who is missing and invite more</Link>
          ) : null}
          .
        </>
      );
  }
}
