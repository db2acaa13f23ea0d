import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TextArea, TextInput } from "@/app/components/manage/inputs";
import { Panel } from "@/app/components/manage/layout-blocks";
import { RecordForm } from "@/app/components/manage/record-form";
import { requireAccess } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { countryLabel } from "@/lib/domain/quorum/country-names";
import { getRestriction } from "@/lib/queries/management/restrictions";
import { getRuntime } from "@/lib/runtime";
import { civilDateInZone } from "@/lib/time";
import { restrictionValues } from "@/lib/validation/restriction";
import { editRestrictionAction, endRestrictionAction } from "../actions";
import { describeRestriction } from "../describe";
import { RestrictionFields } from "../restriction-fields";

export const metadata: Metadata = { title: "Travel restriction" };

export default async function RestrictionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireAccess("restrictions.view", `/restrictions/${id}`);
  const { db } = await getRuntime();
  const r = await getRestriction(db, id);
  if (!r) notFound();
  const canManage = can(actor.roles, "restrictions.manage");
  const today = civilDateInZone(Date.now(), "UTC");
  const summary = describeRestriction(restrictionValues(r));
  return (
    <main>
      <p>
        <Link href="/restrictions">All restrictions</Link>
      </p>
      <h1>{summary}</h1>
      <p className="muted">
        Exempt: {r.exempt.map(countryLabel).join(", ") || "none"} · version {r.version}
        {r.note ? ` · ${r.note}` : ""}
      </p>
      {canManage ? (
        <div className="grid">
          <Panel id="edit" title="Edit">
            <RecordForm id="restriction" action={editRestrictionAction} submit="Save restriction" record={r}>
              <RestrictionFields r={r} />
            </RecordForm>
          </Panel>
          <Panel id="end" title="End early">
            <p className="muted">The restriction stays on record with its new last day.</p>
            <RecordForm id="end" action={endRestrictionAction} submit="End restriction" record={r}>
              <TextInput
                name="end"
                type="date"
                label="Last day"
                hint="Empty means today."
                defaultValue={today}
              />
              <TextArea name="reason" label="Reason" />
            </RecordForm>
          </Panel>
        </div>
      ) : null}
    </main>
  );
}
