import "server-only";
import { requireAccess } from "@/lib/auth/guard";
import { planningChoices } from "@/lib/queries/planning/ceremony-list";
import { getRuntime } from "@/lib/runtime";

/** The query string (the date finder's pre-fill) and the facility and template choices for /ceremonies/new. */
export async function loadNewCeremonyPage(searchParams: Promise<Record<string, string>>) {
  await requireAccess("ceremonies.manage", "/ceremonies/new");
  const params = await searchParams;
  const { db } = await getRuntime();
  const choices = await planningChoices(db);
  return { params, choices };
}
