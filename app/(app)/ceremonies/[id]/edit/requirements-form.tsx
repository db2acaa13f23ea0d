"use client";

import { useActionState, useState } from "react";
import { FormMessage } from "@/app/components/form/form-message";
import { IDLE } from "@/lib/actions/form-state";
import { ROLES } from "@/lib/domain/roles";
import { words } from "@/lib/domain/words";
import { requirementsAction } from "../../actions";

export interface RequirementRow {
  role: string;
  credentialSetId: string;
  min: number;
}

/** Who the ceremony needs: one row per role (credential roles name their set) with a minimum. */
export function RequirementsForm({
  id,
  version,
  initial,
  sets,
}: {
  id: string;
  version: number;
  initial: RequirementRow[];
  sets: { id: string; label: string }[];
}) {
  const [state, action, pending] = useActionState(requirementsAction, IDLE);
  // Each row keeps a key of its own so React does not mix up rows when one is added.
  const [rows, setRows] = useState(
    (initial.length ? initial : [{ role: "", credentialSetId: "", min: 1 }]).map((row, uid) => ({
      ...row,
      uid,
    })),
  );
  const fields = state.status === "error" ? state.fields : {};
  return (
    <form action={action}>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {rows.map((row, i) => (
        <div className="filters" key={row.uid} style={{ marginBottom: "0.5rem" }}>
          <div>
            <label htmlFor={`role-${i}`}>Role</label>
            <select id={`role-${i}`} name="role" defaultValue={row.role}>
              <option value="">(remove)</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {words(r)}
                </option>
              ))}
            </select>
            {fields[`requirements.${i}.role`] ? (
              <p className="field-error">{fields[`requirements.${i}.role`]}</p>
            ) : null}
          </div>
          <div>
            <label htmlFor={`set-${i}`}>Credential set</label>
            <select id={`set-${i}`} name="credentialSetId" defaultValue={row.credentialSetId}>
              <option value="">none</option>
              {sets.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
            {fields[`requirements.${i}.credentialSetId`] ? (
              <p className="field-error">{fields[`requirements.${i}.credentialSetId`]}</p>
            ) : null}
          </div>
          <div>
            <label htmlFor={`min-${i}`}>Minimum</label>
            <input id={`min-${i}`} name="min" type="number" min={1} max={50} defaultValue={row.min} />
            {fields[`requirements.${i}.min`] ? (
              <p className="field-error">{fields[`requirements.${i}.min`]}</p>
            ) : null}
          </div>
        </div>
      ))}
      <p>
        <button
          type="button"
          className="secondary"
          onClick={() => setRows([...rows, { role: "", credentialSetId: "", min: 1, uid: rows.length }])}
        >
          Add a requirement
        </button>{" "}
        <button type="submit" disabled={pending}>
          Save requirements
        </button>
      </p>
    </form>
  );
}
