import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { History } from "@/app/components/ceremony/history";
import { Milestones } from "@/app/components/ceremony/milestones";
import { QuorumPanel } from "@/app/components/ceremony/quorum-panel";
import { Roster } from "@/app/components/ceremony/roster";
import { StatusBadge } from "@/app/components/status-badge";
import { requireAccess } from "@/lib/auth/guard";
import { auth } from "@/lib/auth/index";
import { can } from "@/lib/auth/policy";
import { allowedTransitions, isEditable, TRANSITION_VERBS } from "@/lib/domain/ceremony-lifecycle";
import { ceremonyPage } from "@/lib/queries/planning/ceremony-page";
import { getRuntime } from "@/lib/runtime";
import { ceremonyFormValues } from "@/lib/services/ceremonies/form-values";
import { formatMeeting } from "@/lib/time/format";
import { updateCeremonyAction } from "../actions";
import { CeremonyForm } from "../ceremony-form";
import { InviteForm } from "./invite-form";
import { RequirementsForm } from "./requirements-form";
import { TransitionForm } from "./transition-form";

export const metadata: Metadata = { title: "Ceremony" };

const MARGINS = [0, 1, 2, 3];

export default async function CeremonyPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { id } = await params;
  const actor = await requireAccess("ceremonies.view", `/ceremonies/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const margin = z.coerce
    .number()
    .int()
    .min(0)
    .max(3)
    .safeParse((await searchParams).margin);
  const { db } = await getRuntime();
  const data = await ceremonyPage(db, id, new Date(), margin.success ? margin.data : undefined);
  if (!data) notFound();
  const session = await auth();
  const { ceremony } = data;
  const manage = can(actor.roles, "ceremonies.manage");
  const editable = manage && isEditable(ceremony.status);
  const setCodeToId = new Map(data.credentialSets.map((s) => [s.code, s.id]));
  return (
    <main>
      <p className="no-print">
        <Link href="/ceremonies">← Ceremonies</Link>
      </p>
      <h1>
        {ceremony.label} <StatusBadge status={ceremony.status} />
      </h1>
      <div className="panel">
        <div>
          <strong>{ceremony.facility.name}</strong>, {ceremony.facility.city} ·{" "}
          {ceremony.kind.replace(/_/g, " ")}
        </div>
        <div data-testid="facility-time">
          Facility time: {formatMeeting(ceremony.startsAt, ceremony.timeZone)}
        </div>
        <div className="muted">
          Your time: {formatMeeting(ceremony.startsAt, session?.user.timeZone ?? "UTC")} ·{" "}
          {ceremony.durationMinutes} minutes · standby {ceremony.standbyDate ?? "none"}
        </div>
        <p className="no-print">
          <a href={`/api/ceremonies/${ceremony.id}/ics`} download>
            Download calendar file (.ics)
          </a>
          {manage ? (
            <>
              {" "}
              · <Link href={`/date-finder?ceremonyId=${ceremony.id}`}>Find another date</Link>
            </>
          ) : null}
        </p>
        {ceremony.agenda.length > 0 ? (
          <details>
            <summary>Agenda ({ceremony.agenda.length} items)</summary>
            <ol>
              {ceremony.agenda.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ol>
          </details>
        ) : null}
      </div>

      <QuorumPanel data={data} marginChoices={MARGINS} />

      <section className="panel" aria-labelledby="roster-heading">
        <h2 id="roster-heading">Roster ({data.roster.length} invited)</h2>
        <Roster roster={data.roster} showPrivate={can(actor.roles, "roster.view")} />
        {editable ? (
          <>
            <h3>Invite</h3>
            <InviteForm id={ceremony.id} candidates={data.candidates} />
          </>
        ) : null}
      </section>

      <div className="grid">
        <section className="panel" aria-labelledby="milestones-heading">
          <h2 id="milestones-heading">Milestones</h2>
          <Milestones milestones={data.milestones} />
        </section>
        <section className="panel" aria-labelledby="history-heading">
          <h2 id="history-heading">History</h2>
          <History history={data.history} />
          {manage ? (
            <TransitionForm
              id={ceremony.id}
              version={ceremony.version}
              options={allowedTransitions(ceremony.status).map((to) => ({ to, verb: TRANSITION_VERBS[to] }))}
            />
          ) : null}
        </section>
      </div>

      {editable ? (
        <>
          <section className="panel" aria-labelledby="requirements-heading">
            <h2 id="requirements-heading">Who is needed</h2>
            <RequirementsForm
              id={ceremony.id}
              version={ceremony.version}
              sets={data.credentialSets.map((s) => ({ id: s.id, label: `${s.code}: ${s.name}` }))}
              initial={data.requirements.map((r) => ({
                role: r.role,
                credentialSetId: (r.credentialSet && setCodeToId.get(r.credentialSet)) || "",
                min: r.min,
              }))}
            />
          </section>
          <section className="panel" aria-labelledby="edit-heading">
            <h2 id="edit-heading">Edit details</h2>
            <CeremonyForm
              action={updateCeremonyAction}
              initial={ceremonyFormValues(ceremony)}
              facilities={data.facilities.map((f) => ({ id: f.id, label: `${f.code}: ${f.name}` }))}
              submitLabel="Save changes"
            />
          </section>
        </>
      ) : null}
    </main>
  );
}
