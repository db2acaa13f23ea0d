import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import type postgres from "postgres";
import { can, type PolicyAction } from "../lib/auth/policy";
import type { PersonRole } from "../lib/domain/people";
import { database, env, sessionFor } from "./harness";

// Every server action and route handler of the build, called by every role its permission excludes,
// on a record that is not theirs: each must be refused and change nothing. A new action or route that
// is not in these tables fails the suite, so none can ship without a decision.

type Permission = PolicyAction | "public" | "signed_in";

const ACTIONS: Record<string, Permission> = {
  "app/signin/actions.ts#requestSignInAction": "public",
  "app/(app)/actions.ts#signOutAction": "signed_in",
  "app/(app)/audit/actions.ts#makeCheckpointAction": "audit.checkpoint",
  "app/(app)/ceremonies/actions.ts#createCeremonyAction": "ceremonies.manage",
  "app/(app)/ceremonies/actions.ts#updateCeremonyAction": "ceremonies.manage",
  "app/(app)/ceremonies/actions.ts#transitionCeremonyAction": "ceremonies.manage",
  "app/(app)/ceremonies/actions.ts#remindAction": "ceremonies.manage",
  "app/(app)/ceremonies/actions.ts#openPollAction": "ceremonies.manage",
  "app/(app)/ceremonies/actions.ts#choosePollDateAction": "ceremonies.manage",
  "app/(app)/ceremonies/actions.ts#withdrawPollAction": "ceremonies.manage",
  "app/(app)/inbox/actions.ts#markReadAction": "inbox.view",
  "app/(app)/ceremonies/actions.ts#inviteAction": "ceremonies.manage",
  "app/(app)/ceremonies/actions.ts#requirementsAction": "ceremonies.manage",
  "app/(app)/ceremonies/actions.ts#rescheduleAction": "ceremonies.manage",
  "app/(app)/ceremonies/actions.ts#linkKsrAction": "ceremonies.link_ksr",
  "app/(app)/ceremonies/actions.ts#verifyKsrAction": "ksr.verify",
  "app/(app)/contingencies/actions.ts#openContingencyAction": "contingency.open",
  "app/(app)/contingencies/actions.ts#acknowledgeAction": "contingency.manage",
  "app/(app)/contingencies/actions.ts#chooseOptionAction": "contingency.manage",
  "app/(app)/contingencies/actions.ts#approveOptionAction": "contingency.approve",
  "app/(app)/contingencies/actions.ts#startExecutionAction": "contingency.manage",
  "app/(app)/contingencies/actions.ts#completeStepAction": "contingency.work_step",
  "app/(app)/contingencies/actions.ts#addEvidenceAction": "contingency.work_step",
  "app/(app)/contingencies/actions.ts#approveStepAction": "contingency.approve",
  "app/(app)/contingencies/actions.ts#resolveAction": "contingency.manage",
  "app/(app)/contingencies/actions.ts#abandonAction": "contingency.manage",
  "app/(app)/coverage/actions.ts#addTrustAnchorsAction": "coverage.configure",
  "app/(app)/coverage/actions.ts#removeTrustAnchorAction": "coverage.configure",
  "app/(app)/coverage/actions.ts#updateCoverageSettingsAction": "coverage.configure",
  "app/(app)/facilities/[id]/sets/[setId]/actions.ts#addSeatAction": "credentials.manage",
  "app/(app)/facilities/[id]/sets/[setId]/actions.ts#changeSeatStatusAction": "credentials.manage",
  "app/(app)/facilities/[id]/sets/[setId]/actions.ts#promoteBackupAction": "credentials.manage",
  "app/(app)/facilities/actions.ts#addCredentialSetAction": "credentials.manage",
  "app/(app)/facilities/actions.ts#addFacilityAction": "facilities.manage",
  "app/(app)/facilities/actions.ts#editCredentialSetAction": "credentials.manage",
  "app/(app)/facilities/actions.ts#editFacilityAction": "facilities.manage",
  "app/(app)/me/actions.ts#addWindowAction": "availability.manage_own",
  "app/(app)/me/actions.ts#createFeedAction": "calendar.subscribe",
  "app/(app)/me/actions.ts#removeWindowAction": "availability.manage_own",
  "app/(app)/me/actions.ts#respondAction": "invitation.respond",
  "app/(app)/me/actions.ts#markPollAction": "invitation.respond",
  "app/(app)/me/actions.ts#revokeFeedAction": "calendar.subscribe",
  "app/(app)/me/actions.ts#timeZoneAction": "calendar.subscribe",
  "app/(app)/people/actions.ts#editPersonAction": "people.manage",
  "app/(app)/people/actions.ts#invitePersonAction": "people.manage",
  "app/(app)/playbooks/actions.ts#createPlaybookAction": "playbooks.manage",
  "app/(app)/playbooks/actions.ts#savePlaybookAction": "playbooks.manage",
  "app/(app)/playbooks/actions.ts#updateContingencySettingsAction": "playbooks.manage",
  "app/(app)/restrictions/actions.ts#addRestrictionAction": "restrictions.manage",
  "app/(app)/restrictions/actions.ts#editRestrictionAction": "restrictions.manage",
  "app/(app)/restrictions/actions.ts#endRestrictionAction": "restrictions.manage",
  "app/(app)/restrictions/actions.ts#importRestrictionsAction": "restrictions.manage",
  "app/(app)/settings/tokens/actions.ts#createTokenAction": "api_tokens.manage_own",
  "app/(app)/settings/tokens/actions.ts#revokeTokenAction": "api_tokens.manage_own",
  "app/(app)/templates/actions.ts#addTemplateAction": "templates.manage",
  "app/(app)/templates/actions.ts#editTemplateAction": "templates.manage",
};

