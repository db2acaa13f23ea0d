import "server-only";
import type { Db } from "@/db/client";
import { recordDenial } from "@/lib/audit/record-denial";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { evidenceFile } from "@/lib/queries/contingency/evidence";
import type { Instant } from "@/lib/time";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * GET /api/contingencies/[id]/evidence/[evidenceId]: one evidence file, for people who may view
 * contingency workflows, only under the workflow it belongs to. It is always a download, with the type
 * read from its content when it was stored; nosniff and a sandboxing CSP keep a browser from running
 * anything in it even if it were opened in place.
 */
export async function downloadEvidence(
  db: Db,
  actor: Actor | null,
  params: { id: string; evidenceId: string },
  now: Instant,
): Promise<Response> {
  if (!actor) return text("Sign in to download this file.", 401);
  if (!can(actor.roles, "contingency.view")) {
    await recordDenial(db, actor, "contingency.view", now, { record: params.evidenceId });
    return text("Your role does not allow this.", 403);
  }
  const file = await evidenceFile(db, params.id, params.evidenceId);
  if (!file) return text("No such evidence file in this workflow.", 404);
  const body = new Uint8Array(file.content.byteLength);
  body.set(file.content);
  return new Response(body, {
    headers: {
      "content-type": file.contentType.startsWith("text/")
        ? `${file.contentType}; charset=utf-8`
        : file.contentType,
      "content-length": String(body.byteLength),
      "content-disposition": attachmentDisposition(file.fileName),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      "content-security-policy": "default-src 'none'; sandbox",
      // Lets a client check what it received against the SHA-256 on the report.
      "x-evidence-sha256": file.sha256,
    },
  });
}
