/** One record of a CSV file and the line it starts on (1-based, as an editor shows it). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvError {
  line: number;
  message: string;
}

export interface CsvResult {
  records: CsvRecord[];
  errors: CsvError[];
}

/**
 * RFC 4180 reader: quoted fields may hold commas, line breaks and doubled quotes; CRLF, LF and a UTF-8
 * byte order mark are accepted; blank lines are skipped. A malformed record is reported with its line
 * and skipped, so one bad row does not hide the problems of the others.
 */
export function parseCsv(input: string): CsvResult {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const errors: CsvError[] = [];
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const start = line;
    const record = readRecord(text, i, line);
    i = record.next;
    line = record.line;
    if (record.error) errors.push({ line: start, message: record.error });
    else if (!(record.fields.length === 1 && record.fields[0] === "")) {
      records.push({ line: start, fields: record.fields });
    }
  }
  return { records, errors };
}

interface RecordRead {
  fields: string[];
  next: number;
  line: number;
  error?: string;
}

function readRecord(text: string, from: number, startLine: number): RecordRead {
  const fields: string[] = [];
  let i = from;
  let line = startLine;
  let error: string | undefined;
  for (;;) {
    let value = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) return { fields, next: i, line, error: "A quoted field is never closed." };
        const ch = text[i] as string;
        if (ch === '"' && text[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (ch === '"') {
          i++;
          break;
        } else {
          if (ch === "\n") line++;
          value += ch;
          i++;
        }
      }
      if (i < text.length && !isEnd(text, i) && text[i] !== ",") {
        error ??= "Text follows a closing quote; double a quote inside a quoted field.";
      }
    }
    while (i < text.length && text[i] !== "," && !isEnd(text, i)) {
      if (text[i] === '"') error ??= "A quote inside an unquoted field; quote the whole field.";
      value += text[i];
      i++;
    }
    fields.push(value);
    if (text[i] === ",") {
      i++;
      continue;
    }
    // End of record: step over CRLF or LF.
    if (text[i] === "\r") i++;
    if (text[i] === "\n") i++;
    return { fields, next: i, line: line + 1, error };
  }
}

function isEnd(text: string, i: number): boolean {
  return text[i] === "\n" || (text[i] === "\r" && text[i + 1] === "\n");
}
