import { words } from "@/app/components/manage/options";
import { countryName } from "@/lib/domain/quorum/country-names";

type Described = { from: string; to: string; kind: string; start: string; end: string; days?: number | null };

/** "From GB to US: quarantine 14 days, 2026-01-01 to 2026-02-01" — for previews and tables. */
export function describeRestriction(r: Described): string {
  const from = r.from === "*" ? "anywhere" : countryName(r.from);
  const kind = r.kind === "quarantine" ? `quarantine ${r.days} days` : words(r.kind);
  return `From ${from} to ${countryName(r.to)}: ${kind}, ${r.start} to ${r.end}`;
}
