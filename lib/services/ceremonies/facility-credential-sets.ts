import "server-only";
import { eq, inArray, or } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { credentialSets } from "@/db/schema";
import { credentialShortfall } from "@/lib/domain/credential-sets";
import { words } from "@/lib/domain/words";
import { AppError } from "@/lib/errors";

export interface RequirementRow {
  role: string;
  credentialSetId: string | null;
  min: number;
}

/**
 * Credentials open the HSMs of the facility that holds them, so a credential requirement can only name a
 * set held where the ceremony takes place. Brings `requirements` to `facility`: a set held elsewhere is
 * replaced by the facility's own set of the same kind when it has exactly one (a ceremony moved from
 * East to West needs West's crypto officers); otherwise the move is refused, naming the set, on `field`.
 */
export async function requirementsAtFacility<T extends RequirementRow>(
  tx: Queryable,
  facility: { id: string; name: string },
  requirements: readonly T[],
  field: string,
): Promise<{ requirements: T[]; replaced: { from: string; to: string }[] }> {
  const named = requirements.flatMap((r) => (r.credentialSetId ? [r.credentialSetId] : []));
  if (named.length === 0) return { requirements: [...requirements], replaced: [] };
  const sets = await tx
    .select()
    .from(credentialSets)
    .where(or(eq(credentialSets.facilityId, facility.id), inArray(credentialSets.id, named)));
  const byId = new Map(sets.map((set) => [set.id, set]));
  const replaced: { from: string; to: string }[] = [];
  const problems: string[] = [];
  const moved = requirements.map((requirement) => {
    const set = requirement.credentialSetId ? byId.get(requirement.credentialSetId) : undefined;
    if (!set || set.facilityId === facility.id) return requirement;
    const local = sets.filter((s) => s.facilityId === facility.id && s.kind === set.kind);
    const only = local.length === 1 ? local[0] : undefined;
    const kind = words(set.kind);
    if (!only) {
      problems.push(
        local.length === 0
          ? `${facility.name} holds no ${kind} credential set to replace ${set.code}.`
          : `${facility.name} holds several ${kind} credential sets: take the ${set.code} requirement off, move the ceremony, then add the set it needs.`,
      );
      return requirement;
    }
    const shortfall = credentialShortfall(only, requirement.min);
    if (shortfall) {
      problems.push(shortfall);
      return requirement;
    }
    replaced.push({ from: set.code, to: only.code });
    return { ...requirement, credentialSetId: only.id };
  });
  if (problems.length > 0)
    throw new AppError("invalid_input", "The credential sets do not fit this facility.", {
      [field]: problems.join(" "),
    });
  return { requirements: moved, replaced };
}
