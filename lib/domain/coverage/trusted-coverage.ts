import {
  type AssessableBundle,
  assessBundle,
  type BundleAssessment,
  type TrustAnchor,
} from "@/lib/domain/trust";
import { type Coverage, computeCoverage } from "./coverage";
import type { BundleWindow } from "./types";

/** An SKR as coverage needs it: its zone and its bundles with the signers that verified. */
export interface SkrForCoverage<B extends AssessableBundle = AssessableBundle> {
  domain: string;
  bundles: readonly B[];
}

/** A bundle that counts, with the window it counts for, and the bundle and SKR it came from. */
export interface CountedWindow<S, B> extends BundleWindow {
  skr: S;
  bundle: B;
}

export interface TrustedCoverage<S, B> {
  coverage: Coverage | null;
  /** The windows that count, one per counted bundle. */
  counted: CountedWindow<S, B>[];
  /** Per SKR, per bundle in order, whether it counts and why not. */
  assessments: BundleAssessment[][];
  /** Bundles left out, by reason ("not counted: signature does not verify" → 9). */
  leftOut: { reason: string; bundles: number }[];
}

/**
 * Coverage from the bundles whose KSK signature verified and whose signer is a trust anchor for the SKR's
 * zone (any verified signer when `anchors` is null). The one place coverage meets verification: the app,
 * its alerts and the CLI all count through here, so an SKR whose signatures fail never extends coverage.
 */
export function trustedCoverage<S extends SkrForCoverage>(
  skrs: readonly S[],
  anchors: readonly TrustAnchor[] | null,
): TrustedCoverage<S, S["bundles"][number]> {
  const counted: CountedWindow<S, S["bundles"][number]>[] = [];
  const reasons = new Map<string, number>();
  const assessments = skrs.map((skr) =>
    skr.bundles.map((bundle) => {
      const assessment = assessBundle(bundle, skr.domain, anchors);
      if (assessment.counted) {
        const { inception, expiration } = assessment;
        counted.push({ id: bundle.id, inception, expiration, skr, bundle });
      } else reasons.set(assessment.reason, (reasons.get(assessment.reason) ?? 0) + 1);
      return assessment;
    }),
  );
  return {
    coverage: computeCoverage(counted),
    counted,
    assessments,
    leftOut: [...reasons].map(([reason, bundles]) => ({ reason, bundles })),
  };
}
