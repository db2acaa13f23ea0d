/** One labelled line of an audit event's details, as the audit page shows it. */
export interface SummaryField {
  label: string;
  value: string;
}

const EMPTY = "(none)";

const ACRONYMS = new Set([
  "ip",
  "id",
  "ksr",
  "skr",
  "ksk",
  "zsk",
  "hsm",
  "tcr",
  "url",
  "utc",
  "ds",
  "dnskey",
]);

/** "timeZone", "time_zone" → "Time zone"; "ksrId" → "KSR ID". */
export function fieldLabel(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.-]+/g, " ")
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w))
    .join(" ");
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : key;
}

/** A stored value as text: scalars as written, lists joined, objects as "label: value" pairs. */
export function fieldText(value: unknown): string {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.length === 0 ? EMPTY : value.map(fieldText).join(", ");
  if (typeof value === "object")
    return Object.entries(value)
      .map(([k, v]) => `${fieldLabel(k)}: ${fieldText(v)}`)
      .join("; ");
  return String(value);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** A before/after pair: the fields that differ, "old → new" (or just the new value when created). */
function changeFields(before: unknown, after: unknown): SummaryField[] {
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  const changed = keys.filter((k) => JSON.stringify(from[k]) !== JSON.stringify(to[k]));
  if (changed.length === 0) return [{ label: "Change", value: "nothing changed" }];
  return changed.map((k) => ({
    label: fieldLabel(k),
    value: isRecord(before) ? `${fieldText(from[k])} → ${fieldText(to[k])}` : fieldText(to[k]),
  }));
}

/**
 * An event's stored details as labelled fields. A change recorded as `{ before, after }` lists only the
 * fields that changed; every other key reads as its own field.
 */
export function summaryFields(summary: Record<string, unknown>): SummaryField[] {
  const hasChange = "before" in summary && "after" in summary;
  const rest = Object.entries(summary).filter(([k]) => !hasChange || (k !== "before" && k !== "after"));
  return [
    ...rest.map(([k, v]) => ({ label: fieldLabel(k), value: fieldText(v) })),
    ...(hasChange ? changeFields(summary.before, summary.after) : []),
  ];
}
