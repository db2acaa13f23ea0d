import { formatDurationSeconds, formatInstantUtc } from "@/lib/time";
import { error, type Finding, type FindingCode, warning } from "../findings";
import type { InspectionPolicy } from "../inspection-policy";
import type { Bundle, KsrDocument, SignaturePolicy } from "../model";

const DAY = 86_400;

function seconds(from: number, to: number): number {
  return Math.round((to - from) / 1000);
}

/** A value against a [min, max] window; small deviations (see policyToleranceSeconds) only warn. */
function windowFinding(
  code: FindingCode,
  what: string,
  value: number,
  window: { min: number; max: number },
  tolerance: number,
): Finding | null {
  const miss = value < window.min ? window.min - value : value > window.max ? value - window.max : 0;
  if (miss === 0) return null;
  const bound =
    value < window.min
      ? `< minimum ${formatDurationSeconds(window.min)}`
      : `> maximum ${formatDurationSeconds(window.max)}`;
  const message = `${what} ${formatDurationSeconds(value)} ${bound}`;
  if (miss <= tolerance) {
    const why = Number.isFinite(tolerance) ? "within tolerance" : "tolerated for a pre-2016 document";
    return warning(code, `${message} (off by ${formatDurationSeconds(miss)}, ${why})`);
  }
  return error(code, message);
}

/** Each bundle's validity, and its overlap with the bundle before it, against one of the document's policies. */
function policyChecks(
  bundles: Bundle[],
  policy: SignaturePolicy,
  label: string,
  tolerance: number,
  findings: Finding[],
): void {
  // Messages are built only for values outside their window (windowFinding finds nothing otherwise).
  const { minSignatureValidity, maxSignatureValidity, minValidityOverlap, maxValidityOverlap } = policy;
  for (let index = 0; index < bundles.length; index++) {
    const bundle = bundles[index] as Bundle;
    const validity = seconds(bundle.inception, bundle.expiration);
    if (validity < minSignatureValidity || validity > maxSignatureValidity) {
      const finding = windowFinding(
        "validity_out_of_policy",
        `bundle ${bundle.id}: validity against the ${label} policy`,
        validity,
        { min: minSignatureValidity, max: maxSignatureValidity },
        tolerance,
      );
      if (finding) findings.push(finding);
    }
    const previous = bundles[index - 1];
    if (!previous || bundle.inception > previous.expiration) continue;
    const overlap = seconds(bundle.inception, previous.expiration);
    if (overlap < minValidityOverlap || overlap > maxValidityOverlap) {
      const finding = windowFinding(
        "overlap_out_of_policy",
        `bundle ${bundle.id}: overlap with bundle ${previous.id} against the ${label} policy`,
        overlap,
        { min: minValidityOverlap, max: maxValidityOverlap },
        tolerance,
      );
      if (finding) findings.push(finding);
    }
  }
}

/** Order, gaps, stride and span of the bundle timeline, then each bundle against the document's policies. */
export function checkTimeline(
  document: KsrDocument,
  policy: InspectionPolicy,
  findings: Finding[] = [],
): Finding[] {
  const { bundles } = document;
  const { strideDays } = policy;
  for (let index = 1; index < bundles.length; index++) {
    const bundle = bundles[index] as Bundle;
    const previous = bundles[index - 1] as Bundle;
    if (bundle.inception <= previous.inception) {
      findings.push(
        error(
          "bundles_out_of_order",
          `bundle ${bundle.id} starts no later than the bundle before it (${previous.id})`,
        ),
      );
      continue;
    }
    if (bundle.inception > previous.expiration) {
      findings.push(
        error(
          "bundle_gap",
          `bundle ${bundle.id} starts ${formatInstantUtc(bundle.inception)}, after bundle ${previous.id} expired ${formatInstantUtc(previous.expiration)}: no valid signature in between`,
        ),
      );
    }
    if (strideDays) {
      const stride = seconds(previous.inception, bundle.inception);
      const window = { min: strideDays.min * DAY, max: strideDays.max * DAY };
      if (stride < window.min || stride > window.max) {
        const finding = windowFinding(
          "inception_stride",
          `bundle ${bundle.id}: inception stride`,
          stride,
          window,
          0,
        );
        if (finding) findings.push(finding);
      }
    }
  }
  const first = bundles[0];
  const last = bundles[bundles.length - 1];
  if (policy.inceptionSpanDays && first && last && bundles.length > 1) {
    const window = { min: policy.inceptionSpanDays.min * DAY, max: policy.inceptionSpanDays.max * DAY };
    const what = `first-to-last inception (bundle ${first.id} to bundle ${last.id})`;
    const finding = windowFinding(
      "inception_span",
      what,
      seconds(first.inception, last.inception),
      window,
      0,
    );
    if (finding) findings.push(finding);
  }
  const lenient =
    policy.lenientOwnPolicyBefore !== null &&
    first !== undefined &&
    first.inception < policy.lenientOwnPolicyBefore;
  const tolerance = lenient ? Number.POSITIVE_INFINITY : policy.policyToleranceSeconds;
  if (document.zskPolicy) policyChecks(bundles, document.zskPolicy, "ZSK", tolerance, findings);
  if (document.kskPolicy) policyChecks(bundles, document.kskPolicy, "KSK", tolerance, findings);
  return findings;
}

/** DPS 5.1.4: no signature may expire more than `horizonDays` after signing (`now`), nor already have. */
export function checkHorizon(
  document: KsrDocument,
  policy: InspectionPolicy,
  now: number,
  findings: Finding[] = [],
): Finding[] {
  for (const bundle of document.bundles) {
    const days = Math.floor(seconds(now, bundle.expiration) / DAY);
    if (days > policy.horizonDays) {
      findings.push(
        error(
          "signature_horizon",
          `bundle ${bundle.id} expires in ${days} days, beyond the ${policy.horizonDays}-day horizon`,
        ),
      );
    } else if (bundle.expiration <= now) {
      findings.push(
        error(
          "signature_horizon",
          `bundle ${bundle.id} expired ${formatInstantUtc(bundle.expiration)}, before ${formatInstantUtc(now)}`,
        ),
      );
    }
  }
  return findings;
}
