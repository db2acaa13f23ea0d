import type { ReactNode } from "react";
import { words } from "@/app/components/manage/options";
import { evidenceText } from "@/lib/domain/contingency/ladder-words";
import type { ContingencyDetail } from "@/lib/queries/contingency/detail";
import { formatMeeting } from "@/lib/time/format";
import { ApprovalSummary } from "./approvals";
import { EvidenceFiles } from "./evidence-files";

export type ExecutedStep = ContingencyDetail["steps"][number];

const STATUS_TONE = { pending: "warn", done: "ok", skipped: "" } as const;

/**
 * The executing option's steps: owner, due time, status, evidence left (note and files), approvals, and
 * the viewer's controls.
 */
export function ExecutedSteps({
  steps,
  zone,
  viewerId,
  renderControls,
}: {
  steps: readonly ExecutedStep[];
  zone: string;
  viewerId: string | null;
  renderControls?: (step: ExecutedStep) => ReactNode;
}) {
  return (
    <>
      <h4 style={{ margin: "1rem 0 0.5rem" }}>Steps</h4>
      <ol className="contingency-steps">
        {steps.map((step) => (
          <li key={step.id} data-testid={`step-${step.stepKey}`}>
            <strong>{step.title}</strong>{" "}
            <span className={`badge ${STATUS_TONE[step.status]}`}>{step.status}</span>
            <div className="muted">
              {words(step.ownerRole)} · due {formatMeeting(step.dueAt, zone)} · Evidence:{" "}
              {evidenceText(step.evidence, "")}
            </div>
            {step.completedAt ? (
              <div>
                {step.status === "skipped" ? "Skipped" : "Done"} {formatMeeting(step.completedAt, zone)}
                {step.evidenceNote ? `: ${step.evidenceNote}` : ""}
              </div>
            ) : null}
            <EvidenceFiles contingencyId={step.contingencyId} files={step.files} />
            <ApprovalSummary
              approval={step.approval}
              given={step.approvals}
              approvers={step.approvers}
              viewerId={viewerId}
              zone={zone}
            />
            {renderControls?.(step)}
          </li>
        ))}
      </ol>
    </>
  );
}
