import { describe, expect, it } from "vitest";
import { COUNTRY_CODES } from "./countries";
import { COUNTRY_CHOICES, countryLabel, countryName, parseCountry } from "./country-names";

describe("countries as people name them", () => {
  it("reads Singapore as SG, never as SI (Slovenia)", () => {
    expect(parseCountry("Singapore")).toBe("SG");
    expect(parseCountry("  singapore ")).toBe("SG");
    expect(parseCountry("Singapore (SG)")).toBe("SG");
    expect(parseCountry("Si")).toBe("SI");
    expect(countryName("SI")).toBe("Slovenia");
  });

  it("reads codes in any case, names without accents, and common other names", () => {
    expect(parseCountry("se")).toBe("SE");
    expect(parseCountry("Cote d'Ivoire")).toBe("CI");
    expect(parseCountry("Côte d’Ivoire")).toBe("CI");
    expect(parseCountry("USA")).toBe("US");
    expect(parseCountry("United States")).toBe("US");
    expect(parseCountry("UK")).toBe("GB");
    expect(parseCountry("United Kingdom")).toBe("GB");
    expect(parseCountry("Turkey")).toBe("TR");
    expect(parseCountry("Czech Republic")).toBe("CZ");
    expect(parseCountry("Saint Lucia")).toBe("LC");
    expect(parseCountry("Bosnia & Herzegovina")).toBe("BA");
  });

  it("refuses what is no country, and a picker label whose name and code disagree", () => {
    for (const text of ["", "  ", "Atlantis", "XK", "EU", "Sing", "Singapore (SI)", "Slovenia (XX)", "S"])
      expect(parseCountry(text), text).toBeNull();
  });

  it("offers every one of the 249 codes once, and each label reads back as its code", () => {
    expect(COUNTRY_CHOICES).toHaveLength(COUNTRY_CODES.length);
    expect(new Set(COUNTRY_CHOICES.map((c) => c.label)).size).toBe(COUNTRY_CODES.length);
    for (const { code, label } of COUNTRY_CHOICES) {
      expect(parseCountry(label), label).toBe(code);
      expect(parseCountry(countryName(code)), countryName(code)).toBe(code);
    }
    expect(countryLabel("SG")).toBe("Singapore (SG)");
  });
});
