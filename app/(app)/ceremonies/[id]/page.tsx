import type { Metadata } from "next";
import Link from "next/link";
import { CeremonyFacts } from "@/app/components/ceremony/ceremony-facts";
import { History } from "@/app/components/ceremony/history";
import { KsrPanel } from "@/app/components/ceremony/ksr-panel";
import { Milestones } from "@/app/components/ceremony/milestones";
import { NotAnswered } from "@/app/components/ceremony/not-answered";
import { QuorumPanel } from "@/app/components/ceremony/quorum-panel";
import { Roster } from "@/app/components/ceremony/roster";
import { DeadlineWarnings } from "@/app/components/coverage/deadline-warnings";
import { StatusBadge } from "@/app/components/status-badge";
import { can } from "@/lib/auth/policy";
import { allowedTransitions, isEditable, TRANSITION_VERBS } from "@/lib/domain/ceremony-lifecycle";
import { LinkKsrForm, VerifyKsrForm } from "./ksr-forms";
import { loadCeremonyLabel, loadCeremonyPage } from "./load";
import { RemindForm } from "./remind-form";
import { TransitionForm } from "./transition-form";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: await loadCeremonyLabel(params) };
}

const MARGINS = [0, 1, 2, 3];

export default async function CeremonyPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { actor, data, roster, margin, viewerZone, ksr, coverage } = await loadCeremonyPage(
    params,
    searchParams,
  );
  const { ceremony } = data;
  const manage = can(actor.roles, "ceremonies.manage");
  const editable = manage && isEditable(ceremony.status);
  return (
    <main>
      <p className="no-print">
        <Link href="/ceremonies">← Ceremonies</Link>
      </p>
      <h1>
        {ceremony.label} <StatusBadge status={ceremony.status} />
      </h1>
      <CeremonyFacts
        ceremony={ceremony}
        facility={ceremony.facility}
        viewerZone={viewerZone}
        links={
          editable ? (
            <>
              {" "}
              · <Link href={`/ceremonies/${ceremony.id}/edit`}>Edit details and requirements</Link> ·{" "}
              <Link href={`/date-finder?ceremonyId=${ceremony.id}`}>Find another date</Link> ·{" "}
              <Link href={`/ceremonies/${ceremony.id}/poll`}>Date poll</Link>
            </>
          ) : (
            <>
              {" "}
              · <Link href={`/ceremonies/${ceremony.id}/poll`}>Date poll</Link>
            </>
          )
        }
      />

      {coverage ? <DeadlineWarnings state={coverage} ceremonyId={ceremony.id} /> : null}

      <QuorumPanel data={data} marginChoices={MARGINS} />

      {ksr ? (
        <KsrPanel
          ksr={ksr}
          viewerZone={viewerZone}
          linkForm={
            can(actor.roles, "ceremonies.link_ksr") && isEditable(ceremony.status) ? (
              <LinkKsrForm
                ceremonyId={ceremony.id}
                current={ksr.linked?.documentId ?? null}
                choices={ksr.choices}
              />
            ) : null
          }
          verifyForm={
            ksr.linked && can(actor.roles, "ksr.verify") ? (
              <VerifyKsrForm ceremonyId={ceremony.id} documentId={ksr.linked.documentId} zone={viewerZone} />
            ) : null
          }
        />
      ) : null}

      <section className="panel" aria-labelledby="roster-heading">
        <h2 id="roster-heading">Roster ({data.roster.length} invited)</h2>
        <NotAnswered
          roster={data.roster}
          viewerZone={viewerZone}
          remind={
            editable ? (
              <RemindForm
                ceremonyId={ceremony.id}
                open={data.roster.filter((r) => r.response === "no_answer").length}
              />
            ) : null
          }
        />
        <Roster
          page={roster}
          total={data.roster.length}
          href={(page) =>
            `/ceremonies/${ceremony.id}?${new URLSearchParams({ ...(margin === undefined ? {} : { margin: String(margin) }), roster: page })}#roster-heading`
          }
          showPrivate={can(actor.roles, "roster.view")}
        />
        {editable ? (
          <p className="no-print">
            <Link className="button" href={`/ceremonies/${ceremony.id}/invite`}>
              Invite people
            </Link>
          </p>
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
    </main>
  );
}
