import "server-only";
import { neutraliseFormula } from "@/lib/csv/formula-cells";
import { parseCsv } from "@/lib/csv/parse-csv";
import { fieldErrors } from "@/lib/validation/parse-input";
import { type RestrictionValues, restrictionFields } from "@/lib/validation/restriction";
import { CSV_COLUMNS } from "@/lib/validation/restriction-csv";

export interface CsvRowProblem {
  line: number;
  message: string;
}

export interface RestrictionCsv {
  rows: (RestrictionValues & { line: number })[];
  problems: CsvRowProblem[];
}

/**
 * Reads a restrictions CSV (header `from,to,kind,start,end,days,exempt,note`, any column order) and
 * validates every row with the same rules as the form, so each problem is reported with its line. A
 * cell a spreadsheet would run as a formula is kept as text (lib/csv/formula-cells.ts).
 */
export function readRestrictionCsv(text: string): RestrictionCsv {
  const { records, errors } = parseCsv(text);
  const problems: CsvRowProblem[] = [...errors];
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [...problems, { line: 1, message: "The file is empty." }] };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    problems.push({
      line: header.line,
      message: `The header lacks ${missing.join(", ")}; it must name ${CSV_COLUMNS.join(",")}.`,
    });
    return { rows: [], problems };
  }
  if (body.length === 0) problems.push({ line: header.line, message: "No rows below the header." });
  const rows: RestrictionCsv["rows"] = [];
  for (const record of body) {
    if (record.fields.length !== names.length) {
      problems.push({
        line: record.line,
        message: `Expected ${names.length} fields, found ${record.fields.length}.`,
      });
      continue;
    }
    const parsed = restrictionFields.safeParse(
      Object.fromEntries(names.map((n, i) => [n, neutraliseFormula(record.fields[i] ?? "")])),
    );
    if (parsed.success) rows.push({ ...parsed.data, line: record.line });
    else {
      const message = Object.entries(fieldErrors(parsed.error))
        .map(([field, text]) => `${field}: ${text}`)
        .join("; ");
      problems.push({ line: record.line, message });
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { rows, problems };
}
