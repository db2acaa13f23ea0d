import { describe, expect, it } from "vitest";
import { parseCsv } from "./parse-csv";

const fieldsOf = (text: string) => parseCsv(text).records.map((r) => r.fields);

describe("parseCsv", () => {
  it("reads plain records with LF or CRLF line ends", () => {
    expect(fieldsOf("a,b,c\n1,2,3\n")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
    expect(fieldsOf("a,b\r\n1,2\r\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(fieldsOf("a,b\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("keeps commas, doubled quotes and line breaks inside quoted fields", () => {
    expect(fieldsOf('"a,b","say ""hi""","two\r\nlines"\n')).toEqual([["a,b", 'say "hi"', "two\r\nlines"]]);
  });

  it("keeps empty fields, including a trailing one", () => {
    expect(fieldsOf('x,,""\n,y,\n')).toEqual([
      ["x", "", ""],
      ["", "y", ""],
    ]);
  });

  it("drops a byte order mark and skips blank lines, counting them in line numbers", () => {
    const result = parseCsv("\uFEFFfrom,to\n\n\r\nUS,FR\n");
    expect(result.records).toEqual([
      { line: 1, fields: ["from", "to"] },
      { line: 4, fields: ["US", "FR"] },
    ]);
  });

  it("numbers a record after a multi-line field by the line it starts on", () => {
    const result = parseCsv('h\n"a\nb"\nnext\n');
    expect(result.records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it("reports a malformed record with its line and keeps reading the others", () => {
    const result = parseCsv('h1,h2\nok,1\nba"d,2\n"x"y,3\nfine,4\n');
    expect(result.errors).toEqual([
      { line: 3, message: expect.stringContaining("unquoted") },
      { line: 4, message: expect.stringContaining("closing quote") },
    ]);
    expect(result.records.map((r) => r.fields[0])).toEqual(["h1", "ok", "fine"]);
  });

  it("reports a quote that is never closed", () => {
    expect(parseCsv('a\n"open,1\n').errors).toEqual([
      { line: 2, message: expect.stringContaining("never closed") },
    ]);
  });
});
