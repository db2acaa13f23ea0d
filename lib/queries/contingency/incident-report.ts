import "server-only";
import type { Queryable } from "@/db/client";
import { type ContingencyDetail, contingencyDetail } from "./detail";

export interface IncidentReport {
  workflow: ContingencyDetail["workflow"];
  ceremony: ContingencyDetail["ceremony"];
  /** Every event in timeline order: the trigger, decisions, approvals (with notes), evidence, closing. */
  entries: { at: Date; actorLabel: string; kind: string; text: string }[];
  /** The chosen option's steps as they ended, with the evidence left for each. */
  steps: ContingencyDetail["steps"];
  optionApprovals: ContingencyDetail["optionApprovals"];
  people: ContingencyDetail["people"];
}

/** What an auditor files after the event: the detail reduced to a record in time order. */
export async function incidentReport(db: Queryable, id: string) {
  const detail = await contingencyDetail(db, id);
  if (!detail) return null;
  const report: IncidentReport = {
    workflow: detail.workflow,
    ceremony: detail.ceremony,
    entries: detail.timeline.map(({ at, actorLabel, kind, text }) => ({ at, actorLabel, kind, text })),
    steps: detail.steps,
    optionApprovals: detail.optionApprovals,
    people: detail.people,
  };
  return report;
}
