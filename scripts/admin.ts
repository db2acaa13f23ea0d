// `npm run admin -- add-coordinator EMAIL [--name "Full Name"] [--country US] [--zone America/New_York]`
// Works on the database the app uses (DATABASE_URL, or the embedded one: stop the app first, since the
// embedded database belongs to one process at a time).
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { systemActor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { addCoordinator } from "@/lib/services/people/add-coordinator";

const USAGE =
  'usage: npm run admin -- add-coordinator EMAIL [--name "Full Name"] [--country CC] [--zone IANA/Zone]';

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: "string" }, country: { type: "string" }, zone: { type: "string" } },
  });
  const [command, email] = positionals;
  if (command !== "add-coordinator" || !email) {
    console.error(USAGE);
    process.exit(2);
  }
  const database = await openDatabase({ url: process.env.DATABASE_URL || undefined });
  try {
    const result = await addCoordinator(database.db, systemActor("admin-cli"), {
      email,
      name: values.name,
      homeCountry: values.country,
      timeZone: values.zone,
    });
    console.log(
      result.created
        ? `Created coordinator ${email}.`
        : result.changed
          ? `${email} is now also a coordinator.`
          : `${email} was already a coordinator.`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  if (isAppError(error)) {
    const details = Object.entries(error.fields).map(([field, message]) => `${field}: ${message}`);
    console.error([error.message, ...details].join("\n  "));
  } else console.error(`admin failed: ${(error as Error).message}`);
  process.exit(2);
});
