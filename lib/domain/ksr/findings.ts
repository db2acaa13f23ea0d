// Every check result is a finding with a stable code (house rule 1): scripts and the app match on the
// code, people read the message, which always names the bundle concerned.

export const SEVERITIES = ["error", "warning"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FINDING_CODES = [
  "domain_mismatch",
  "bundle_count",
  "bundle_id_duplicate",
  "bundles_out_of_order",
  "inception_span",
  "inception_stride",
  "bundle_gap",
  "validity_out_of_policy",
  "overlap_out_of_policy",
  "algorithm_not_approved",
  "key_not_in_policy",
  "rsa_exponent_mismatch",
  "weak_key",
  "key_tag_mismatch",
  "key_without_signature",
  "signature_key_missing",
  "signature_key_tag_mismatch",
  "signature_window_mismatch",
  "signature_invalid",
  "signature_unverifiable",
  "signature_horizon",
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  severity: Severity;
  code: FindingCode;
  message: string;
}

export function error(code: FindingCode, message: string): Finding {
  return { severity: "error", code, message };
}

export function warning(code: FindingCode, message: string): Finding {
  return { severity: "warning", code, message };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === "error");
}
