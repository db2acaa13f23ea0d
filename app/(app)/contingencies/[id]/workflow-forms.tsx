"use client";

import { ActionForm } from "@/app/components/manage/action-form";
import { Hidden, TextArea, TextInput } from "@/app/components/manage/inputs";
import { RecordForm } from "@/app/components/manage/record-form";
import {
  abandonAction,
  acknowledgeAction,
  approveOptionAction,
  chooseOptionAction,
  resolveAction,
  startExecutionAction,
} from "../actions";

// A coordinator's decisions on a workflow. Each form carries the version the page showed, so a decision
// taken on a page someone else has changed since is refused with the current state, never applied.

interface Versioned {
  id: string;
  version: number;
}

export function AcknowledgeForm({ record }: { record: Versioned }) {
  return (
    <RecordForm id="acknowledge" action={acknowledgeAction} submit="Acknowledge" record={record}>
      {null}
    </RecordForm>
  );
}

export function ChooseOptionForm({ record, option }: { record: Versioned; option: string }) {
  return (
    <RecordForm
      id={`choose-${option}`}
      action={chooseOptionAction}
      submit="Choose this option"
      record={record}
    >
      <Hidden name="option" value={option} />
    </RecordForm>
  );
}

/** An approval is the approver's own act, in their own session: no version, a retry is harmless. */
export function ApproveOptionForm({ id }: { id: string }) {
  return (
    <ActionForm id="approve-option" action={approveOptionAction} submit="Approve">
      <Hidden name="id" value={id} />
      <TextInput name="note" label="Note with your approval (optional)" />
    </ActionForm>
  );
}

export function StartExecutionForm({ record }: { record: Versioned }) {
  return (
    <RecordForm id="start-execution" action={startExecutionAction} submit="Start execution" record={record}>
      {null}
    </RecordForm>
  );
}

export function ResolveForm({ record, proposed }: { record: Versioned; proposed: boolean }) {
  return (
    <RecordForm
      id="resolve"
      action={resolveAction}
      submit={proposed ? "Confirm resolution" : "Resolve"}
      record={record}
    >
      <TextArea name="note" label="How was it resolved?" />
    </RecordForm>
  );
}

export function AbandonForm({ record }: { record: Versioned }) {
  return (
    <details>
      <summary>Abandon this workflow</summary>
      <RecordForm id="abandon" action={abandonAction} submit="Abandon workflow" record={record}>
        <TextArea name="reason" label="Why is it abandoned?" />
      </RecordForm>
    </details>
  );
}
