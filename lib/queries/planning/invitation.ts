import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { ceremonies, facilities, invitations, people } from "@/db/schema";
import type { CeremonyRow } from "./load-quorum";

/** One invitation with its invitee and ceremony, in one query: what answering it needs. */
export async function loadInvitation(db: Queryable, invitationId: string) {
  const [row] = await db
    .select({ invitation: invitations, person: people, ceremony: ceremonies, facility: facilities })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .innerJoin(ceremonies, eq(ceremonies.id, invitations.ceremonyId))
    .innerJoin(facilities, eq(facilities.id, ceremonies.facilityId))
    .where(eq(invitations.id, invitationId));
  if (!row) return null;
  const ceremony: CeremonyRow = { ...row.ceremony, facility: row.facility };
  return { invitation: row.invitation, person: row.person, ceremony };
}
