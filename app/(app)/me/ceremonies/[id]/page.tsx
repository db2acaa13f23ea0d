import type { Metadata } from "next";
import Link from "next/link";
import { CeremonyFacts } from "@/app/components/ceremony/ceremony-facts";
import { KsrPanel } from "@/app/components/ceremony/ksr-panel";
import { StatusBadge } from "@/app/components/status-badge";
import { isEditable } from "@/lib/domain/ceremony-lifecycle";
import { answerInWords, RESPONSE_WORDS } from "@/lib/domain/quorum/vocabulary";
import { loadMyCeremonyPage } from "./load";
import { PollSection } from "./poll-section";
import { RespondForm } from "./respond-form";

export const metadata: Metadata = { title: "My invitation" };

export default async function MyCeremonyPage({ params }: { params: Promise<{ id: string }> }) {
  const { data, session, ksr, poll } = await loadMyCeremonyPage(params);
  const { ceremony, facility, invitation } = data;
  const zone = session?.user.timeZone ?? "UTC";
  const answer = {
    invitationId: invitation.id,
    version: invitation.version,
    response: invitation.response,
    note: invitation.note ?? "",
    travelOrigin: invitation.travelOrigin ?? "",
  };
  return (
    <main className="narrow" style={{ maxWidth: "40rem" }}>
      <p>
        <Link href="/me">← My ceremonies</Link>
      </p>
      <h1>
        {ceremony.label} <StatusBadge status={ceremony.status} />
      </h1>
      <CeremonyFacts ceremony={ceremony} facility={facility} viewerZone={zone} />
      <section className="panel" aria-labelledby="answer">
        <h2 id="answer">Can you come?</h2>
        {isEditable(ceremony.status) ? (
          <RespondForm
            answer={answer}
            previous={
              invitation.previousResponse
                ? {
                    response: invitation.previousResponse,
                    words: RESPONSE_WORDS[invitation.previousResponse],
                  }
                : null
            }
          />
        ) : (
          <p>
            This ceremony is {ceremony.status}; your answer was “
            {answerInWords(invitation.response, invitation.previousResponse)}”.
          </p>
        )}
      </section>
      <PollSection poll={poll} invitationId={invitation.id} zone={ceremony.timeZone} viewerZone={zone} />
      {ksr?.linked ? <KsrPanel ksr={ksr} viewerZone={zone} linkDocument={false} /> : null}
      <section className="panel" aria-labelledby="who">
        <h2 id="who">Who is invited</h2>
        <ul data-testid="tcr-roster">
          {data.roster.map((r) => (
            <li key={r.name}>
              {r.name}: {answerInWords(r.response, r.previousResponse)}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
