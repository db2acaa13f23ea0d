import "server-only";
import { eq, inArray, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { ceremonies, invitations } from "@/db/schema";

/**
 * The ceremonies a person may see in a list: every one for someone who sees all of them (policy's
 * `seesEveryCeremony`), otherwise those they are invited to. A condition for a query's `where`, so the
 * scope costs no statement of its own.
 */
export function visibleCeremonies(db: Queryable, personId: string, seesAll: boolean): SQL | undefined {
  if (seesAll) return undefined;
  const invited = db
    .select({ id: invitations.ceremonyId })
    .from(invitations)
    .where(eq(invitations.personId, personId));
  return inArray(ceremonies.id, invited);
}
