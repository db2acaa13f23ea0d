import { COUNTRY_CODES, type CountryCode, isCountryCode } from "./countries";

// Country names for people: the picker offers "Singapore (SG)", and typed text is read as a code or a
// name, never cut down to a code ("Singapore" must not become SI, Slovenia).

const display = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

/** The English short name of a code ("SG" -> "Singapore"); anything else is returned as given. */
export function countryName(code: string): string {
  return isCountryCode(code) ? (display.of(code) ?? code) : code;
}

/** How a stored code is shown and offered: "Singapore (SG)". */
export function countryLabel(code: string): string {
  return isCountryCode(code) ? `${countryName(code)} (${code})` : code;
}

/** Every country as the picker lists it, by name. */
export const COUNTRY_CHOICES: readonly { code: CountryCode; label: string }[] = COUNTRY_CODES.map((code) => ({
  code,
  label: countryLabel(code),
})).sort((a, b) => a.label.localeCompare(b.label, "en"));

// Other names people type for a country, beside its English short name.
const ALIASES: Record<string, CountryCode> = {
  usa: "US",
  "united states of america": "US",
  america: "US",
  uk: "GB",
  "great britain": "GB",
  britain: "GB",
  england: "GB",
  scotland: "GB",
  wales: "GB",
  "northern ireland": "GB",
  russia: "RU",
  "russian federation": "RU",
  korea: "KR",
  "republic of korea": "KR",
  "korea republic of": "KR",
  "north korea": "KP",
  "czech republic": "CZ",
  holland: "NL",
  "the netherlands": "NL",
  vietnam: "VN",
  "viet nam": "VN",
  iran: "IR",
  "ivory coast": "CI",
  "cote divoire": "CI",
  turkey: "TR",
  turkiye: "TR",
  taiwan: "TW",
  "hong kong": "HK",
  macau: "MO",
  macao: "MO",
  burma: "MM",
  myanmar: "MM",
  palestine: "PS",
  vatican: "VA",
  "holy see": "VA",
  laos: "LA",
  syria: "SY",
  bolivia: "BO",
  venezuela: "VE",
  tanzania: "TZ",
  moldova: "MD",
  brunei: "BN",
  "cape verde": "CV",
  swaziland: "SZ",
  "east timor": "TL",
  "timor leste": "TL",
  macedonia: "MK",
  "democratic republic of the congo": "CD",
  drc: "CD",
  "republic of the congo": "CG",
  micronesia: "FM",
  uae: "AE",
};

/** Lowercase, no accents or punctuation, "&" as "and", "saint" as "st": how names are compared. */
function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .map((word) => (word === "saint" ? "st" : word))
    .join(" ");
}

const BY_NAME = new Map<string, CountryCode>([
  ...COUNTRY_CODES.map((code): [string, CountryCode] => [normalize(countryName(code)), code]),
  ...Object.entries(ALIASES).map(([alias, code]): [string, CountryCode] => [normalize(alias), code]),
]);

/**
 * Reads a country as people give it: a code ("sg"), a name ("Singapore", "Côte d'Ivoire", "USA") or the
 * picker's "Singapore (SG)". Null when it is none of these; text is never shortened into a code.
 */
export function parseCountry(text: string): CountryCode | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const picked = /\(([A-Za-z]{2})\)\s*$/.exec(trimmed);
  if (picked) {
    const code = (picked[1] as string).toUpperCase();
    const name = trimmed.slice(0, picked.index).trim();
    if (!isCountryCode(code)) return null;
    return name === "" || BY_NAME.get(normalize(name)) === code ? code : null;
  }
  const upper = trimmed.toUpperCase();
  if (isCountryCode(upper)) return upper;
  return BY_NAME.get(normalize(trimmed)) ?? null;
}
