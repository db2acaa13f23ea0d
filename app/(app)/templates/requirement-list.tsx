import { words } from "@/app/components/manage/options";
import type { TemplateRequirement } from "@/lib/queries/management/templates";

type SetInfo = { id: string; code: string; threshold: number; size: number };

/** A template's requirements in words, warning where a set's min cannot activate the HSM (below m). */
export function RequirementList({
  requirements,
  sets,
}: {
  requirements: TemplateRequirement[];
  sets: SetInfo[];
}) {
  const byId = new Map(sets.map((s) => [s.id, s]));
  return (
    <ul>
      {requirements.map((r) => {
        const set = r.credentialSetId ? byId.get(r.credentialSetId) : undefined;
        return (
          <li key={`${r.role}:${r.credentialSetId ?? ""}`}>
            {r.min} × {words(r.role)}
            {set ? ` from ${set.code} (${set.threshold} of ${set.size})` : ""}
            {set && r.min < set.threshold ? (
              <span className="badge warn"> below m: cannot activate the HSM</span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
