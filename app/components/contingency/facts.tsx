import Link from "next/link";
import type { ReactNode } from "react";
import { StatusBadge } from "@/app/components/status-badge";
import { VerdictBadge } from "@/app/components/verdict-badge";
import { CAUSE_LABELS } from "@/lib/domain/contingency/title";
import type { ContingencyDetail } from "@/lib/queries/contingency/detail";
import { formatMeeting } from "@/lib/time/format";
import { playbookLabel } from "./phrases";

/** What a workflow is about and where it stands: shared by the detail page and the incident report. */
export function WorkflowFacts({
  workflow,
  ceremony,
  zone,
}: {
  workflow: ContingencyDetail["workflow"];
  ceremony: ContingencyDetail["ceremony"];
  zone: string;
}) {
  const at = (value: Date | null) => (value ? formatMeeting(value, zone) : "—");
  const rows: [string, ReactNode][] = [
    ["Cause", CAUSE_LABELS[workflow.cause]],
    ["Reason", workflow.reason],
    [
      "Ceremony",
      ceremony ? (
        <>
          <Link href={`/ceremonies/${ceremony.id}`}>{ceremony.label}</Link> at {ceremony.facilityName},{" "}
          {ceremony.startsAt ? formatMeeting(ceremony.startsAt, ceremony.timeZone ?? "UTC") : null}{" "}
          {ceremony.status ? <StatusBadge status={ceremony.status} /> : null}{" "}
          {ceremony.lastVerdict ? <VerdictBadge verdict={ceremony.lastVerdict} /> : null}
        </>
      ) : (
        "None: this workflow is about the organisation."
      ),
    ],
    ["Playbook", playbookLabel(workflow.playbookName, workflow.playbook.assurance)],
    ["Deadline", at(workflow.deadlineAt)],
    ["Opened", at(workflow.openedAt)],
    ["Acknowledged", at(workflow.acknowledgedAt)],
    ["Closed", at(workflow.closedAt)],
  ];
  if (workflow.escalationLevel > 0) rows.push(["Escalation level", String(workflow.escalationLevel)]);
  return (
    <dl className="contingency-facts" data-testid="contingency-facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
