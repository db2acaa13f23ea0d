import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { ceremonyTemplates } from "@/db/schema";
import { isUuid } from "./is-uuid";

/** A requirement as templates store it (role, optional credential set, minimum). */
export type { TemplateRequirement } from "@/db/schema";

export async function listTemplates(db: Queryable) {
  return db.select().from(ceremonyTemplates).orderBy(asc(ceremonyTemplates.name));
}

export async function getTemplate(db: Queryable, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(ceremonyTemplates).where(eq(ceremonyTemplates.id, id));
  return row ?? null;
}
