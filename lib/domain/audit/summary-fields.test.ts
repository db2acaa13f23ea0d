import { describe, expect, it } from "vitest";
import { fieldLabel, summaryFields } from "./summary-fields";

describe("audit details as labelled fields", () => {
  it("labels keys as words", () => {
    expect(fieldLabel("timeZone")).toBe("Time zone");
    expect(fieldLabel("quarantine_days")).toBe("Quarantine days");
    expect(fieldLabel("ksrId")).toBe("KSR ID");
    expect(fieldLabel("ip")).toBe("IP");
  });

  it("lists only the fields an update changed, old → new", () => {
    const fields = summaryFields({
      before: { name: "Culpeper", city: "Culpeper", timeZone: "America/New_York" },
      after: { name: "Culpeper East", city: "Culpeper", timeZone: "America/New_York" },
    });
    expect(fields).toEqual([{ label: "Name", value: "Culpeper → Culpeper East" }]);
  });

  it("a creation lists the new values, and other keys stay their own fields", () => {
    const fields = summaryFields({ source: "csv", before: null, after: { fromCountry: "US", days: 14 } });
    expect(fields).toEqual([
      { label: "Source", value: "csv" },
      { label: "From country", value: "US" },
      { label: "Days", value: "14" },
    ]);
  });

  it("says so when an update changed nothing", () => {
    expect(summaryFields({ before: { a: 1 }, after: { a: 1 } })).toEqual([
      { label: "Change", value: "nothing changed" },
    ]);
  });

  it("reads lists, nested objects, booleans and empty values", () => {
    const fields = summaryFields({
      roles: ["coordinator", "auditor"],
      counts: { confirmed: 2, needed: 3 },
      remote: false,
      note: "",
      none: [],
    });
    expect(fields).toEqual([
      { label: "Roles", value: "coordinator, auditor" },
      { label: "Counts", value: "Confirmed: 2; Needed: 3" },
      { label: "Remote", value: "no" },
      { label: "Note", value: "(none)" },
      { label: "None", value: "(none)" },
    ]);
  });
});
