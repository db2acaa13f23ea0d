import { buildDocument } from "./build-model";
import type { KsrDocument } from "./model";
import { DEFAULT_LIMITS, type ParseLimits } from "./schema";
import { parseXmlTree } from "./xml-tree";

/** Parses a KSR or SKR under hard limits; throws KsrParseError (with a line) on anything unexpected. */
export function parseKsrDocument(bytes: Uint8Array, limits: ParseLimits = DEFAULT_LIMITS): KsrDocument {
  return buildDocument(parseXmlTree(bytes, limits));
}
