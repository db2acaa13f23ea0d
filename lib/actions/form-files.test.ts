import { describe, expect, it } from "vitest";
import { formFiles } from "./form-files";

describe("files from a form", () => {
  it("reads each chosen file into bytes and ignores an empty file input", async () => {
    const form = new FormData();
    form.append("note", "text fields are not files");
    form.append("files", new File([], "undefined", { type: "application/octet-stream" }));
    form.append("files", new File([], ""));
    form.append("files", new File(["%PDF-1.4"], "consent.pdf", { type: "application/pdf" }));
    form.append("files", new File([], "empty.txt"));
    form.append("other", new File(["x"], "elsewhere.txt"));
    const files = await formFiles(form, "files");
    expect(files.map((f) => [f.name, Buffer.from(f.bytes).toString()])).toEqual([
      ["consent.pdf", "%PDF-1.4"],
      ["empty.txt", ""],
    ]);
  });
});
