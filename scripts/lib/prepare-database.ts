import { openDatabase } from "@/db/client";
import { isEmpty, seedDemo } from "@/db/seed/demo";

/** Applies migrations and loads the demo organisation into an empty database. Closes it afterwards. */
export async function prepareDatabase(options: { seed: boolean }) {
  const database = await openDatabase({ url: process.env.DATABASE_URL || undefined });
  try {
    const empty = await isEmpty(database.db);
    if (options.seed && empty) {
      await database.db.transaction((tx) => seedDemo(tx, new Date()));
      return { driver: database.driver, seeded: true };
    }
    return { driver: database.driver, seeded: false };
  } finally {
    await database.close();
  }
}
