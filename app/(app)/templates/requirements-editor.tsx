"use client";

import { useState } from "react";
import { useFieldError } from "@/app/components/manage/form-context";
import { type Option, SelectInput, TextInput } from "@/app/components/manage/inputs";

export interface RequirementRow {
  role: string;
  credentialSetId: string | null;
  min: number | null;
}

let nextKey = 0;
const keyed = (row: RequirementRow) => ({ ...row, key: nextKey++ });

/**
 * The template's requirement rows. Rows are numbered 0..n-1 in the field names on every render, so the
 * server's `requirements.2.min` error lands on the third row shown.
 */
export function RequirementsEditor({
  initial,
  roles,
  sets,
}: {
  initial: RequirementRow[];
  roles: Option[];
  sets: Option[];
}) {
  const [rows, setRows] = useState(() =>
    (initial.length ? initial : [{ role: "", credentialSetId: null, min: 1 }]).map(keyed),
  );
  const listError = useFieldError("requirements");
  return (
    <fieldset className="field" style={{ border: 0, padding: 0 }}>
      <legend style={{ fontWeight: 600 }}>Requirements</legend>
      <p className="muted" style={{ margin: "0 0 0.5rem" }}>
        A credential set applies to crypto officers and recovery key shareholders only; leave min empty to
        require all n seats.
      </p>
      {listError ? <p className="field-error">{listError}</p> : null}
      {rows.map((row, i) => (
        <div key={row.key} className="panel" data-testid={`requirement-${i}`}>
          <SelectInput
            name={`requirements.${i}.role`}
            label="Role"
            options={roles}
            defaultValue={row.role}
            placeholder="Choose…"
          />
          <SelectInput
            name={`requirements.${i}.credentialSetId`}
            label="Credential set"
            options={sets}
            defaultValue={row.credentialSetId}
            placeholder="None"
          />
          <TextInput
            name={`requirements.${i}.min`}
            type="number"
            label="Minimum people"
            defaultValue={row.min}
          />
          <button
            type="button"
            className="secondary"
            onClick={() => setRows(rows.filter((r) => r.key !== row.key))}
          >
            Remove requirement {i + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() => setRows([...rows, keyed({ role: "", credentialSetId: null, min: 1 })])}
      >
        Add a requirement
      </button>
    </fieldset>
  );
}
