import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isBase64 } from "./leaf-values";

describe("isBase64", () => {
  it("agrees with the plain pattern on every mix of base64 characters, padding and strays", () => {
    const pattern = /^[A-Za-z0-9+/]+={0,2}$/;
    const character = fc.constantFrom(..."AZaz09+/=== -_.\n\u00e9");
    fc.assert(
      fc.property(fc.array(character, { maxLength: 12 }), (characters) => {
        const text = characters.join("");
        expect(isBase64(text)).toBe(pattern.test(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("decides the edge cases by the padding", () => {
    expect(["QQ==", "QUE=", "QUFB", "A"].map(isBase64)).toEqual([true, true, true, true]);
    expect(["", "=", "==", "Q===", "Q=Q", "Q=Q=", "Q Q", "Q-_"].map(isBase64)).toEqual(Array(8).fill(false));
  });
});
