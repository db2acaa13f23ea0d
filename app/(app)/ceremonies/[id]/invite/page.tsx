import type { Metadata } from "next";
import Link from "next/link";
import { isEditable } from "@/lib/domain/ceremony-lifecycle";
import { loadInvitePage } from "../load";
import { InviteForm } from "./invite-form";

export const metadata: Metadata = { title: "Invite people" };

export default async function InvitePage({ params }: { params: Promise<{ id: string }> }) {
  const { data, candidates } = await loadInvitePage(params);
  const { ceremony } = data;
  return (
    <main>
      <p>
        <Link href={`/ceremonies/${ceremony.id}`}>← {ceremony.label}</Link>
      </p>
      <h1>Invite people to {ceremony.label}</h1>
      <ul className="panel" style={{ listStyle: "none" }}>
        {data.advice.map((a) => (
          <li key={a.key}>
            {a.label}:{" "}
            {a.inviteMore === 0
              ? "enough people for the safety margin."
              : `invite ${a.inviteMore} more for a margin of ${data.safetyMargin}.`}
          </li>
        ))}
      </ul>
      <section className="panel">
        {isEditable(ceremony.status) ? (
          <InviteForm id={ceremony.id} candidates={candidates} />
        ) : (
          <p>
            {ceremony.label} is {ceremony.status}: nobody can be invited.
          </p>
        )}
      </section>
    </main>
  );
}
