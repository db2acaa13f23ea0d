import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/testing/ksr-fixtures";
import { parseKsrDocument } from "./parse";
import { KsrParseError } from "./parse-error";
import { DEFAULT_LIMITS, type ParseLimits } from "./schema";

const good = fixture("ksr-root-2018-q1-0-d_to_e.xml").toString("utf8");
const bytes = (text: string) => Buffer.from(text, "utf8");

/** Parses, expecting a KsrParseError quickly; returns it. */
function rejection(input: string | Uint8Array, limits?: ParseLimits): KsrParseError {
  const started = performance.now();
  let caught: unknown;
  try {
    parseKsrDocument(typeof input === "string" ? bytes(input) : input, limits);
  } catch (error) {
    caught = error;
  }
  const elapsed = performance.now() - started;
  expect(caught).toBeInstanceOf(KsrParseError);
  expect(elapsed).toBeLessThan(100);
  return caught as KsrParseError;
}

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<KSR id="x" domain="." serial="0">&lol9;</KSR>`;

describe("hostile XML is refused before it can cost anything", () => {
  it("billion laughs: the DOCTYPE is refused, no entity is expanded", () => {
    const error = rejection(billionLaughs);
    expect(error.message).toMatch(/DOCTYPE is not allowed/);
    expect(error.line).toBe(7);
  });

  it("external entity (SYSTEM file:///etc/passwd) is refused, not resolved", () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE KSR [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<KSR id="&xxe;" domain="." serial="0"/>`;
    const error = rejection(xxe);
    expect(error.message).toMatch(/DOCTYPE is not allowed/);
    expect(error.message).not.toMatch(/root:/);
  });

  it("any DOCTYPE, even an empty one, is refused", () => {
    expect(rejection(`<!DOCTYPE KSR>\n${good}`).message).toMatch(/DOCTYPE/);
  });

  it("100k-deep nesting stops at the first misplaced element", () => {
    const deep = "<KSR>".repeat(100_000);
    expect(rejection(deep).message).toMatch(/element <KSR> is not allowed inside <KSR>/);
  });

  it("the depth limit itself holds for otherwise valid nesting", () => {
    // Real documents nest 6 deep (KSR/Request/RequestPolicy/ZSK/SignatureAlgorithm/RSA); a limit of 4 must bite.
    const error = rejection(good, { ...DEFAULT_LIMITS, maxDepth: 4 });
    expect(error.message).toMatch(/nested deeper than 4 levels/);
  });

  it("a 2 MiB file is refused by its byte length before parsing", () => {
    const huge = new Uint8Array(2 * 1024 * 1024).fill(0x20);
    const error = rejection(huge);
    expect(error.line).toBe(0);
    expect(error.message).toMatch(/2097152 bytes, larger than the 1048576-byte limit/);
  });

  it("truncated XML", () => {
    expect(rejection(good.slice(0, good.length / 2)).message).toMatch(/unclosed|unexpected end/i);
    // The reason is saxes's own words, without its "line:column: " prefix (the line is given once).
    const error = rejection('<KSR id="a" domain="." serial="0">\n  <Request>');
    expect(error.message).toBe("line 2: unclosed tag: Request");
  });

  it("wrong root element", () => {
    const error = rejection(`<SKR id="x" domain="." serial="0"></SKR>`);
    expect(error.message).toBe("line 1: root element must be <KSR>, not <SKR>");
  });

  it("a non-UTC offset, naming the line", () => {
    const shifted = good.replace(
      "<Inception>2018-01-11T00:00:00</Inception>",
      "<Inception>2018-01-11T00:00:00+02:00</Inception>",
    );
    const error = rejection(shifted);
    expect(error.line).toBe(59);
    expect(error.message).toMatch(/must be UTC, not offset \+02:00/);
  });

  it("a bundle whose expiration precedes its inception", () => {
    const backwards = good.replace(
      "<Expiration>2018-01-22T00:00:00</Expiration>",
      "<Expiration>2017-12-22T00:00:00Z</Expiration>",
    );
    const error = rejection(backwards);
    expect(error.line).toBe(18);
    expect(error.message).toMatch(
      /bundle 0a8f7774-3bd3-4702-a923-f1d73f653bd6 expires \(2017-12-22T00:00:00Z\) before its inception/,
    );
  });

  it("unknown element", () => {
    const extra = good.replace("<TTL>172800</TTL>", "<TTL>172800</TTL><Comment>hi</Comment>");
    const error = rejection(extra);
    expect(error).toMatchObject({ line: 20, reason: "unknown element <Comment>" });
  });

  it("also: processing instructions, unknown attributes, text where none belongs, non-UTF-8", () => {
    expect(rejection(`${good}<?evil x?>`).message).toMatch(/processing instruction/);
    expect(rejection(good.replace('serial="0"', 'serial="0" xmlns:x="urn:x"')).message).toMatch(
      /unknown attribute/,
    );
    expect(rejection(good.replace("<Request>", "<Request>stray")).message).toMatch(/may not contain text/);
    // Only XML whitespace counts as blank between elements: a no-break space is text.
    expect(rejection(good.replace("<Request>", "<Request>\u00a0")).message).toMatch(/may not contain text/);
    expect(rejection(good.replace("</Request>", "&amp;</Request>")).message).toMatch(
      /<Request> may not contain text/,
    );
    expect(rejection(`${good}after`).message).toMatch(/outside of root/);
    expect(rejection(new Uint8Array([0x3c, 0xff, 0xfe])).message).toMatch(/UTF-8/);
  });

  it("accepts comments between elements but not text beside them", () => {
    const commented = good.replace("<Request>", "<Request>\n  <!-- a <note> -->\n  <!--x--> ");
    expect(() => parseKsrDocument(new TextEncoder().encode(commented))).not.toThrow();
    expect(rejection(good.replace("<Request>", "<Request><!-- a -->b")).message).toMatch(
      /<Request> may not contain text/,
    );
    const manyComments = `<Request>${"<!--c-->".repeat(5000)}b`;
    const started = performance.now();
    expect(rejection(good.replace("<Request>", manyComments)).message).toMatch(/may not contain text/);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it("checks the gaps after non-ASCII text too, where byte and character offsets differ", () => {
    const accented = good.replace("<Request>", "<Request>\n  <!-- Zürich, 東京 -->");
    expect(() => parseKsrDocument(bytes(accented))).not.toThrow();
    const error = rejection(accented.replace("</RequestPolicy>", "</RequestPolicy>x"));
    expect(error).toMatchObject({ line: 17, reason: "<Request> may not contain text" });
  });

  it("accepts UTC written as no suffix, Z or +00:00", () => {
    const zulu = good.replace(
      "<Inception>2018-01-11T00:00:00</Inception>",
      "<Inception>2018-01-11T00:00:00Z</Inception>",
    );
    expect(parseKsrDocument(bytes(zulu)).bundles[1]?.inception).toBe(Date.UTC(2018, 0, 11));
  });
});
