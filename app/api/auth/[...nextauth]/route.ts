import type { NextRequest } from "next/server";
import { recordRefusal } from "@/lib/audit/record-refusal";
import { EMAIL_PROVIDER_ID } from "@/lib/auth/email-provider";
import { handlers } from "@/lib/auth/index";
import { metaFrom } from "@/lib/auth/request-meta";
import type { AuditAction } from "@/lib/domain/audit/audit-actions";
import type { RefusalReason } from "@/lib/edge/edge-state";
import { declaresTooLargeBody, isForeignOrigin } from "@/lib/http/origin";
import { getRuntime } from "@/lib/runtime";
import { currentInstant } from "@/lib/time";

const CALLBACK_PATH = `/api/auth/callback/${EMAIL_PROVIDER_ID}`;
const SIGNIN_PATH = `/api/auth/signin/${EMAIL_PROVIDER_ID}`;

async function refuse(
  request: NextRequest,
  reason: RefusalReason,
  action: AuditAction,
  summary: Record<string, unknown>,
  scope?: string,
) {
  const { db } = await getRuntime();
  await recordRefusal(
    db,
    metaFrom(request.headers),
    {
      reason,
      action,
      subjectType: "sign_in_link",
      summary,
      scope,
    },
    currentInstant(),
  );
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
    await refuse(request, "foreign_origin", "auth.foreign_origin_refused", {
      path: url.pathname,
      origin: request.headers.get("origin"),
    });
    return new Response("Refused: this request came from another site.", { status: 403 });
  }
  if (declaresTooLargeBody(request, 16 * 1024)) {
    await refuse(request, "body_too_large", "auth.oversized_request_refused", { path: url.pathname });
    return new Response("Refused: the request body is too large.", { status: 413 });
  }
  // Sign-in links are only requested through our form, which rate-limits and audits.
  if (url.pathname === SIGNIN_PATH) return new Response("Not found", { status: 404 });
  const response = await handlers.POST(request);
  if (url.pathname === CALLBACK_PATH) {
    const location = response.headers.get("location") ?? "";
    if (location.includes("/signin/error")) {
      const email = url.searchParams.get("email");
      await refuse(
        request,
        "link_refused",
        "auth.link_refused",
        { email, reason: new URL(location, url.origin).searchParams.get("error") ?? "unknown" },
        email ?? undefined,
      );
    }
  }
  return response;
}
