import { error, type Finding } from "../findings";
import type { InspectionPolicy } from "../inspection-policy";
import type { KsrDocument } from "../model";

/** Domain, bundle count and bundle id uniqueness (kskm KSR-DOMAIN, bundle count, KSR-BUNDLE-UNIQUE). */
export function checkDocument(document: KsrDocument, policy: InspectionPolicy): Finding[] {
  const findings: Finding[] = [];
  if (document.domain !== policy.domain) {
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
  const seen = new Set<string>();
  for (const bundle of document.bundles) {
    if (seen.has(bundle.id))
      findings.push(error("bundle_id_duplicate", `bundle id ${bundle.id} appears more than once`));
    seen.add(bundle.id);
  }
  return findings;
}
