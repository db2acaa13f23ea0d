import { openDatabase } from "@/db/client";
import { isEmpty, seedDemo } from "@/db/seed/demo";
import { reverifyStoredDocuments } from "@/lib/services/documents/reverify-documents";
import { currentInstant } from "@/lib/time";

/**
 * Applies migrations, verifies SKRs stored before verified signers were kept, and loads the demo
 * organisation into an empty database. Closes it afterwards.
 */
export async function prepareDatabase(options: { seed: boolean }) {
  const database = await openDatabase({ url: process.env.DATABASE_URL || undefined });
  try {
    const reverified = await reverifyStoredDocuments(database.db);
    if (reverified > 0)
      console.info(`[start] verified the signatures of ${reverified} SKR(s) stored before 0008`);
    const empty = await isEmpty(database.db);
    if (options.seed && empty) {
      await database.db.transaction((tx) => seedDemo(tx, currentInstant()));
      return { driver: database.driver, seeded: true };
    }
    return { driver: database.driver, seeded: false };
  } finally {
    await database.close();
  }
}
