import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  bytesOf as bytes,
  SAMPLE_JPEG as JPEG,
  SAMPLE_PDF as PDF,
  SAMPLE_PNG as PNG,
  SAMPLE_HTML,
} from "@/lib/domain/files/sample-files";
import { checkEvidenceFiles, type EvidenceCheck, type EvidenceUpload } from "./evidence-files";
import { MAX_EVIDENCE_FILE_BYTES } from "./evidence-limits";

const REFUSED = "only PDF, PNG, JPEG or plain-text files can be attached.";

const check = (...uploads: EvidenceUpload[]) => checkEvidenceFiles(uploads);
const problems = (result: EvidenceCheck) => (result.ok ? [] : result.problems);
const accepted = (result: EvidenceCheck) =>
  result.ok ? result.files.map((f) => [f.fileName, f.contentType]) : result.problems;

describe("evidence files: kinds by content", () => {
  it("accepts PDF, PNG, JPEG, plain text and CSV with names to match", () => {
    const result = check(
      { name: "consent.pdf", bytes: PDF },
      { name: "bag-photo.PNG", bytes: PNG },
      { name: "witness.jpeg", bytes: JPEG },
      { name: "photo.jpg", bytes: JPEG },
      { name: "serials.txt", bytes: bytes("\uFEFFBag A1234567 — sealed\r\n\tBag A7654321\n") },
    );
    expect(accepted(result)).toEqual([
      ["consent.pdf", "application/pdf"],
      ["bag-photo.PNG", "image/png"],
      ["witness.jpeg", "image/jpeg"],
      ["photo.jpg", "image/jpeg"],
      ["serials.txt", "text/plain"],
    ]);
    expect(accepted(check({ name: "bags.csv", bytes: bytes("bag,serial\nA,1234\n") }))).toEqual([
      ["bags.csv", "text/csv"],
    ]);
  });

  it("gives each file its size and the SHA-256 of its exact bytes", () => {
    const result = check({ name: "consent.pdf", bytes: PDF });
    expect(result.ok && result.files[0]).toMatchObject({
      byteSize: PDF.byteLength,
      sha256: createHash("sha256").update(PDF).digest("hex"),
    });
  });

  it("refuses a disguised file: HTML renamed .pdf, SVG or HTML as .txt, a zip, an executable", () => {
    const html = SAMPLE_HTML;
    expect(problems(check({ name: "minutes.pdf", bytes: html }))).toEqual([`minutes.pdf: ${REFUSED}`]);
    expect(problems(check({ name: "notes.txt", bytes: html }))).toEqual([`notes.txt: ${REFUSED}`]);
    const svg = bytes('  <svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    expect(problems(check({ name: "seal.txt", bytes: svg }))).toEqual([`seal.txt: ${REFUSED}`]);
    expect(problems(check({ name: "seal.svg", bytes: svg }))).toEqual([`seal.svg: ${REFUSED}`]);
    const zip = bytes([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]);
    expect(problems(check({ name: "forms.pdf", bytes: zip }))).toEqual([`forms.pdf: ${REFUSED}`]);
    const exe = bytes("MZ", [0x90, 0, 3, 0, 0, 0]);
    expect(problems(check({ name: "readme.txt", bytes: exe }))).toEqual([`readme.txt: ${REFUSED}`]);
  });

  it("refuses text that is not UTF-8 or holds NUL bytes, and text not named .txt or .csv", () => {
    expect(problems(check({ name: "latin1.txt", bytes: bytes([0x63, 0x61, 0x66, 0xe9]) }))).toEqual([
      `latin1.txt: ${REFUSED}`,
    ]);
    const utf16 = bytes([0xff, 0xfe, 0x68, 0, 0x69, 0]);
    expect(problems(check({ name: "utf16.txt", bytes: utf16 }))).toEqual([`utf16.txt: ${REFUSED}`]);
    expect(problems(check({ name: "nul.txt", bytes: bytes("a", [0], "b") }))).toEqual([
      `nul.txt: ${REFUSED}`,
    ]);
    expect(problems(check({ name: "page.html", bytes: bytes("just words") }))).toEqual([
      `page.html: ${REFUSED}`,
    ]);
  });

  it("refuses a real kind under another kind's name, saying what it is", () => {
    expect(problems(check({ name: "photo.jpg", bytes: PNG }))).toEqual([
      "photo.jpg: the file is a PNG image but its name does not end in .png; rename it and attach it again.",
    ]);
    expect(problems(check({ name: "consent.html", bytes: PDF }))).toEqual([
      "consent.html: the file is a PDF document but its name does not end in .pdf; rename it and attach it again.",
    ]);
  });
});

describe("evidence files: limits", () => {
  const text = (size: number) => new Uint8Array(size).fill(0x61);

  it("refuses an empty file and one over 5 MiB; exactly 5 MiB passes", () => {
    expect(problems(check({ name: "empty.pdf", bytes: new Uint8Array(0) }))).toEqual([
      "empty.pdf: the file is empty.",
    ]);
    expect(problems(check({ name: "big.txt", bytes: text(MAX_EVIDENCE_FILE_BYTES + 1) }))).toEqual([
      "big.txt: the file is larger than 5 MiB.",
    ]);
    expect(check({ name: "max.txt", bytes: text(MAX_EVIDENCE_FILE_BYTES) }).ok).toBe(true);
  });

  it("refuses more than 10 MiB together, and more than 5 files", () => {
    const four = text(4 * 1024 * 1024);
    const three = ["a.txt", "b.txt", "c.txt"].map((name) => ({ name, bytes: four }));
    expect(problems(check(...three))).toEqual(["The files together are larger than 10 MiB."]);
    const six = ["1", "2", "3", "4", "5", "6"].map((n) => ({ name: `${n}.pdf`, bytes: PDF }));
    expect(problems(check(...six))).toEqual(["Attach at most 5 files at a time; 6 were chosen."]);
    expect(check(...six.slice(0, 5)).ok).toBe(true);
  });

  it("keeps nothing when one file of several is refused, and names each refused file", () => {
    const result = check(
      { name: "ok.pdf", bytes: PDF },
      { name: "a.exe", bytes: bytes("MZ", [0]) },
      { name: "b.pdf", bytes: bytes("<html>") },
    );
    expect(problems(result)).toEqual([`a.exe: ${REFUSED}`, `b.pdf: ${REFUSED}`]);
  });
});

describe("evidence files: names", () => {
  it("keeps only the last path segment and drops control and bidi characters", () => {
    expect(accepted(check({ name: "C:\\fakepath\\consent.pdf", bytes: PDF }))).toEqual([
      ["consent.pdf", "application/pdf"],
    ]);
    expect(accepted(check({ name: "../../etc/consent\u0000.pdf", bytes: PDF }))).toEqual([
      ["consent.pdf", "application/pdf"],
    ]);
    // U+202E would show "invoice\u202Efdp.exe" as "invoiceexe.pdf": removed, the real extension shows.
    expect(problems(check({ name: "invoice\u202Efdp.exe", bytes: PDF }))).toEqual([
      "invoicefdp.exe: the file is a PDF document but its name does not end in .pdf; rename it and attach it again.",
    ]);
    expect(problems(check({ name: "\u200B\u202E", bytes: PDF }))[0]).toMatch(/^\(unnamed file\): /);
  });

  it("shortens long names to 120 characters and keeps the extension", () => {
    const result = check({ name: `${"ä".repeat(200)}.pdf`, bytes: PDF });
    const name = result.ok ? (result.files[0]?.fileName ?? "") : "";
    expect(Array.from(name)).toHaveLength(120);
    expect(name.endsWith("ää.pdf")).toBe(true);
  });
});
