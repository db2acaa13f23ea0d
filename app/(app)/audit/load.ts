import "server-only";
import { currentSession, requireAccess } from "@/lib/auth/guard";
import { listAuditEvents } from "@/lib/queries/audit";
import { checkpointPublicKey } from "@/lib/queries/audit-checkpoints";
import { parseAuditFilter } from "@/lib/queries/audit-filter";
import { verifyTrail } from "@/lib/queries/audit-verify";
import { getRuntime } from "@/lib/runtime";

/**
 * Everything /audit renders, after the policy check: the chain verification report, the filtered page
 * of events, the parsed filter (or its field errors), the checkpoint key and the viewer's time zone.
 */
export async function loadAuditPage(searchParams: Promise<Record<string, string>>) {
  const actor = await requireAccess("audit.view", "/audit");
  const { db } = await getRuntime();
  const params = await searchParams;
  const full = params.verify === "full";
  const parsed = parseAuditFilter(params);
  const key = checkpointPublicKey();
  const [chain, page, session] = await Promise.all([
    verifyTrail(db, key.publicKey, { full }),
    parsed.ok ? listAuditEvents(db, parsed.filter) : Promise.resolve({ events: [], hasMore: false }),
    currentSession(),
  ]);
  return {
    actor,
    full,
    parsed,
    keyId: key.keyId,
    pem: key.pem,
    chain,
    page,
    timeZone: session?.user.timeZone ?? "UTC",
  };
}
