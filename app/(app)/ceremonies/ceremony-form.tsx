"use client";

import { Fragment } from "react";
import { Field } from "@/app/components/form/field";
import { FormMessage } from "@/app/components/form/form-message";
import { ActionForm } from "@/app/components/manage/action-form";
import { useConflictValues, useFieldErrors } from "@/app/components/manage/form-context";
import type { FormAction, FormState } from "@/lib/actions/form-state";
import { CEREMONY_KINDS } from "@/lib/domain/vocabulary";
import { words } from "@/lib/domain/words";

export interface CeremonyFormValues {
  id?: string;
  version?: number;
  label: string;
  kind: string;
  facilityId: string;
  date: string;
  time: string;
  durationMinutes: number | string;
  standbyDate: string;
  agenda: string;
  templateId?: string;
}

type Option = { id: string; label: string };

/** On a conflict the form reloads with their values, and says so. */
function outcome(state: FormState) {
  const conflict =
    state.status === "error" && state.code === "conflict" ? (state.current as CeremonyFormValues) : null;
  return (
    <>
      <FormMessage state={state} />
      {conflict ? (
        <p className="notice warn">
          The form now shows their values: {conflict.date} {conflict.time}, {conflict.durationMinutes}{" "}
          minutes. Make your change again and save.
        </p>
      ) : null}
    </>
  );
}

/** Create and edit share one form; on a conflict it reloads with the values someone else saved. */
export function CeremonyForm({
  action,
  initial,
  facilities,
  templates,
  submitLabel,
}: {
  action: FormAction;
  initial: CeremonyFormValues;
  facilities: Option[];
  templates?: Option[];
  submitLabel: string;
}) {
  return (
    <ActionForm id="ceremony" action={action} outcome={outcome} submit={submitLabel}>
      <CeremonyFields initial={initial} facilities={facilities} templates={templates} />
    </ActionForm>
  );
}

function CeremonyFields({
  initial,
  facilities,
  templates,
}: {
  initial: CeremonyFormValues;
  facilities: Option[];
  templates?: Option[];
}) {
  const fields = useFieldErrors();
  const values = (useConflictValues() as CeremonyFormValues | undefined) ?? initial;
  // Keyed by version: the inputs are uncontrolled, so their values reload only when they remount.
  return (
    <Fragment key={`${values.version ?? "new"}`}>
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      {values.version ? <input type="hidden" name="version" value={values.version} /> : null}
      <div className="grid">
        <Field name="label" label="Label" error={fields.label} hint="For example KC41.">
          {(p) => <input {...p} defaultValue={values.label} required />}
        </Field>
        <Field name="kind" label="Kind" error={fields.kind}>
          {(p) => (
            <select {...p} defaultValue={values.kind}>
              {CEREMONY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {words(k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="facilityId" label="Facility" error={fields.facilityId}>
          {(p) => (
            <select {...p} defaultValue={values.facilityId}>
              <option value="">Choose…</option>
              {facilities.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {templates ? (
          <Field name="templateId" label="Template (who is needed)" error={fields.templateId}>
            {(p) => (
              <select {...p} defaultValue={values.templateId ?? ""}>
                <option value="">None: set requirements later</option>
                {templates.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field name="date" label="Date (facility's calendar)" error={fields.date}>
          {(p) => <input {...p} type="date" defaultValue={values.date} required />}
        </Field>
        <Field name="time" label="Start (facility's clock)" error={fields.time}>
          {(p) => <input {...p} type="time" defaultValue={values.time} required />}
        </Field>
        <Field name="durationMinutes" label="Duration (minutes)" error={fields.durationMinutes}>
          {(p) => (
            <input {...p} type="number" min={15} max={1440} step={15} defaultValue={values.durationMinutes} />
          )}
        </Field>
        <Field
          name="standbyDate"
          label="Standby date"
          error={fields.standbyDate}
          hint="Empty: the day after."
        >
          {(p) => <input {...p} type="date" defaultValue={values.standbyDate} />}
        </Field>
      </div>
      <Field name="agenda" label="Agenda (one item per line)" error={fields.agenda}>
        {(p) => <textarea {...p} rows={6} defaultValue={values.agenda} />}
      </Field>
      {values.id ? (
        <Field
          name="reason"
          label="Reason for the change (sent to invitees)"
          error={fields.reason}
          hint="Needed when the date, time or facility changes: every invitee is asked to re-confirm."
        >
          {(p) => <input {...p} placeholder="e.g. travel restrictions" maxLength={500} />}
        </Field>
      ) : null}
    </Fragment>
  );
}
