/** An SKR with its bundles and, per bundle in the same order, whether it counts toward coverage. */
interface WithAssessedBundles<B, A extends { counted: boolean }> {
  bundles: B[];
  assessments: A[];
}

/** The SKR with only its bundles that count toward coverage (what the timeline draws). */
export function countedOnly<B, A extends { counted: boolean }, S extends WithAssessedBundles<B, A>>(
  skr: S,
): S {
  const keep = skr.bundles.map((_, i) => skr.assessments[i]?.counted === true);
  return {
    ...skr,
    bundles: skr.bundles.filter((_, i) => keep[i]),
    assessments: skr.assessments.filter((_, i) => keep[i]),
  };
}
