import type { ContingencyCause } from "./vocabulary";

export const CAUSE_LABELS: Record<ContingencyCause, string> = {
  quorum_not_met: "quorum not met",
  quorum_at_risk: "quorum at risk inside the travel-request lead time",
  coverage_deadline: "SKR deadline at risk",
  manual: "opened by hand",
};

const SHORT = 60;

/** The one-line name of a workflow, for lists, the banner and email subjects. */
export function workflowTitle(workflow: {
  cause: ContingencyCause;
  reason: string;
  ceremonyLabel: string | null;
}): string {
  const { cause, reason, ceremonyLabel } = workflow;
  if (cause === "quorum_not_met") return `${ceremonyLabel ?? "Ceremony"}: quorum not met`;
  if (cause === "quorum_at_risk") return `${ceremonyLabel ?? "Ceremony"}: quorum at risk`;
  if (cause === "coverage_deadline") return "SKR deadline at risk";
  const short = reason.length > SHORT ? `${reason.slice(0, SHORT - 1).trimEnd()}…` : reason;
  return ceremonyLabel ? `${ceremonyLabel}: ${short}` : short;
}
