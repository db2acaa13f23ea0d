"use client";

import { ActionForm } from "@/app/components/manage/action-form";
import { Checkbox, FileInput, Hidden, TextArea } from "@/app/components/manage/inputs";
import { EVIDENCE_ACCEPT, selectionProblems } from "@/lib/domain/contingency/evidence-limits";
import type { EvidenceKind } from "@/lib/domain/contingency/vocabulary";
import { addEvidenceAction, approveStepAction, completeStepAction } from "../actions";

const NOTE_LABEL: Record<EvidenceKind, string> = {
  none: "Note (optional)",
  note: "What was done (required)",
  attachment: "Note (optional)",
};
const FILES_HINT = "PDF, PNG, JPEG or plain text; up to 5 files, 5 MiB each, 10 MiB together.";

function EvidenceFiles({ label, hint }: { label: string; hint?: string }) {
  return (
    <FileInput
      name="files"
      label={label}
      hint={hint ? `${hint} ${FILES_HINT}` : FILES_HINT}
      accept={EVIDENCE_ACCEPT}
      check={selectionProblems}
    />
  );
}

/** Completes a step with its evidence; a coordinator may instead skip it, saying why. */
export function CompleteStepForm({
  id,
  stepId,
  evidence,
  hint,
  maySkip,
}: {
  id: string;
  stepId: string;
  evidence: EvidenceKind;
  hint?: string;
  maySkip: boolean;
}) {
  const attachment = evidence === "attachment";
  return (
    <ActionForm id={`complete-${stepId}`} action={completeStepAction} submit="Complete step">
      <Hidden name="id" value={id} />
      <Hidden name="stepId" value={stepId} />
      {attachment ? <EvidenceFiles label="Evidence files (at least one)" hint={hint} /> : null}
      <TextArea name="note" label={NOTE_LABEL[evidence]} hint={attachment ? undefined : hint || undefined} />
      {maySkip ? (
        <Checkbox name="skip" label="Skip this step instead (the note says why)" defaultChecked={false} />
      ) : null}
    </ActionForm>
  );
}

/** More files for an attachment step already done, until the workflow closes. */
export function AddEvidenceForm({ id, stepId }: { id: string; stepId: string }) {
  return (
    <details className="no-print">
      <summary>Add evidence files</summary>
      <ActionForm id={`add-evidence-${stepId}`} action={addEvidenceAction} submit="Add files" resetOnOk>
        <Hidden name="id" value={id} />
        <Hidden name="stepId" value={stepId} />
        <EvidenceFiles label="More evidence files" />
      </ActionForm>
    </details>
  );
}

export function ApproveStepForm({ id, stepId }: { id: string; stepId: string }) {
  return (
    <ActionForm id={`approve-step-${stepId}`} action={approveStepAction} submit="Approve step" secondary>
      <Hidden name="id" value={id} />
      <Hidden name="stepId" value={stepId} />
    </ActionForm>
  );
}
