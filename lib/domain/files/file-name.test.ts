import { describe, expect, it } from "vitest";
import { cleanFileName, extensionOf } from "./file-name";

describe("file names", () => {
  it("keep the last path segment, printable and trimmed", () => {
    expect(cleanFileName("/home/a/report.pdf")).toBe("report.pdf");
    expect(cleanFileName("..\\..\\report.pdf")).toBe("report.pdf");
    expect(cleanFileName("  board\tminutes\n 2020.pdf ")).toBe("board minutes 2020.pdf");
    expect(cleanFileName("a\u202Egnp.js")).toBe("agnp.js");
    expect(cleanFileName("x\u2028y\u200B.txt")).toBe("x y.txt");
    expect(cleanFileName("..")).toBe("");
    expect(cleanFileName("dir/")).toBe("");
  });

  it("compose accents (NFC) and never cut a character in two", () => {
    expect(cleanFileName("Toma\u0301s.pdf")).toBe("Tomás.pdf");
    const name = cleanFileName(`${"😀".repeat(130)}.txt`);
    expect(Array.from(name)).toHaveLength(120);
    expect(name.endsWith("😀.txt")).toBe(true);
  });

  it("read the extension in lower case", () => {
    expect(extensionOf("Consent.PDF")).toBe(".pdf");
    expect(extensionOf(".bashrc")).toBe("");
    expect(extensionOf("README")).toBe("");
  });
});
