import "server-only";
import { currentSession, requireAccess } from "@/lib/auth/guard";
import { subjectKey } from "@/lib/domain/audit/subject-nouns";
import { listAuditEvents } from "@/lib/queries/audit";
import { auditChainStatus } from "@/lib/queries/audit-checkpoints";
import { filterValues, parseAuditFilter } from "@/lib/queries/audit-filter";
import { auditSubjectNames } from "@/lib/queries/audit-subjects";
import { getRuntime } from "@/lib/runtime";

/**
 * Everything /audit renders, after the policy check: the chain verification report, the filtered page
 * of events with the names of their actors and subjects, the parsed filter (dates in the viewer's zone)
 * or its field errors, the checkpoint key and the viewer's time zone.
 */
export async function loadAuditPage(searchParams: Promise<Record<string, string>>) {
  const actor = await requireAccess("audit.view", "/audit");
  const { db } = await getRuntime();
  const params = await searchParams;
  const full = params.verify === "full";
  const session = await currentSession();
  const timeZone = session?.user.timeZone ?? "UTC";
  const parsed = parseAuditFilter(params, timeZone);
  const [status, page] = await Promise.all([
    auditChainStatus(db, { full }),
    parsed.ok ? listAuditEvents(db, parsed.filter) : Promise.resolve({ events: [], hasMore: false }),
  ]);
  const names = await auditSubjectNames(db, page.events);
  const filters = filterValues(parsed.values);
  // A filter on one subject (a row's "its events") names it, from the events it found.
  const first = page.events[0];
  const subjectName =
    first?.subjectId && first.subjectId === filters.subject
      ? names.get(subjectKey(first.subjectType, first.subjectId))?.name
      : undefined;
  return {
    actor,
    full,
    parsed,
    keyId: status.keyId,
    pem: status.pem,
    chain: status.report,
    page,
    names,
    filters,
    subjectName,
    timeZone,
  };
}
