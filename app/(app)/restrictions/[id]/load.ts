import "server-only";
import { notFound } from "next/navigation";
import { requireAccess } from "@/lib/auth/guard";
import { getRestriction } from "@/lib/queries/management/restrictions";
import { getRuntime } from "@/lib/runtime";

/** One travel restriction for /restrictions/[id], with the viewer; a missing one is a 404. */
export async function loadRestrictionPage(params: Promise<{ id: string }>) {
  const { id } = await params;
  const actor = await requireAccess("restrictions.view", `/restrictions/${id}`);
  const { db } = await getRuntime();
  const r = await getRestriction(db, id);
  if (!r) notFound();
  return { actor, r };
}