// Route handlers with a session: method, a path with a foreign id, the permission. Others answer to a
// credential of their own (a bearer token, a feed's secret address, the sign-in link) or to anyone.
const FOREIGN = "0b6e1c3a-5d7e-4c1b-9a3f-2c4d5e6f7a8b";
const ROUTES: Record<
  string,
  { method: string; path: string; permission: Permission | "bearer" | "secret_url" }
> = {
  "/api/audit/checkpoints/route": { method: "GET", path: "/api/audit/checkpoints", permission: "audit.view" },
  "/api/audit/export/route": {
    method: "GET",
    path: "/api/audit/export?format=jsonl",
    permission: "audit.view",
  },
  "/api/auth/[...nextauth]/route": { method: "GET", path: "/api/auth/session", permission: "public" },
  "/api/calendar/[token]/route": {
    method: "GET",
    path: `/api/calendar/${"f".repeat(43)}`,
    permission: "secret_url",
  },
  "/api/ceremonies/[id]/ics/route": {
    method: "GET",
    path: `/api/ceremonies/${FOREIGN}/ics`,
    permission: "ceremonies.view",
  },
  "/api/contingencies/[id]/evidence/[evidenceId]/route": {
    method: "GET",
    path: `/api/contingencies/${FOREIGN}/evidence/${FOREIGN}`,
    permission: "contingency.view",
  },
  "/api/coverage/route": { method: "GET", path: "/api/coverage", permission: "bearer" },
  "/api/documents/route": { method: "POST", path: "/api/documents", permission: "documents.upload" },
  "/api/health/route": { method: "GET", path: "/api/health", permission: "public" },
  "/favicon.ico/route": { method: "GET", path: "/favicon.ico", permission: "public" },
  "/icon.svg/route": { method: "GET", path: "/icon.svg", permission: "public" },
  "/api/invitations/[id]/response/route": {
    method: "POST",
    path: `/api/invitations/${FOREIGN}/response`,
    permission: "invitation.respond",
  },
  "/metrics/route": { method: "GET", path: "/metrics", permission: "bearer" },
};

const PEOPLE: { email: string; roles: PersonRole[] }[] = [
  { email: "coordinator@example.org", roles: ["coordinator"] },
  { email: "co-east-1@example.org", roles: ["crypto_officer"] },
  { email: "ca-east@example.org", roles: ["ceremony_administrator"] },
  { email: "auditor@example.org", roles: ["auditor"] },
  { email: "no-role@example.org", roles: [] },
];

const origin = () => env("SECURITY_PROXIED");

/** Everything a refused call must leave as it was: every table's rows, and the trail but for refusals. */
async function snapshot(sql: postgres.Sql) {
  const tables = await sql`select tablename from pg_tables where schemaname = 'public'
    and tablename not in ('audit_events', 'rate_limits', 'sessions') order by tablename`;
  const counts: Record<string, number> = {};
  for (const { tablename } of tables) {
    const [row] = await sql.unsafe(`select count(*)::int as n from "${tablename}"`);
    counts[tablename] = row?.n;
  }
  const trail = await sql`select action, count(*)::int as n from audit_events
    where action not in ('auth.access_denied', 'auth.session_rejected') group by action order by action`;
  return { counts, trail };
}

function actionsInBuild(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  return new Map(
    Object.entries(manifest.node).map(([id, entry]) => [`${entry.filename}#${entry.exportedName}`, id]),
  );
}

function refusedRoles(permission: Permission): typeof PEOPLE {
  if (permission === "public" || permission === "signed_in") return [];
  return PEOPLE.filter((person) => !can(person.roles, permission));
}

