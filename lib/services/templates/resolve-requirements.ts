import "server-only";
import { inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "@/db/client";
import { credentialSets, type TemplateRequirement } from "@/db/schema";
import { credentialShortfall } from "@/lib/domain/credential-sets";
import { words } from "@/lib/domain/words";
import { AppError } from "@/lib/errors";
import type { requirementInput } from "@/lib/validation/template";

const SET_KIND_FOR_ROLE: Record<string, string> = {
  crypto_officer: "crypto_officer",
  recovery_key_shareholder: "recovery_key_share",
};

/**
 * Checks each requirement against the credential sets it names: the set exists and suits the role, and
 * min defaults to n and never exceeds it. A min below m is allowed (a drill, a partial ceremony) but
 * warned about, because it cannot activate the HSM.
 */
export async function resolveRequirements(tx: Tx, input: z.output<typeof requirementInput>[]) {
  const ids = input.flatMap((r) => (r.credentialSetId ? [r.credentialSetId] : []));
  const sets = ids.length
    ? await tx.select().from(credentialSets).where(inArray(credentialSets.id, ids))
    : [];
  const byId = new Map(sets.map((s) => [s.id, s]));
  const fields: Record<string, string> = {};
  const warnings: string[] = [];
  const seen = new Set<string>();
  const requirements: TemplateRequirement[] = input.map((r, i) => {
    const key = `${r.role}:${r.credentialSetId ?? ""}`;
    if (seen.has(key)) fields[`requirements.${i}.role`] = "This role and set are already required above.";
    seen.add(key);
    if (!r.credentialSetId) return { role: r.role, credentialSetId: null, min: r.min ?? 1 };
    const set = byId.get(r.credentialSetId);
    if (!set) {
      fields[`requirements.${i}.credentialSetId`] = "That credential set does not exist.";
      return { role: r.role, credentialSetId: r.credentialSetId, min: r.min ?? 1 };
    }
    if (SET_KIND_FOR_ROLE[r.role] !== set.kind) {
      fields[`requirements.${i}.credentialSetId`] = `${set.code} holds ${words(set.kind)} credentials.`;
    }
    const min = r.min ?? set.size;
    const shortfall = credentialShortfall(set, min);
    if (shortfall) fields[`requirements.${i}.min`] = shortfall;
    else if (min < set.threshold) {
      warnings.push(
        `${set.code}: ${min} required, but the HSM needs ${set.threshold} of ${set.size} to activate.`,
      );
    }
    return { role: r.role, credentialSetId: set.id, min };
  });
  if (Object.keys(fields).length > 0) {
    throw new AppError("invalid_input", "Check the highlighted requirements.", fields);
  }
  return { requirements, warnings };
}
