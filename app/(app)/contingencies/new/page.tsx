import type { Metadata } from "next";
import Link from "next/link";
import { playbookLabel } from "@/app/components/contingency/phrases";
import { FormPage } from "@/app/components/manage/layout-blocks";
import { requireAccess } from "@/lib/auth/guard";
import { listPlaybooks } from "@/lib/queries/contingency/playbooks";
import { isUuid } from "@/lib/queries/management/is-uuid";
import { listCeremonies } from "@/lib/queries/planning/ceremony-list";
import { getRuntime } from "@/lib/runtime";
import { formatMeeting } from "@/lib/time/format";
import { OpenContingencyForm } from "./open-form";

export const metadata: Metadata = { title: "Open a contingency workflow" };

const STILL_AHEAD = ["proposed", "scheduled", "confirmed", "postponed"];

export default async function OpenContingencyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  await requireAccess("contingency.open", "/contingencies/new");
  const { ceremonyId } = await searchParams;
  const { db } = await getRuntime();
  const [ceremonies, playbooks] = await Promise.all([
    listCeremonies(db, new Date(), "upcoming"),
    listPlaybooks(db),
  ]);
  return (
    <FormPage
      title="Open a contingency workflow"
      intro={
        <p>
          Workflows about quorum and the SKR deadline open by themselves. Open one here for anything else that
          threatens a ceremony; the coordinators are told at once.{" "}
          <Link href="/contingencies">Back to the list</Link>
        </p>
      }
    >
      <OpenContingencyForm
        ceremonies={ceremonies
          .filter((c) => STILL_AHEAD.includes(c.status))
          .map((c) => ({
            value: c.id,
            label: `${c.label}, ${c.facilityName}, ${formatMeeting(c.startsAt, c.timeZone)}`,
          }))}
        playbooks={playbooks.map((p) => ({
          value: p.id,
          label: `${playbookLabel(p.name, p.assurance)}${p.isDefault ? " — the default" : ""}`,
        }))}
        ceremonyId={isUuid(ceremonyId) ? ceremonyId : null}
      />
    </FormPage>
  );
}
