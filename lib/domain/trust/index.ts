export * from "./assess-bundles";
export { dsDigest } from "./ds-digest";
export { canonicalOwner } from "./owner-name";
export { parseTrustAnchors } from "./parse-anchors";
export { ROOT_TRUST_ANCHORS } from "./root-anchors";
export * from "./types";
