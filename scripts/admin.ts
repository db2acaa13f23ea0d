// Administration from the command line, on the database the app uses (DATABASE_URL, or the embedded
// one: stop the app first, since the embedded database belongs to one process at a time).
//   npm run admin -- add-coordinator EMAIL [--name "Full Name"] [--country US] [--zone America/New_York]
//   npm run -s admin -- audit verify [--incremental] [--checkpoints FILE] [--public-key FILE]
//   npm run -s admin -- audit checkpoint
//   npm run -s admin -- db grant-app-role ROLE
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { systemActor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { grantAppRole } from "@/lib/services/audit/app-role";
import { addCoordinator } from "@/lib/services/people/add-coordinator";
import { currentInstant } from "@/lib/time";
import { auditCheckpoint, auditVerify } from "./lib/admin-audit";
import { prepareLocalEnv } from "./lib/env";

const USAGE = `usage:
  npm run admin -- add-coordinator EMAIL [--name "Full Name"] [--country CC] [--zone IANA/Zone]
  npm run -s admin -- audit verify [--incremental] [--checkpoints FILE] [--public-key FILE]
  npm run -s admin -- audit checkpoint
  npm run -s admin -- db grant-app-role ROLE`;

function usage(): never {
  console.error(USAGE);
  process.exit(2);
}

async function main() {
  Object.assign(process.env, prepareLocalEnv());
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: "string" },
      country: { type: "string" },
      zone: { type: "string" },
      incremental: { type: "boolean" },
      checkpoints: { type: "string" },
      "public-key": { type: "string" },
    },
  });
  const [command, argument] = positionals;
  const known =
    (command === "add-coordinator" && argument) ||
    (command === "audit" && (argument === "verify" || argument === "checkpoint")) ||
    (command === "db" && argument === "grant-app-role" && positionals[2]);
  if (!known) usage();
  const database = await openDatabase({ url: process.env.DATABASE_URL || undefined });
  try {
    if (command === "audit" && argument === "verify") {
      process.exitCode = await auditVerify(database.db, {
        incremental: values.incremental ?? false,
        checkpointsFile: values.checkpoints,
        publicKeyFile: values["public-key"],
      });
    } else if (command === "audit") {
      process.exitCode = await auditCheckpoint(database.db, currentInstant());
    } else if (command === "db") {
      await grantAppRole(database.db, positionals[2] as string);
      console.log(`Role ${positionals[2]} may now run the app, and cannot change or remove audit events.`);
    } else {
      const email = argument as string;
      const result = await addCoordinator(
        database.db,
        systemActor("admin-cli"),
        {
          email,
          name: values.name,
          homeCountry: values.country,
          timeZone: values.zone,
        },
        currentInstant(),
      );
      console.log(
        result.created
          ? `Created coordinator ${email}.`
          : result.changed
            ? `${email} is now also a coordinator.`
            : `${email} was already a coordinator.`,
      );
    }
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
