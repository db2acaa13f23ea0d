import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseAnyKsrDocument } from "../detect-format";
import { inspectKsr } from "../inspect";
import { KsrParseError } from "../parse-error";

const fixture = (name: string) => readFileSync(new URL(`../../../../fixtures/knot/${name}`, import.meta.url));
const bytes = (text: string) => new TextEncoder().encode(text);
const skr = fixture("skr.txt").toString("utf8");

function refusal(text: string | Uint8Array): string {
  try {
    parseAnyKsrDocument(typeof text === "string" ? bytes(text) : text);
  } catch (e) {
    if (e instanceof KsrParseError) return e.message;
    throw e;
  }
  throw new Error("parsed");
}

describe("Knot DNS text KSR/SKR", () => {
  it("reads each time slot as a bundle with its keys, signatures and dates", () => {
    const document = parseAnyKsrDocument(fixture("skr.txt"));
    expect(document.format).toBe("knot-text");
    expect(document.type).toBe("SKR");
    expect(document.domain).toBe(".");
    expect(document.bundles).toHaveLength(13);
    const [first] = document.bundles;
    expect(first?.id).toBe("1798761600");
    expect(new Date(first?.inception ?? 0).toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(first?.keys.map((k) => k.keyTag).sort()).toEqual([4246, 4882]);
    expect(first?.signatures.map((s) => s.keyTag)).toEqual([4246]);
  });

  it("inspection of a clean SKR finds nothing, and the root's nine-bundle schedule is not imposed", () => {
    expect(inspectKsr(fixture("skr.txt")).findings).toEqual([]);
    expect(inspectKsr(fixture("ksr.txt")).findings).toEqual([]);
  });

  it("detects the format from the content, whatever the file is called", () => {
    expect(parseAnyKsrDocument(fixture("ksr.txt")).type).toBe("KSR");
    expect(parseAnyKsrDocument(fixture("skr.txt")).format).toBe("knot-text");
  });

  it("refuses hostile and broken text with the line and the reason", () => {
    expect(refusal(`${skr.slice(0, 200)}\u0000${skr.slice(200)}`)).toMatch(
      /binary data or a control character/,
    );
    expect(refusal(skr.replace("DNSKEY 256 3 13 (", `DNSKEY 256 3 13 ${"A".repeat(100_000)} (`))).toMatch(
      /line is longer than/,
    );
    expect(refusal(skr.replace("3600 DNSKEY 256", "3600 TXT 256"))).toMatch(/unexpected TXT record/);
    expect(refusal(skr.replace("RRSIG DNSKEY 13", "RRSIG SOA 13"))).toMatch(/RRSIG covers SOA/);
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x00, 0x41]))).toMatch(/UTF-8|binary|not a KSR/i);
    expect(refusal(skr.split("\n").slice(0, 30).join("\n"))).toMatch(/truncated|never closed/);
  });
});
