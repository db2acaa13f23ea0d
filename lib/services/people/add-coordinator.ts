import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { people } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { Instant } from "@/lib/time";
import { countryField, emailField, timeZoneField } from "@/lib/validation/fields";

export const addCoordinatorSchema = z.object({
  email: emailField,
  name: z.string().trim().min(1).max(200).optional(),
  homeCountry: countryField.default("US"),
  timeZone: timeZoneField.default("UTC"),
});

/** Makes someone a coordinator: creates the person if new, or adds the role to an existing one. */
export async function addCoordinator(
  db: Db,
  actor: Actor,
  input: z.input<typeof addCoordinatorSchema>,
  now: Instant,
) {
  const parsed = addCoordinatorSchema.safeParse(input);
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
    throw new AppError("invalid_input", "The coordinator's details are not valid.", fields);
  }
  const { email, name, homeCountry, timeZone } = parsed.data;
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(people).where(eq(people.email, email)).for("update");
    if (existing) {
      if (existing.roles.includes("coordinator")) return { id: existing.id, created: false, changed: false };
      await tx
        .update(people)
        .set({
          roles: sql`array_append(${people.roles}, 'coordinator')`,
          active: true,
          version: sql`${people.version} + 1`,
        })
        .where(eq(people.id, existing.id));
      await recordAudit(
        tx,
        actor,
        {
          action: "person.role_added",
          subjectType: "person",
          subjectId: existing.id,
          summary: {
            before: { roles: existing.roles },
            after: { roles: [...existing.roles, "coordinator"] },
          },
        },
        now,
      );
      return { id: existing.id, created: false, changed: true };
    }
    const [row] = await tx
      .insert(people)
      .values({
        email,
        name: name ?? email.split("@")[0] ?? email,
        homeCountry,
        timeZone,
        roles: ["coordinator"],
      })
      .returning({ id: people.id });
    await recordAudit(
      tx,
      actor,
      {
        action: "person.create",
        subjectType: "person",
        subjectId: row?.id,
        summary: { after: { email, roles: ["coordinator"], homeCountry, timeZone } },
      },
      now,
    );
    return { id: row?.id as string, created: true, changed: true };
  });
}
