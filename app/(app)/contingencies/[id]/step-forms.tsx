"use client";

import { ActionForm } from "@/app/components/manage/action-form";
import { Checkbox, Hidden, TextArea } from "@/app/components/manage/inputs";
import type { EvidenceKind } from "@/lib/domain/contingency/vocabulary";
import { approveStepAction, completeStepAction } from "../actions";

const NOTE_LABEL: Record<EvidenceKind, string> = {
  none: "Note (optional)",
  note: "What was done (required)",
  attachment: "Reference to the evidence: document id or file name (required)",
};

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
  return (
    <ActionForm id={`complete-${stepId}`} action={completeStepAction} submit="Complete step">
      <Hidden name="id" value={id} />
      <Hidden name="stepId" value={stepId} />
      <TextArea name="note" label={NOTE_LABEL[evidence]} hint={hint || undefined} />
      {maySkip ? (
        <Checkbox name="skip" label="Skip this step instead (the note says why)" defaultChecked={false} />
      ) : null}
    </ActionForm>
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
