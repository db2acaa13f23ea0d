import "server-only";
import { createHash } from "node:crypto";

/**
 * A short digest of a record's editable values. Facilities, people and credential sets have no version
 * column: the edit form carries the fingerprint of what it showed, and the save refuses when the record
 * no longer matches it, so a concurrent edit is reported instead of silently overwritten.
 */
export function fingerprint(values: Record<string, unknown>): string {
  const ordered = Object.keys(values)
    .sort()
    .map((key) => [key, values[key]]);
  return createHash("sha256").update(JSON.stringify(ordered)).digest("hex").slice(0, 16);
}
