import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { Db } from "@/db/client";
import { ceremonies, ceremonyRequirements, credentialSets } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { credentialShortfall } from "@/lib/domain/credential-sets";
import { AppError } from "@/lib/errors";
import { refreshVerdicts } from "@/lib/services/planning/refresh-verdicts";
import { staleWrite } from "@/lib/services/shared/stale-write";
import { dateOf, type Instant } from "@/lib/time";
import { requirementsSchema } from "@/lib/validation/ceremony";
import { parseInput } from "@/lib/validation/parse-input";
import { ceremonyFormValues } from "./form-values";
import { loadForChange } from "./load-for-change";

const CREDENTIAL_ROLES = new Set(["crypto_officer", "recovery_key_shareholder"]);

/** Replaces what a ceremony needs (per role a minimum; credential roles name their set). */
export async function setRequirements(db: Db, boss: PgBoss, actor: Actor, raw: unknown, now: Instant) {
  authorize(actor, "ceremonies.manage");
  const input = parseInput(requirementsSchema, raw);
  return db.transaction(async (tx) => {
    const { ceremony } = await loadForChange(tx, input.id);
    if (ceremony.version !== input.version)
      throw staleWrite(ceremonyFormValues(ceremony), `Ceremony ${ceremony.label}`);
    const setIds = input.requirements.flatMap((r) => (r.credentialSetId ? [r.credentialSetId] : []));
    const sets = setIds.length
      ? await tx.select().from(credentialSets).where(inArray(credentialSets.id, setIds))
      : [];
    const fields: Record<string, string> = {};
    const seen = new Set<string>();
    input.requirements.forEach((r, i) => {
      const set = sets.find((s) => s.id === r.credentialSetId);
      const key = `${r.role}/${r.credentialSetId ?? ""}`;
      if (seen.has(key)) fields[`requirements.${i}.role`] = "This requirement is listed twice.";
      seen.add(key);
      if (CREDENTIAL_ROLES.has(r.role) && !set)
        fields[`requirements.${i}.credentialSetId`] = "Choose the credential set.";
      if (!CREDENTIAL_ROLES.has(r.role) && r.credentialSetId)
        fields[`requirements.${i}.credentialSetId`] = "Only credential roles use a set.";
      if (!set) return;
      if (set.facilityId !== ceremony.facilityId)
        fields[`requirements.${i}.credentialSetId`] =
          `${set.code} is held at another facility; ${ceremony.label} is at ${ceremony.facility.name}.`;
      const shortfall = credentialShortfall(set, r.min);
      if (shortfall) fields[`requirements.${i}.min`] = shortfall;
    });
    if (Object.keys(fields).length > 0)
      throw new AppError("invalid_input", "Check the requirements.", fields);
    const [row] = await tx
      .update(ceremonies)
      .set({ version: sql`${ceremonies.version} + 1`, updatedAt: dateOf(now) })
      .where(and(eq(ceremonies.id, ceremony.id), eq(ceremonies.version, input.version)))
      .returning({ version: ceremonies.version });
    if (!row) throw staleWrite(ceremonyFormValues(ceremony), `Ceremony ${ceremony.label}`);
    const before = await tx
      .select()
      .from(ceremonyRequirements)
      .where(eq(ceremonyRequirements.ceremonyId, ceremony.id));
    await tx.delete(ceremonyRequirements).where(eq(ceremonyRequirements.ceremonyId, ceremony.id));
    if (input.requirements.length > 0) {
      await tx.insert(ceremonyRequirements).values(
        input.requirements.map((r) => ({
          ceremonyId: ceremony.id,
          role: r.role,
          credentialSetId: r.credentialSetId ?? null,
          min: r.min,
        })),
      );
    }
    await recordAudit(
      tx,
      actor,
      {
        action: "ceremony.requirements",
        subjectType: "ceremony",
        subjectId: ceremony.id,
        summary: {
          before: before.map((r) => ({ role: r.role, credentialSetId: r.credentialSetId, min: r.min })),
          after: input.requirements,
        },
      },
      now,
    );
    await refreshVerdicts(tx, boss, actor, { ceremonyIds: [ceremony.id] }, now);
    return row;
  });
}
