// The KSK operator's expectations, separate from the policy a document states about itself. Defaults are
// the root zone's (DOMAIN.md section 2, kskm's defaults); an organisation with another policy passes its own.

export interface InspectionPolicy {
  /** Expected zone apex, "." for the root; null accepts any zone. */
  domain: string | null;
  /** Expected number of bundles; null skips the check. */
  bundleCount: number | null;
  /** First-to-last inception, in days, inclusive bounds. */
  inceptionSpanDays: { min: number; max: number } | null;
  /** Days between consecutive inceptions (kskm: 9..11, the last slot stretches to stay aligned). */
  strideDays: { min: number; max: number } | null;
  /** DNSSEC algorithm numbers accepted at all: 8 RSASHA256, 13 ECDSAP256SHA256. */
  approvedAlgorithms: readonly number[];
  /** RSA keys shorter than this, or with another exponent, are reported as weak (a warning). */
  rsaMinBits: number;
  rsaExponents: readonly number[];
  /**
   * Deviation from the document's own validity/overlap windows, in seconds, reported as a warning rather
   * than an error. Early root KSRs end bundles at 23:59:59 and so miss their own P15D/P5D by 1 second.
   */
  policyToleranceSeconds: number;
  /**
   * Documents whose first bundle starts before this instant only get warnings for breaking their own
   * validity/overlap windows: root KSRs before 2016 routinely stated windows their bundles did not keep
   * (ksr-root-2010-q1-0 overlaps its last bundle 6 days against its own P5D), and kskm's tests accept
   * them the same way. null = always strict.
   */
  lenientOwnPolicyBefore: number | null;
  /** Signatures may not expire more than this many days after `now` (DPS 5.1.4); needs a `now`. */
  horizonDays: number;
}

export const ROOT_INSPECTION_POLICY: InspectionPolicy = {
  domain: ".",
  bundleCount: 9,
  inceptionSpanDays: { min: 79, max: 81 },
  strideDays: { min: 9, max: 11 },
  approvedAlgorithms: [8, 13],
  rsaMinBits: 2048,
  rsaExponents: [65537],
  policyToleranceSeconds: 1,
  lenientOwnPolicyBefore: Date.UTC(2016, 0, 1),
  horizonDays: 180,
};

/**
 * Knot DNS offline-KSK files (keymgr generate-ksr / sign-ksr) state no policy of their own and serve any
 * zone, on the schedule of the operator's knotd policy: they get every check a signer needs (order, gaps,
 * duplicates, keys, every signature, the horizon) but not the root's nine bundles, stride and span.
 */
export const KNOT_INSPECTION_POLICY: InspectionPolicy = {
  ...ROOT_INSPECTION_POLICY,
  domain: null,
  bundleCount: null,
  inceptionSpanDays: null,
  strideDays: null,
  lenientOwnPolicyBefore: null,
};
