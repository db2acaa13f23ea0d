import type { Metadata } from "next";
import Link from "next/link";
import { TextArea, TextInput } from "@/app/components/manage/inputs";
import { Panel } from "@/app/components/manage/layout-blocks";
import { RecordForm } from "@/app/components/manage/record-form";
import { can } from "@/lib/auth/policy";
import { countryLabel } from "@/lib/domain/quorum/country-names";
import { restrictionValues } from "@/lib/validation/restriction";
import { editRestrictionAction, endRestrictionAction } from "../actions";
import { describeRestriction } from "../describe";
import { RestrictionFields } from "../restriction-fields";
import { loadRestrictionPage } from "./load";

export const metadata: Metadata = { title: "Travel restriction" };

export default async function RestrictionPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, r, today } = await loadRestrictionPage(params);
  const canManage = can(actor.roles, "restrictions.manage");
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
