import { describe, expect, it } from "vitest";
import { requirementsFromForm } from "./template";

describe("requirementsFromForm", () => {
  it("gathers indexed form keys into rows in index order, ignoring other keys", () => {
    expect(
      requirementsFromForm({
        name: "x",
        "requirements.10.role": "auditor",
        "requirements.2.role": "crypto_officer",
        "requirements.2.min": "3",
        "requirements.2.credentialSetId": "",
        "requirements.x.role": "ignored",
      }),
    ).toEqual([{ role: "crypto_officer", min: "3", credentialSetId: "" }, { role: "auditor" }]);
  });
});
