import "server-only";
import type { Db } from "@/db/client";
import { people } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { auditChange } from "@/lib/services/shared/audit-change";
import { withUniqueFields } from "@/lib/services/shared/unique-violation";
import type { Instant } from "@/lib/time";
import { parseInput } from "@/lib/validation/parse-input";
import { invitePersonInput } from "@/lib/validation/person";

/**
 * Registers someone so they can sign in with a magic link. No mail goes out yet: the coordinator tells
 * them to sign in; a person with no ceremony or seat changes no verdict, so none is refreshed.
 */
export async function invitePerson(db: Db, actor: Actor, input: Record<string, unknown>, now: Instant) {
  authorize(actor, "people.manage");
  const values = parseInput(invitePersonInput, input);
  return withUniqueFields(
    () =>
      db.transaction(async (tx) => {
        const [row] = await tx.insert(people).values(values).returning({ id: people.id });
        const id = row?.id as string;
        await auditChange(tx, actor, "person.invite", id, { before: null, after: values }, now);
        return { id };
      }),
    { people_email_unique: { field: "email", message: "This email address is already registered." } },
  );
}
