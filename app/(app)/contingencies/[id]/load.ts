import "server-only";
import { notFound } from "next/navigation";
import { currentSession, requireAccess } from "@/lib/auth/guard";
import { contingencyDetail } from "@/lib/queries/contingency/detail";
import { incidentReport } from "@/lib/queries/contingency/incident-report";
import { getRuntime } from "@/lib/runtime";
import { currentInstant } from "@/lib/time";

/** The viewer (after the policy check, with their time zone) and the database, for /contingencies/[id]/... */
async function access(params: Promise<{ id: string }>, path: string) {
  const { id } = await params;
  const actor = await requireAccess("contingency.view", `/contingencies/${id}${path}`);
  const [{ db }, session] = await Promise.all([getRuntime(), currentSession()]);
  return { id, actor, db, zone: session?.user.timeZone ?? "UTC" };
}

export async function loadContingency(params: Promise<{ id: string }>) {
  const { id, actor, db, zone } = await access(params, "");
  const detail = await contingencyDetail(db, id);
  if (!detail) notFound();
  return { actor, zone, detail };
}

export async function loadIncidentReport(params: Promise<{ id: string }>) {
  const { id, db, zone } = await access(params, "/report");
  const report = await incidentReport(db, id);
  if (!report) notFound();
  return { zone, report, generatedAt: currentInstant() };
}
