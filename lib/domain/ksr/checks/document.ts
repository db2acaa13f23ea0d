import { error, type Finding } from "../findings";
import type { InspectionPolicy } from "../inspection-policy";
import type { Bundle, KsrDocument } from "../model";

/** Domain, bundle count and bundle id uniqueness (kskm KSR-DOMAIN, bundle count, KSR-BUNDLE-UNIQUE). */
export function checkDocument(
  document: KsrDocument,
  policy: InspectionPolicy,
  findings: Finding[] = [],
): Finding[] {
  if (policy.domain !== null && document.domain !== policy.domain) {
    findings.push(
      error("domain_mismatch", `document is for domain "${document.domain}", expected "${policy.domain}"`),
    );
  }
  if (policy.bundleCount !== null && document.bundles.length !== policy.bundleCount) {
    findings.push(
      error(
        "bundle_count",
        `document has ${document.bundles.length} bundles, expected ${policy.bundleCount}`,
      ),
    );
  }
  const { bundles } = document;
  const seen = new Set<string>();
  for (let i = 0; i < bundles.length; i++) {
    const { id } = bundles[i] as Bundle;
    if (seen.has(id)) findings.push(error("bundle_id_duplicate", `bundle id ${id} appears more than once`));
    seen.add(id);
  }
  return findings;
}
