"use client";

import { useConflictValues } from "./form-context";

export function NoteList({ kind, items }: { kind: "ok" | "warn" | "bad"; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <ul
      className={`notice ${kind}`}
      role={kind === "bad" ? "alert" : undefined}
      style={{ paddingLeft: "2rem" }}
    >
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

const show = (value: unknown) =>
  Array.isArray(value)
    ? value.join(", ") || "(none)"
    : value === undefined || value === null
      ? "(empty)"
      : String(value);

/** What the record holds now, after someone else saved it: the coordinator compares and saves again. */
export function ConflictValues() {
  const current = useConflictValues();
  if (!current) return null;
  return (
    <div className="notice warn" data-testid="current-values">
      <strong>Current values</strong>
      <dl style={{ margin: "0.5rem 0 0" }}>
        {Object.entries(current)
          .filter(([key]) => key !== "version")
          .map(([key, value]) => (
            <div key={key}>
              <dt style={{ display: "inline", fontWeight: 600 }}>{key}: </dt>
              <dd style={{ display: "inline", margin: 0 }}>
                {typeof value === "object" && value && !Array.isArray(value)
                  ? JSON.stringify(value)
                  : show(value)}
              </dd>
            </div>
          ))}
      </dl>
    </div>
  );
}
