"use client";

import { type ReactNode, useState } from "react";
import { CountryPicker } from "@/app/components/form/country-picker";
import { Field } from "@/app/components/form/field";
import { useConflictValues, useFieldError, useFormId } from "./form-context";

interface Common {
  name: string;
  label: string;
  hint?: string;
}

/** Field wired to the enclosing form: ids stay unique when a page holds several forms. */
function Wired({
  name,
  label,
  hint,
  children,
}: Common & { children: (props: Record<string, unknown>) => ReactNode }) {
  const formId = useFormId();
  const error = useFieldError(name);
  return (
    <Field name={`${formId}-${name}`} label={label} error={error} hint={hint}>
      {(props) => children({ ...props, name })}
    </Field>
  );
}

export function TextInput({
  defaultValue,
  type = "text",
  ...common
}: Common & { defaultValue?: string | number | null; type?: "text" | "email" | "number" | "date" | "time" }) {
  return (
    <Wired {...common}>{(props) => <input {...props} type={type} defaultValue={defaultValue ?? ""} />}</Wired>
  );
}

/** A searchable country picker (see CountryPicker) wired to the enclosing form. */
export function CountryInput({
  defaultValue,
  anyCountry,
  ...common
}: Common & { defaultValue?: string | null; anyCountry?: boolean }) {
  return (
    <Wired {...common}>
      {(props) => (
        <CountryPicker
          field={props as Parameters<typeof CountryPicker>[0]["field"]}
          code={defaultValue}
          anyCountry={anyCountry}
        />
      )}
    </Wired>
  );
}

export function TextArea({ defaultValue, ...common }: Common & { defaultValue?: string | null }) {
  return (
    <Wired {...common}>{(props) => <textarea {...props} rows={6} defaultValue={defaultValue ?? ""} />}</Wired>
  );
}

/**
 * A file picker. `check` looks at the chosen files' names and sizes before anything is sent: a choice it
 * objects to is cleared with its message, so an oversized form never leaves the browser (the server
 * checks again, content included).
 */
export function FileInput({
  accept,
  check,
  ...common
}: Common & { accept: string; check?: (files: { name: string; size: number }[]) => string[] }) {
  const [problems, setProblems] = useState<string[]>([]);
  return (
    <>
      <Wired {...common}>
        {(props) => (
          <input
            {...props}
            type="file"
            multiple
            accept={accept}
            onChange={(event) => {
              const found = check?.(Array.from(event.currentTarget.files ?? [])) ?? [];
              if (found.length > 0) event.currentTarget.value = "";
              setProblems(found);
            }}
          />
        )}
      </Wired>
      {problems.length > 0 ? (
        <p className="field-error" role="alert">
          {problems.join(" ")}
        </p>
      ) : null}
    </>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectInput({
  options,
  defaultValue,
  placeholder,
  ...common
}: Common & { options: Option[]; defaultValue?: string | null; placeholder?: string }) {
  return (
    <Wired {...common}>
      {(props) => (
        <select {...props} defaultValue={defaultValue ?? ""}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Wired>
  );
}

/** A refused field's message, which the field names in its `aria-describedby`. */
export function ErrorText({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={id} className="field-error">
      {error}
    </p>
  ) : null;
}

export function CheckboxGroup({
  name,
  label,
  options,
  defaultValues,
}: Common & { options: Option[]; defaultValues: readonly string[] }) {
  const formId = useFormId();
  const error = useFieldError(name);
  return (
    <fieldset className="field" style={{ border: 0, padding: 0, margin: "0 0 1rem" }}>
      <legend style={{ fontWeight: 600, marginBottom: "0.25rem" }}>{label}</legend>
      {options.map((o) => (
        <label
          key={o.value}
          style={{ fontWeight: 400, display: "flex", gap: "0.5rem", alignItems: "center" }}
        >
          <input
            type="checkbox"
            name={name}
            value={o.value}
            defaultChecked={defaultValues.includes(o.value)}
            style={{ width: "auto" }}
            aria-describedby={error ? `${formId}-${name}-error` : undefined}
          />
          {o.label}
        </label>
      ))}
      <ErrorText id={`${formId}-${name}-error`} error={error} />
    </fieldset>
  );
}

export function Checkbox({ name, label, defaultChecked }: Common & { defaultChecked: boolean }) {
  const formId = useFormId();
  const error = useFieldError(name);
  const errorId = `${formId}-${name}-error`;
  return (
    <div style={{ marginBottom: "1rem" }}>
      <label style={{ display: "flex", gap: "0.5rem", alignItems: "center" }}>
        <input
          type="checkbox"
          name={name}
          defaultChecked={defaultChecked}
          style={{ width: "auto" }}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? errorId : undefined}
        />
        {label}
      </label>
      <ErrorText id={errorId} error={error} />
    </div>
  );
}

/** A hidden id or version; `version` follows the record's current value after a conflict. */
export function Hidden({ name, value }: { name: string; value: string | number }) {
  const current = useConflictValues();
  const fresh = current?.[name];
  const shown =
    fresh !== undefined && (typeof fresh === "string" || typeof fresh === "number") ? fresh : value;
  return <input type="hidden" name={name} value={shown} readOnly />;
}
