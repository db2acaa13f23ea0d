import "server-only";
import { requireAccess } from "@/lib/auth/guard";
import { listCeremonies } from "@/lib/queries/planning/ceremony-list";
import { getRuntime } from "@/lib/runtime";
import { currentInstant } from "@/lib/time";

/** The upcoming or past ceremonies (per `?when=`) for /ceremonies, after the policy check. */
export async function loadCeremoniesPage(searchParams: Promise<Record<string, string>>) {
  const actor = await requireAccess("ceremonies.view", "/ceremonies");
  const when = (await searchParams).when === "past" ? "past" : "upcoming";
  const { db } = await getRuntime();
  const rows = await listCeremonies(db, currentInstant(), when);
  return { actor, when, rows } as const;
}
