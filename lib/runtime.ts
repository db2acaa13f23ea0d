import "server-only";
import type { PgBoss } from "pg-boss";
import { type Database, type Db, getDatabase } from "@/db/client";
import { startBoss } from "@/lib/queue/boss";

/** What services need to do their work: the database and the job queue on it. */
export interface Runtime {
  database: Database;
  db: Db;
  boss: PgBoss;
}

type Holder = { ceremonyDeskRuntime?: Promise<Runtime> };

export function getRuntime(): Promise<Runtime> {
  const holder = globalThis as Holder;
  holder.ceremonyDeskRuntime ??= (async () => {
    const database = await getDatabase();
    const boss = await startBoss(database, { schedule: true });
    return { database, db: database.db, boss };
  })().catch((error) => {
    holder.ceremonyDeskRuntime = undefined;
    throw error;
  });
  return holder.ceremonyDeskRuntime;
}
