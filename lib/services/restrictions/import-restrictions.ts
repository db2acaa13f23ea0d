import "server-only";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { refreshVerdicts } from "@/lib/services/planning/refresh-verdicts";
import type { Instant } from "@/lib/time";
import { readRestrictionCsv } from "./read-restriction-csv";
import { insertRestriction } from "./write-restriction";

/** Largest file accepted: a few thousand rows, far more than any real restriction list. */
export const MAX_CSV_BYTES = 256 * 1024;

/**
 * Imports restrictions from CSV, all or nothing: any bad row rejects the whole file with every problem
 * keyed by its line (`line 3`). A dry run validates and returns the rows without writing.
 */
export async function importRestrictions(
  db: Db,
  boss: PgBoss,
  actor: Actor,
  input: { csv: string; dryRun: boolean },
  now: Instant,
) {
  authorize(actor, "restrictions.manage");
  if (input.csv.length > MAX_CSV_BYTES) {
    throw new AppError("too_large", "The file is larger than 256 KB.", {
      csv: "Split it into smaller files.",
    });
  }
  const { rows, problems } = readRestrictionCsv(input.csv);
  if (problems.length > 0) {
    const fields: Record<string, string> = {};
    for (const { line, message } of problems) {
      const key = `line ${line}`;
      fields[key] = fields[key] ? `${fields[key]}; ${message}` : message;
    }
    const count = Object.keys(fields).length;
    const rowsWord = count === 1 ? "1 line has" : `${count} lines have`;
    throw new AppError("invalid_input", `${rowsWord} problems; nothing was imported.`, fields);
  }
  if (input.dryRun) return { rows, imported: [] as string[] };
  const imported = await db.transaction(async (tx) => {
    const ids: string[] = [];
    for (const { line: _line, ...values } of rows)
      ids.push(await insertRestriction(tx, actor, values, "csv", now));
    await refreshVerdicts(tx, boss, actor, { allLive: true }, now);
    return ids;
  });
  return { rows, imported };
}
