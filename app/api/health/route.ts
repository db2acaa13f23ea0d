import { sql } from "drizzle-orm";
import { getRuntime } from "@/lib/runtime";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const { db, database } = await getRuntime();
    await db.execute(sql`select 1`);
    return Response.json({ status: "ok", database: database.driver });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
