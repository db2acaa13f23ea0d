import { describe, expect, it } from "vitest";
import { readRestrictionCsv } from "./read-restriction-csv";

describe("readRestrictionCsv", () => {
  it("maps columns by header name in any order and splits exemptions on spaces or semicolons", () => {
    const { rows, problems } = readRestrictionCsv(
      "\uFEFFkind,from,to,start,end,days,exempt,note\nquarantine,*,us,2026-01-01,2026-01-10,10,CA;mx gb,\n",
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        from: "*",
        to: "US",
        kind: "quarantine",
        start: "2026-01-01",
        end: "2026-01-10",
        days: 10,
        exempt: ["CA", "MX", "GB"],
        note: undefined,
      },
    ]);
  });

  it("reports every bad row by line: field count, CSV syntax, each rule", () => {
    const { problems } = readRestrictionCsv(
      [
        "from,to,kind,start,end,days,exempt,note",
        "GB,FR,entry_ban,2026-01-01",
        'GB,FR,entry_ban,2026-01-01,2026-01-02,,,"bad"quote',
        "GB,FR,entry_ban,2026-01-01,2026-01-02,3,,",
        "GB,FR,quarantine,2026-01-01,2026-01-02,0,,",
        "GB,FR,curfew,01/02/2026,2026-01-02,,,",
      ].join("\n"),
    );
    expect(problems).toEqual([
      { line: 2, message: "Expected 8 fields, found 4." },
      { line: 3, message: expect.stringContaining("closing quote") },
      { line: 4, message: expect.stringContaining("days: An entry ban has no quarantine days") },
      { line: 5, message: "days: At least 1." },
      { line: 6, message: expect.stringMatching(/kind: .*; start: /) },
    ]);
  });

  it("keeps a note a spreadsheet would run as a formula as text", () => {
    const { rows, problems } = readRestrictionCsv(
      [
        "from,to,kind,start,end,days,exempt,note",
        'GB,FR,entry_ban,2026-01-01,2026-01-02,,,"=HYPERLINK(""http://evil.example"",""x"")"',
        "GB,FR,entry_ban,2026-01-03,2026-01-04,,,@SUM(A1)",
        "GB,FR,entry_ban,2026-01-05,2026-01-06,,,+1 and -2 stay readable",
        "GB,FR,entry_ban,2026-01-07,2026-01-08,,,plain note",
      ].join("\n"),
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.note)).toEqual([
      `'=HYPERLINK("http://evil.example","x")`,
      "'@SUM(A1)",
      "'+1 and -2 stay readable",
      "plain note",
    ]);
  });

  it("reports an empty file and a header without rows", () => {
    expect(readRestrictionCsv("").problems).toEqual([{ line: 1, message: "The file is empty." }]);
    expect(readRestrictionCsv("from,to,kind,start,end,days,exempt,note\n").problems).toEqual([
      { line: 1, message: "No rows below the header." },
    ]);
  });
});
