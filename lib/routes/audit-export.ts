import "server-only";
import type { Db } from "@/db/client";
import { recordDenial } from "@/lib/audit/record-denial";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { CSV_COLUMNS, csvLine, csvRow, EXPORT_FORMATS, jsonLine } from "@/lib/csv/audit-export-rows";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { auditExportBatches } from "@/lib/queries/audit-export";
import { parseAuditFilter } from "@/lib/queries/audit-filter";
import { civilDateInZone, type Instant } from "@/lib/time";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

const TYPES = { csv: "text/csv; charset=utf-8", jsonl: "application/x-ndjson; charset=utf-8" } as const;

/**
 * GET /api/audit/export?format=csv|jsonl&actor=&action=&subject=&from=&to=: the trail (filtered as on
 * the page, dates in the viewer's zone) oldest first, streamed a batch at a time, with every field the
 * chain's hashes cover. README "Audit trail export" documents the format and its verification.
 */
export async function exportAudit(
  db: Db,
  actor: Actor | null,
  viewerZone: string,
  url: URL,
  now: Instant,
): Promise<Response> {
  if (!actor) return text("Sign in to export the audit trail.", 401);
  if (!can(actor.roles, "audit.view")) {
    await recordDenial(db, actor, "audit.view", now, { export: true });
    return text("Your role does not allow this.", 403);
  }
  const params = Object.fromEntries(url.searchParams);
  const format = EXPORT_FORMATS.find((f) => f === (params.format ?? "jsonl"));
  if (!format) return text("format: use csv or jsonl.", 400);
  const { format: _, ...filterParams } = params;
  const parsed = parseAuditFilter(filterParams, viewerZone);
  if (!parsed.ok)
    return text(
      `${Object.entries(parsed.fields)
        .map(([k, v]) => `${k}: ${v}`)
        .join("\n")}\n`,
      400,
    );
  const batches = auditExportBatches(db, parsed.filter);
  const encoder = new TextEncoder();
  let header = format === "csv";
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const first = header ? csvLine(CSV_COLUMNS) : "";
      header = false;
      const next = await batches.next();
      if (next.done) {
        if (first) controller.enqueue(encoder.encode(first));
        controller.close();
        return;
      }
      const lines = next.value.map(format === "csv" ? csvRow : jsonLine).join("");
      controller.enqueue(encoder.encode(first + lines));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const fileName = `audit-trail-${civilDateInZone(now, viewerZone)}.${format}`;
  return new Response(body, {
    headers: {
      "content-type": TYPES[format],
      "content-disposition": attachmentDisposition(fileName),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
