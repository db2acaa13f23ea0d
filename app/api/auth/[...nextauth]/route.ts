import type { NextRequest } from "next/server";
import { systemActor } from "@/lib/auth/actor";
import { EMAIL_PROVIDER_ID } from "@/lib/auth/email-provider";
import { handlers } from "@/lib/auth/index";
import { metaFrom } from "@/lib/auth/request-meta";
import { declaresTooLargeBody, isForeignOrigin } from "@/lib/http/origin";
import { getRuntime } from "@/lib/runtime";
import { recordAudit } from "@/lib/services/audit/record-audit";

const CALLBACK_PATH = `/api/auth/callback/${EMAIL_PROVIDER_ID}`;
const SIGNIN_PATH = `/api/auth/signin/${EMAIL_PROVIDER_ID}`;

async function audit(request: NextRequest, action: string, summary: Record<string, unknown>) {
  const { db } = await getRuntime();
  const actor = { ...systemActor("anonymous"), ...metaFrom(request.headers) };
  await db.transaction((tx) => recordAudit(tx, actor, { action, subjectType: "sign_in_link", summary }));
}

export async function GET(request: NextRequest) {
  const url = new URL(request.url);
  // A GET on the callback (a mail scanner, a prefetch) must not redeem the link: show the confirm page.
  if (url.pathname === CALLBACK_PATH) {
    const confirm = new URL("/signin/confirm", url.origin);
    confirm.search = url.search;
    return Response.redirect(confirm, 303);
  }
  return handlers.GET(request);
}

export async function POST(request: NextRequest) {
  const url = new URL(request.url);
  if (isForeignOrigin(request)) {
    await audit(request, "auth.foreign_origin_refused", {
      path: url.pathname,
      origin: request.headers.get("origin"),
    });
    return new Response("Refused: this request came from another site.", { status: 403 });
  }
  if (declaresTooLargeBody(request, 16 * 1024)) {
    await audit(request, "auth.oversized_request_refused", { path: url.pathname });
    return new Response("Refused: the request body is too large.", { status: 413 });
  }
  // Sign-in links are only requested through our form, which rate-limits and audits.
  if (url.pathname === SIGNIN_PATH) return new Response("Not found", { status: 404 });
  const response = await handlers.POST(request);
  if (url.pathname === CALLBACK_PATH) {
    const location = response.headers.get("location") ?? "";
    if (location.includes("/signin/error")) {
      await audit(request, "auth.link_refused", {
        email: url.searchParams.get("email"),
        reason: new URL(location, url.origin).searchParams.get("error") ?? "unknown",
      });
    }
  }
  return response;
}
