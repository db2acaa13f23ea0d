import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return";

describe("safeReturnPath", () => {
  it("keeps same-site paths", () => {
    expect(safeReturnPath("/audit?action=auth")).toBe("/audit?action=auth");
  });
  it("refuses other sites and odd values", () => {
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "audit", 42, undefined]) {
      expect(safeReturnPath(bad)).toBe("/");
    }
  });
});
