"use client";

import { useState } from "react";
import { ActionForm } from "@/app/components/manage/action-form";
import { useFieldErrors } from "@/app/components/manage/form-context";
import { Hidden } from "@/app/components/manage/inputs";
import { SubmitButton } from "@/app/components/manage/submit-button";
import { ROLES } from "@/lib/domain/roles";
import { words } from "@/lib/domain/words";
import { requirementsAction } from "../../actions";

export interface RequirementRow {
  role: string;
  credentialSetId: string;
  min: number;
}

type CredentialSet = { id: string; label: string };

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
  sets: CredentialSet[];
}) {
  // Each row keeps a key of its own so React does not mix up rows when one is added.
  const [rows, setRows] = useState(
    (initial.length ? initial : [{ role: "", credentialSetId: "", min: 1 }]).map((row, uid) => ({
      ...row,
      uid,
    })),
  );
  return (
    <ActionForm id="requirements" action={requirementsAction} validate>
      <Hidden name="id" value={id} />
      <Hidden name="version" value={version} />
      {rows.map((row, i) => (
        <RequirementFields key={row.uid} row={row} index={i} sets={sets} />
      ))}
      <p>
        <button
          type="button"
          className="secondary"
          onClick={() => setRows([...rows, { role: "", credentialSetId: "", min: 1, uid: rows.length }])}
        >
          Add a requirement
        </button>{" "}
        <SubmitButton label="Save requirements" />
      </p>
    </ActionForm>
  );
}

function RequirementFields({
  row,
  index: i,
  sets,
}: {
  row: RequirementRow;
  index: number;
  sets: CredentialSet[];
}) {
  const fields = useFieldErrors();
  const error = (name: string) => {
    const text = fields[`requirements.${i}.${name}`];
    return text ? <p className="field-error">{text}</p> : null;
  };
  return (
    <div className="filters" style={{ marginBottom: "0.5rem" }}>
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
        {error("role")}
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
        {error("credentialSetId")}
      </div>
      <div>
        <label htmlFor={`min-${i}`}>Minimum</label>
        <input id={`min-${i}`} name="min" type="number" min={1} max={50} defaultValue={row.min} />
        {error("min")}
      </div>
    </div>
  );
}
