import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/testing/ksr-fixtures";
import { parseKsrDocument } from "./parse";
import { KsrParseError } from "./parse-error";

// Documents that are well-formed XML of known elements, but whose content does not make a KSR: each is
// refused naming the element and the line an operator would look at.

const good = fixture("ksr-root-2018-q1-0-d_to_e.xml").toString("utf8");

function refusal(text: string): { line: number; reason: string } {
  try {
    parseKsrDocument(Buffer.from(text, "utf8"));
  } catch (error) {
    expect(error).toBeInstanceOf(KsrParseError);
    const { line, reason } = error as KsrParseError;
    return { line, reason };
  }
  throw new Error("the document was accepted");
}

/** `good` with the first occurrence of `from` replaced, which must exist. */
function edited(from: string, to: string): string {
  expect(good).toContain(from);
  return good.replace(from, to);
}

describe("content errors name the element and its line", () => {
  it("a missing leaf names the element that lacks it", () => {
    expect(refusal(edited("<Flags>256</Flags>", ""))).toEqual({
      line: 19,
      reason: "<Key> is missing <Flags>",
    });
  });

  it("a leaf given twice is refused at the second one", () => {
    expect(refusal(edited("<Labels>0</Labels>", "<Labels>0</Labels>\n<Labels>1</Labels>"))).toEqual({
      line: 38,
      reason: "<Labels> appears more than once in <Signature>",
    });
  });

  it("integers: not digits, too large, negative", () => {
    expect(refusal(edited("<Protocol>3</Protocol>", "<Protocol>three</Protocol>"))).toEqual({
      line: 22,
      reason: '<Protocol> must be an integer from 0 to 255, not "three"',
    });
    expect(refusal(edited("<Flags>256</Flags>", "<Flags>65536</Flags>"))).toEqual({
      line: 21,
      reason: '<Flags> must be an integer from 0 to 65535, not "65536"',
    });
    expect(refusal(edited('keyTag="46809"', 'keyTag="-1"'))).toEqual({
      line: 19,
      reason: 'keyTag must be an integer from 0 to 65535, not "-1"',
    });
  });

  it("an empty leaf and a missing attribute", () => {
    expect(refusal(edited("<SignersName>.</SignersName>", "<SignersName> </SignersName>"))).toEqual({
      line: 42,
      reason: "<SignersName> is empty",
    });
    expect(refusal(edited(' domain="."', ""))).toEqual({
      line: 1,
      reason: "<KSR> is missing attribute domain",
    });
  });

  it("base64 with stray characters; line-wrapped base64 is accepted", () => {
    expect(refusal(edited("<SignatureData>Dff", "<SignatureData>D*ff"))).toEqual({
      line: 43,
      reason: "<SignatureData> is not base64",
    });
    const wrapped = edited("<PublicKey>AwEAAcRIZ", "<PublicKey>\n   AwEAA\n   cRIZ");
    expect(parseKsrDocument(Buffer.from(wrapped)).bundles[0]?.keys[0]?.publicKey).toMatch(/^AwEAAcRIZ/);
  });

  it("durations and times that are not ISO 8601", () => {
    expect(
      refusal(edited("<RetireSafety>P10D</RetireSafety>", "<RetireSafety>10 days</RetireSafety>")),
    ).toEqual({ line: 6, reason: '<RetireSafety> must be an ISO 8601 duration such as P21D, not "10 days"' });
    const { line, reason } = refusal(edited("2018-01-01T00:00:00<", "2018-02-30T00:00:00<"));
    expect(line).toBe(17);
    expect(reason).toMatch(/^<Inception>: /);
  });

  it("policy and document shape", () => {
    expect(refusal(edited('<RSA exponent="65537" size="2048"/>', ""))).toEqual({
      line: 11,
      reason: "<SignatureAlgorithm> needs an <RSA> or <ECDSA> element",
    });
    const noBundles = good.replace(/<RequestBundle[\s\S]*<\/RequestBundle>/, "");
    expect(refusal(noBundles)).toEqual({ line: 2, reason: "<Request> contains no bundles" });
    expect(refusal(edited("<RequestPolicy>", "<RequestPolicy><ZSK/>"))).toEqual({
      line: 3,
      reason: "<ZSK> lists no <SignatureAlgorithm>",
    });
  });

  it("the first structural problem wins over an earlier content problem", () => {
    const both = edited("<Flags>256</Flags>", "").replace("</KSR>", "<Extra/></KSR>");
    expect(refusal(both).reason).toBe("unknown element <Extra>");
  });
});
