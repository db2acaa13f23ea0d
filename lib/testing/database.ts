import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { type Database, openDatabase } from "@/db/client";

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new database of its own on the
 * real server when DATABASE_URL is set (so test files never share state), dropped on close.
 */
export async function openTestDatabase(onQuery?: (sql: string) => void): Promise<Database> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return openDatabase({ dataDir: "memory://", onQuery });
  const name = `cd_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), onQuery });
  const close = database.close;
  database.close = async () => {
    await close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
  return database;
}

export const testDriver = process.env.DATABASE_URL ? "postgres" : "pglite";
