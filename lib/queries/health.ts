import "server-only";
import { noteDatabaseError } from "@/lib/edge/database-health";
import type { Runtime } from "@/lib/runtime";

/** Whether the database answers: what /api/health reports to load balancers and `npm start`. */
export async function getHealth(runtime: () => Promise<Runtime>) {
  try {
    const { database } = await runtime();
    await database.query("select 1");
    return { status: "ok" as const, database: database.driver };
  } catch (error) {
    noteDatabaseError(error);
    return { status: "unavailable" as const };
  }
}
