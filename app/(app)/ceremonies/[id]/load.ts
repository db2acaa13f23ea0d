import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import type { Db } from "@/db/client";
import { currentActor, currentSession, requireAccess } from "@/lib/auth/guard";
import { can, type PolicyAction } from "@/lib/auth/policy";
import { isEditable } from "@/lib/domain/ceremony-lifecycle";
import { rosterPage } from "@/lib/domain/quorum/roster-page";
import { loadCoverageState } from "@/lib/queries/coverage/coverage-state";
import { ceremonyWithFacility } from "@/lib/queries/planning/calendar";
import { editChoices, inviteCandidates } from "@/lib/queries/planning/ceremony-choices";
import { ceremonyKsr } from "@/lib/queries/planning/ceremony-ksr";
import { ceremonyPage } from "@/lib/queries/planning/ceremony-page";
import { getRuntime } from "@/lib/runtime";
import { ceremonyFormValues } from "@/lib/services/ceremonies/form-values";
import { currentInstant, type Instant } from "@/lib/time";

/**
 * The ceremony behind /ceremonies/[id] and its sub-pages, after the policy check for `action`, and what
 * `alongside` loads for it in parallel (so a page's data comes in one wave, not one after another).
 */
async function loadCeremony<T = null>(
  params: Promise<{ id: string }>,
  action: PolicyAction,
  path = "",
  options: { margin?: number; alongside?: (db: Db, id: string, now: Instant) => Promise<T> } = {},
) {
  const { id } = await params;
  const actor = await requireAccess(action, `/ceremonies/${id}${path}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const { db } = await getRuntime();
  const now = currentInstant();
  const [data, extra] = await Promise.all([
    ceremonyPage(db, id, now, options.margin),
    options.alongside ? options.alongside(db, id, now) : null,
  ]);
  if (!data) notFound();
  return { actor, db, data, now, extra };
}

/**
 * The page title of /ceremonies/[id] and its sub-pages: the ceremony's label for those who may see it.
 * The page itself makes the audited check that refuses everyone else.
 */
export async function loadCeremonyLabel(params: Promise<{ id: string }>): Promise<string> {
  const { id } = await params;
  const actor = await currentActor();
  if (!actor || !can(actor.roles, "ceremonies.view") || !z.uuid().safeParse(id).success) return "Ceremony";
  const { db } = await getRuntime();
  return (await ceremonyWithFacility(db, id))?.label ?? "Ceremony";
}

/**
 * Everything /ceremonies/[id] renders: the ceremony (with the quorum at the `?margin=` safety margin),
 * the `?roster=` page of its roster (those needing attention first; "all" for every line), the viewer
 * and their time zone, and for a key signing its KSR and the coverage state.
 */
export async function loadCeremonyPage(
  params: Promise<{ id: string }>,
  searchParams: Promise<Record<string, string>>,
) {
  const query = await searchParams;
  const margin = z.coerce.number().int().min(0).max(3).safeParse(query.margin);
  // A key signing's KSR and the coverage load beside the ceremony (and are dropped for other kinds).
  const { actor, data, extra } = await loadCeremony(params, "ceremonies.view", "", {
    margin: margin.success ? margin.data : undefined,
    alongside: (db, id, now) => Promise.all([ceremonyKsr(db, id), loadCoverageState(db, now)]),
  });
  const session = await currentSession();
  const viewerZone = session?.user.timeZone ?? "UTC";
  const [ksr, coverage] = data.ceremony.kind === "key_signing" && extra ? extra : [null, null];
  const rosterQuery = query.roster === "all" ? "all" : Number(query.roster ?? 1);
  const roster = rosterPage(data.roster, rosterQuery);
  return { actor, data, roster, margin: margin.success ? margin.data : undefined, viewerZone, ksr, coverage };
}

/**
 * The ceremony for /ceremonies/[id]/edit and, while it can still change, the facility and credential-set
 * choices and its current form values.
 */
export async function loadEditCeremonyPage(params: Promise<{ id: string }>) {
  const { db, data } = await loadCeremony(params, "ceremonies.manage", "/edit");
  const { ceremony } = data;
  if (!isEditable(ceremony.status)) return { editable: false as const, data };
  const choices = await editChoices(db, ceremony.facilityId);
  return { editable: true as const, data, choices, formValues: ceremonyFormValues(ceremony) };
}

/** The ceremony for /ceremonies/[id]/invite and, while it can still change, the people worth inviting. */
export async function loadInvitePage(params: Promise<{ id: string }>) {
  const { db, data } = await loadCeremony(params, "ceremonies.manage", "/invite");
  const { ceremony } = data;
  const candidates = isEditable(ceremony.status)
    ? await inviteCandidates(
        db,
        data.input,
        data.roster.map((r) => r.personId),
      )
    : [];
  return { data, candidates };
}
