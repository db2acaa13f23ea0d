import { KsrParseError } from "../parse-error";

/** A master-file record: its tokens (comments and parentheses gone), first line and trailing comment. */
export interface TextRecord {
  tokens: string[];
  line: number;
  /** The comment on the record's last line, without the ";" (Knot writes "ZSK, ..., id = N" there). */
  comment: string;
}

/** A ";;" line: a time slot's header, or the closing line. */
export interface DirectiveLine {
  text: string;
  line: number;
}

export interface LineSink {
  directive(line: DirectiveLine): void;
  record(record: TextRecord): void;
}

export interface LineLimits {
  maxLineLength: number;
  maxRecords: number;
}

/** Tab is the only control character master files use; anything else (NUL, escape, ...) is binary. */
function hasControl(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) return true;
  }
  return false;
}

/**
 * Reads master-file text line by line, in one pass and holding one record at a time: every line under
 * `maxLineLength`, no control characters, at most `maxRecords` records, parentheses balanced (a record
 * may span lines inside them). ";;" lines outside a record go to `directive`; other comments are dropped.
 */
export function readLines(text: string, limits: LineLimits, sink: LineSink): void {
  let start = 0;
  let lineNumber = 0;
  let open: TextRecord | null = null;
  let records = 0;
  while (start <= text.length) {
    const end = nextBreak(text, start);
    lineNumber++;
    if (end - start > limits.maxLineLength) {
      throw new KsrParseError(lineNumber, `line is longer than ${limits.maxLineLength} characters`);
    }
    const line = text.slice(start, end).replace(/\r$/, "");
    start = end + 1;
    if (hasControl(line)) throw new KsrParseError(lineNumber, "binary data or a control character");
    if (open === null && line.startsWith(";;")) {
      sink.directive({ text: line, line: lineNumber });
      continue;
    }
    const semicolon = line.indexOf(";");
    const content = semicolon === -1 ? line : line.slice(0, semicolon);
    const comment = semicolon === -1 ? "" : line.slice(semicolon + 1).trim();
    const current: TextRecord = open ?? { tokens: [], line: lineNumber, comment: "" };
    for (const piece of content.split(/([()])/)) {
      if (piece === "(") {
        if (open) throw new KsrParseError(lineNumber, "a second opening parenthesis before the first closed");
        open = current;
      } else if (piece === ")") {
        if (!open) throw new KsrParseError(lineNumber, "a closing parenthesis without an opening one");
        open = null;
      } else {
        for (const token of piece.split(/[ \t]+/)) if (token !== "") current.tokens.push(token);
      }
    }
    if (open || current.tokens.length === 0) continue;
    if (++records > limits.maxRecords) {
      throw new KsrParseError(current.line, `more than ${limits.maxRecords} records`);
    }
    current.comment = comment;
    sink.record(current);
  }
  if (open) {
    throw new KsrParseError(
      (open as TextRecord).line,
      "the parenthesis opened in this record is never closed (file truncated?)",
    );
  }
}

function nextBreak(text: string, from: number): number {
  const at = text.indexOf("\n", from);
  return at === -1 ? text.length : at;
}
