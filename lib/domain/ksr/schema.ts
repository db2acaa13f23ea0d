// The closed vocabulary of KSR/SKR XML: which elements exist, where each may appear, which attributes
// it carries, and whether it holds text. Anything not listed here is refused.

export type ContentKind = "elements" | "text" | "empty";

export interface ElementRule {
  /** The element's name, as listed below. */
  name: string;
  parents: readonly string[];
  attributes: readonly string[];
  content: ContentKind;
  /** One bit per element that holds elements (0 for the others), so that the parent check is one AND. */
  bit: number;
  /** The bits of the allowed parents. */
  parentBits: number;
}

type Rule = Pick<ElementRule, "parents" | "attributes" | "content">;

const POLICY_PARENTS = ["ZSK", "KSK"] as const;
const BUNDLES = ["RequestBundle", "ResponseBundle"] as const;

const durationLeaf: Rule = { parents: POLICY_PARENTS, attributes: [], content: "text" };
const bundleLeaf: Rule = { parents: BUNDLES, attributes: [], content: "text" };
const keyLeaf: Rule = { parents: ["Key"], attributes: [], content: "text" };
const signatureLeaf: Rule = { parents: ["Signature"], attributes: [], content: "text" };
const keyOrSignatureLeaf: Rule = { parents: ["Key", "Signature"], attributes: [], content: "text" };

const RULES: Readonly<Record<string, Rule>> = {
  KSR: { parents: [], attributes: ["id", "domain", "serial"], content: "elements" },
  Request: { parents: ["KSR"], attributes: [], content: "elements" },
  Response: { parents: ["KSR"], attributes: [], content: "elements" },
  RequestPolicy: { parents: ["Request"], attributes: [], content: "elements" },
  ResponsePolicy: { parents: ["Response"], attributes: [], content: "elements" },
  ZSK: { parents: ["RequestPolicy", "ResponsePolicy"], attributes: [], content: "elements" },
  KSK: { parents: ["ResponsePolicy"], attributes: [], content: "elements" },
  PublishSafety: durationLeaf,
  RetireSafety: durationLeaf,
  MaxSignatureValidity: durationLeaf,
  MinSignatureValidity: durationLeaf,
  MaxValidityOverlap: durationLeaf,
  MinValidityOverlap: durationLeaf,
  SignatureAlgorithm: { parents: POLICY_PARENTS, attributes: ["algorithm"], content: "elements" },
  RSA: { parents: ["SignatureAlgorithm"], attributes: ["size", "exponent"], content: "empty" },
  ECDSA: { parents: ["SignatureAlgorithm"], attributes: ["size"], content: "empty" },
  RequestBundle: { parents: ["Request"], attributes: ["id"], content: "elements" },
  ResponseBundle: { parents: ["Response"], attributes: ["id"], content: "elements" },
  Inception: bundleLeaf,
  Expiration: bundleLeaf,
  Signer: { parents: ["RequestBundle"], attributes: ["keyIdentifier"], content: "empty" },
  Key: { parents: BUNDLES, attributes: ["keyIdentifier", "keyTag"], content: "elements" },
  Flags: keyLeaf,
  Protocol: keyLeaf,
  PublicKey: keyLeaf,
  TTL: keyOrSignatureLeaf,
  Algorithm: keyOrSignatureLeaf,
  Signature: { parents: BUNDLES, attributes: ["keyIdentifier"], content: "elements" },
  TypeCovered: signatureLeaf,
  Labels: signatureLeaf,
  OriginalTTL: signatureLeaf,
  SignatureExpiration: signatureLeaf,
  SignatureInception: signatureLeaf,
  KeyTag: signatureLeaf,
  SignersName: signatureLeaf,
  SignatureData: signatureLeaf,
};

const CONTAINERS = Object.keys(RULES).filter((name) => RULES[name]?.content === "elements");
if (CONTAINERS.length > 31) throw new Error("schema: more elements hold elements than a bit mask has bits");
for (const [name, rule] of Object.entries(RULES)) {
  for (const parent of rule.parents)
    if (!CONTAINERS.includes(parent))
      throw new Error(`schema: <${name}> lists <${parent}>, which holds no elements`);
}
const bitOf = (name: string) => (CONTAINERS.includes(name) ? 1 << CONTAINERS.indexOf(name) : 0);

// A Map rather than the object itself, so that a name such as "constructor" is simply unknown.
export const ELEMENTS: ReadonlyMap<string, ElementRule> = new Map(
  Object.entries(RULES).map(([name, rule]) => [
    name,
    {
      name,
      ...rule,
      bit: bitOf(name),
      parentBits: rule.parents.reduce((bits, parent) => bits | bitOf(parent), 0),
    },
  ]),
);

/** Hard limits applied to every document before and while parsing. */
export interface ParseLimits {
  maxBytes: number;
  /** XML only. */
  maxDepth: number;
  /** Knot text only: characters per line (default 1024). */
  maxLineLength?: number;
  /** Knot text only: DNSKEY and RRSIG records in the document (default 10,000). */
  maxRecords?: number;
}

export const DEFAULT_LIMITS: ParseLimits = {
  maxBytes: 1024 * 1024,
  maxDepth: 8,
  maxLineLength: 1024,
  maxRecords: 10_000,
};

// The rule for a name, looked up without hashing the name: saxes hands over a fresh string for every tag,
// and hashing it for a Map lookup cost more than the rest of the tag's checks together. A slot, chosen by
// the name's length and three of its characters, holds at most one rule (the factors were picked so that
// every name has its own; the module refuses to load otherwise), confirmed by comparing the whole name.
const SLOT_MASK = 127;

function slotOf(name: string): number {
  const length = name.length;
  // A name under two characters makes the sum NaN, which the mask sends to slot 0 (and the comparison refuses).
  return (
    (length * 5 + name.charCodeAt(0) * 4 + name.charCodeAt(1) * 3 + name.charCodeAt(length - 1)) & SLOT_MASK
  );
}

const SLOTS: (ElementRule | undefined)[] = new Array(SLOT_MASK + 1).fill(undefined);
for (const rule of ELEMENTS.values()) {
  const slot = slotOf(rule.name);
  const taken = SLOTS[slot];
  if (taken !== undefined) throw new Error(`schema: <${rule.name}> and <${taken.name}> share slot ${slot}`);
  SLOTS[slot] = rule;
}

/** ELEMENTS.get(name), faster for names that are not interned. */
export function elementRule(name: string): ElementRule | undefined {
  const rule = SLOTS[slotOf(name)];
  return rule !== undefined && rule.name === name ? rule : undefined;
}
