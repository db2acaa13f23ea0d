import type { Metadata } from "next";
import Link from "next/link";
import { playbookLabel } from "@/app/components/contingency/phrases";
import { FormPage } from "@/app/components/manage/layout-blocks";
import { STILL_AHEAD } from "@/lib/domain/ceremony-lifecycle";
import { formatMeeting } from "@/lib/time/format";
import { loadOpenContingencyPage } from "./load";
import { OpenContingencyForm } from "./open-form";

export const metadata: Metadata = { title: "Open a contingency workflow" };

export default async function OpenContingencyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const { ceremonies, playbooks, ceremonyId } = await loadOpenContingencyPage(searchParams);
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
          .filter((c) => (STILL_AHEAD as readonly string[]).includes(c.status))
          .map((c) => ({
            value: c.id,
            label: `${c.label}, ${c.facilityName}, ${formatMeeting(c.startsAt, c.timeZone)}`,
          }))}
        playbooks={playbooks.map((p) => ({
          value: p.id,
          label: `${playbookLabel(p.name, p.assurance)}${p.isDefault ? " — the default" : ""}`,
        }))}
        ceremonyId={ceremonyId}
      />
    </FormPage>
  );
}