test("every action and route of the build is in the matrix", () => {
  expect([...actionsInBuild().keys()].sort()).toEqual(Object.keys(ACTIONS).sort());
  const routes = JSON.parse(readFileSync(".next/server/app-paths-manifest.json", "utf8")) as Record<
    string,
    string
  >;
  expect(
    Object.keys(routes)
      .filter((path) => path.endsWith("/route"))
      .sort(),
  ).toEqual(Object.keys(ROUTES).sort());
});

test("every action refuses every role its permission excludes, and changes nothing", async () => {
  const sql = database(env("SECURITY_PROXIED_DB"));
  await sql`insert into people (name, email, home_country, time_zone, roles) values ('No Role', 'no-role@example.org', 'US', 'UTC', '{}') on conflict do nothing`;
  const cookies = new Map<string, string>();
  for (const person of PEOPLE) cookies.set(person.email, await sessionFor(sql, person.email));
  const ids = actionsInBuild();
  let calls = 0;
  for (const [key, permission] of Object.entries(ACTIONS)) {
    for (const person of refusedRoles(permission)) {
      const before = await snapshot(sql);
      const form = new FormData();
      form.set("0", JSON.stringify([{ status: "idle" }, "$K1"]));
      for (const field of [
        "id",
        "ceremonyId",
        "invitationId",
        "workflowId",
        "stepId",
        "tokenId",
        "windowId",
        "setId",
        "personId",
      ])
        form.set(`_1_${field}`, FOREIGN);
      const response = await fetch(`${origin()}/`, {
        method: "POST",
        headers: {
          "next-action": ids.get(key) as string,
          origin: origin(),
          accept: "text/x-component",
          cookie: cookies.get(person.email) as string,
        },
        body: form,
        redirect: "manual",
      });
      const body = await response.text();
      calls += 1;
      // A server action answers 200 with its result in the RSC stream: the refusal is forbidden()'s error.
      expect(body, `${key} as ${person.email}`).toContain('"digest":"NEXT_HTTP_ERROR_FALLBACK;403"');
      expect(body).not.toContain('"status":"ok"');
      expect(await snapshot(sql), `${key} as ${person.email} changed something`).toEqual(before);
    }
  }
  console.log(`[security] ${calls} refused action calls, none changed anything`);
  const [denials] =
    await sql`select count(*)::int as n from audit_events where action = 'auth.access_denied'`;
  expect(denials?.n).toBeGreaterThanOrEqual(calls);
  await sql.end();
});

test("every route handler refuses roles without its permission, and credentials it does not take", async () => {
  const sql = database(env("SECURITY_PROXIED_DB"));
  const cookies = new Map<string, string>();
  for (const person of PEOPLE) cookies.set(person.email, await sessionFor(sql, person.email));
  for (const [key, route] of Object.entries(ROUTES)) {
    const callers =
      route.permission === "bearer" || route.permission === "secret_url"
        ? PEOPLE
        : route.permission === "public"
          ? []
          : refusedRoles(route.permission);
    for (const person of callers) {
      const before = await snapshot(sql);
      const response = await fetch(`${origin()}${route.path}`, {
        method: route.method,
        headers: {
          origin: origin(),
          cookie: cookies.get(person.email) as string,
          "content-type": "application/json",
        },
        body: route.method === "POST" ? JSON.stringify({ response: "attending", version: 1 }) : undefined,
        redirect: "manual",
      });
      // A session is not a bearer token, nor a feed's secret address; others get 403, or 404 for a record
      // they may not know exists.
      expect([401, 403, 404], `${key} as ${person.email}`).toContain(response.status);
      expect(await snapshot(sql)).toEqual(before);
    }
  }
  await sql.end();
});

test("a crypto officer cannot answer, download or change another person's records", async () => {
  const sql = database(env("SECURITY_PROXIED_DB"));
  const tcr = await sessionFor(sql, "co-east-1@example.org");
  const [foreign] =
    await sql`select i.id, i.ceremony_id, i.version from invitations i join people p on p.id = i.person_id
    where p.email <> 'co-east-1@example.org' limit 1`;
  const [notInvited] =
    await sql`select c.id from ceremonies c where not exists (select 1 from invitations i join people p
    on p.id = i.person_id where i.ceremony_id = c.id and p.email = 'co-east-1@example.org') limit 1`;
  const before = await snapshot(sql);
  const answer = await fetch(`${origin()}/api/invitations/${foreign?.id}/response`, {
    method: "POST",
    headers: { origin: origin(), cookie: tcr, "content-type": "application/json" },
    body: JSON.stringify({ response: "declined", version: foreign?.version }),
  });
  expect([403, 404]).toContain(answer.status);
  if (notInvited) {
    const ics = await fetch(`${origin()}/api/ceremonies/${notInvited.id}/ics`, { headers: { cookie: tcr } });
    expect(ics.status).toBe(404);
  }
  expect(await snapshot(sql)).toEqual(before);
  await sql.end();
});
