import { describe, expect, it } from "vitest";
import { unshownFieldErrors } from "./unshown-field-errors";

describe("field errors no field shows", () => {
  it("lists an error for a field the form does not render, named by the field", () => {
    const fields = { label: "Give the ceremony a label.", "requirements.0.count": "At least 1." };
    expect(unshownFieldErrors(fields, ["Give the ceremony a label."])).toEqual([
      "requirements.0.count: At least 1.",
    ]);
  });

  it("lists nothing when every error shows under its field, even joined under one list", () => {
    const fields = { personIds: "Tick at least one person.", reason: "Say why." };
    expect(unshownFieldErrors(fields, [" Tick at least one person. Say why."])).toEqual([]);
  });

  it("lists every error when no field shows one", () => {
    expect(unshownFieldErrors({ "row 3": "Unknown country." }, [])).toEqual(["row 3: Unknown country."]);
  });
});
