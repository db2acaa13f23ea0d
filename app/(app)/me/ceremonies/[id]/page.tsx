import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CeremonyFacts } from "@/app/components/ceremony/ceremony-facts";
import { KsrPanel } from "@/app/components/ceremony/ksr-panel";
import { StatusBadge } from "@/app/components/status-badge";
import { currentSession, requireAccess } from "@/lib/auth/guard";
import { isEditable } from "@/lib/domain/ceremony-lifecycle";
import { answerInWords, RESPONSE_WORDS } from "@/lib/domain/quorum/vocabulary";
import { ceremonyKsr } from "@/lib/queries/planning/ceremony-ksr";
import { myCeremony } from "@/lib/queries/portal";
import { getRuntime } from "@/lib/runtime";
import { RespondForm } from "./respond-form";

export const metadata: Metadata = { title: "My invitation" };

export default async function MyCeremonyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireAccess("portal.view", `/me/ceremonies/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const { db } = await getRuntime();
  const data = await myCeremony(db, actor.id as string, id);
  if (!data) notFound();
  const session = await currentSession();
  const { ceremony, facility, invitation } = data;
  // Invitees witness the hash check at the ceremony: they see the KSR's SHA-256 and its PGP words.
  const ksr = ceremony.kind === "key_signing" ? await ceremonyKsr(db, ceremony.id) : null;
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
