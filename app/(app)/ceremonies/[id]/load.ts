import { notFound } from "next/navigation";
import { z } from "zod";
import { requireAccess } from "@/lib/auth/guard";
import type { PolicyAction } from "@/lib/auth/policy";
import { ceremonyPage } from "@/lib/queries/planning/ceremony-page";
import { getRuntime } from "@/lib/runtime";

/** The ceremony behind /ceremonies/[id] and its sub-pages, after the policy check for `action`. */
export async function loadCeremony(
  params: Promise<{ id: string }>,
  action: PolicyAction,
  path = "",
  margin?: number,
) {
  const { id } = await params;
  const actor = await requireAccess(action, `/ceremonies/${id}${path}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const { db } = await getRuntime();
  const data = await ceremonyPage(db, id, new Date(), margin);
  if (!data) notFound();
  return { actor, db, data };
}
