import "server-only";
import { requireAccess } from "@/lib/auth/guard";
import { listCredentialSetOptions } from "@/lib/queries/management/credential-sets";
import { listPeopleFiltered, parsePeopleFilter } from "@/lib/queries/management/people";
import { getRuntime } from "@/lib/runtime";

/** The /people list: the viewer, the parsed filter, the people matching it and the credential sets to filter by. */
export async function loadPeoplePage(searchParams: Promise<Record<string, string | string[] | undefined>>) {
  const actor = await requireAccess("people.view", "/people");
  const { db } = await getRuntime();
  const filter = parsePeopleFilter(await searchParams);
  const [rows, sets] = await Promise.all([listPeopleFiltered(db, filter), listCredentialSetOptions(db)]);
  return { actor, filter, rows, sets };
}
