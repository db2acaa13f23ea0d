"use client";

import { CHANNEL_LABELS } from "@/app/components/ceremony/verification-channels";
import { ActionForm } from "@/app/components/manage/action-form";
import { Checkbox, Hidden, SelectInput, TextInput } from "@/app/components/manage/inputs";
import { VERIFICATION_CHANNELS } from "@/lib/domain/vocabulary";
import { linkKsrAction, verifyKsrAction } from "../actions";

/** Chooses the KSR the ceremony will sign (or none). */
export function LinkKsrForm({
  ceremonyId,
  current,
  choices,
}: {
  ceremonyId: string;
  current: string | null;
  choices: { id: string; label: string }[];
}) {
  if (choices.length === 0) return null;
  return (
    <div className="no-print">
      <ActionForm id="link-ksr" action={linkKsrAction} submit="Save KSR" secondary>
        <Hidden name="ceremonyId" value={ceremonyId} />
        <SelectInput
          name="documentId"
          label="KSR this ceremony signs"
          placeholder="None"
          options={choices.map((c) => ({ value: c.id, label: c.label }))}
          defaultValue={current}
        />
        <Checkbox
          name="confirmPeriod"
          label="Link it even if its period does not follow this ceremony (after a warning)"
          defaultChecked={false}
        />
      </ActionForm>
    </div>
  );
}

/** Records who confirmed the hash, how and when; the time is in the recorder's own zone. */
export function VerifyKsrForm({
  ceremonyId,
  documentId,
  zone,
}: {
  ceremonyId: string;
  documentId: string;
  zone: string;
}) {
  return (
    <details className="no-print">
      <summary>Record a verification</summary>
      <ActionForm id="verify-ksr" action={verifyKsrAction} submit="Record verification" resetOnOk>
        <Hidden name="ceremonyId" value={ceremonyId} />
        <Hidden name="documentId" value={documentId} />
        <TextInput name="confirmedBy" label="Confirmed by (name and organisation)" />
        <SelectInput
          name="channel"
          label="Channel"
          defaultValue="phone"
          options={VERIFICATION_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))}
        />
        <div className="filters">
          <TextInput name="date" label={`Date (${zone})`} type="date" />
          <TextInput name="time" label="Time" type="time" />
        </div>
        <TextInput name="note" label="Note (optional)" />
        <Checkbox
          name="matched"
          label="Every word matched what the producer read back"
          defaultChecked={false}
        />
      </ActionForm>
    </details>
  );
}
