import "server-only";
import { can } from "@/lib/auth/policy";
import { lastFailedMailTo } from "@/lib/queries/mail-failures";
import { activeSeatsOf, listCredentialSetOptions } from "@/lib/queries/management/credential-sets";
import { getPerson } from "@/lib/queries/management/people";
import { loadRecordPage } from "@/lib/routes/record-page";

/**
 * One person for /people/[id]: the person, what the viewer may do, the sets and active seats for the seat
 * forms (only for those who manage credentials), whether they were just invited and the last failed mail.
 */
export async function loadPersonPage(
  params: Promise<{ id: string }>,
  searchParams: Promise<Record<string, string | string[] | undefined>>,
) {
  const {
    actor,
    db,
    record: person,
  } = await loadRecordPage(params, "people.view", (id) => `/people/${id}`, getPerson);
  const canEdit = can(actor.roles, "people.manage");
  const canSeats = can(actor.roles, "credentials.manage");
  const [sets, actives] = canSeats
    ? await Promise.all([
        listCredentialSetOptions(db),
        activeSeatsOf(
          db,
          person.seats.map((s) => s.setId),
        ),
      ])
    : [[], []];
  const invited = (await searchParams).invited === "1";
  const failedMail = can(actor.roles, "mail.view_failures") ? await lastFailedMailTo(db, person.email) : null;
  return { person, canEdit, canSeats, sets, actives, invited, failedMail };
}
