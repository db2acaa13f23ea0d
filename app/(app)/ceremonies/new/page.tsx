import type { Metadata } from "next";
import { requireAccess } from "@/lib/auth/guard";
import { planningChoices } from "@/lib/queries/planning/ceremony-list";
import { getRuntime } from "@/lib/runtime";
import { createCeremonyAction } from "../actions";
import { CeremonyForm } from "../ceremony-form";

export const metadata: Metadata = { title: "Plan a ceremony" };

// The date finder links here with ?facilityId=&date=&time=&duration=&templateId= to pre-fill the form.
export default async function NewCeremonyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  await requireAccess("ceremonies.manage", "/ceremonies/new");
  const params = await searchParams;
  const { db } = await getRuntime();
  const choices = await planningChoices(db);
  return (
    <main>
      <h1>Plan a ceremony</h1>
      <div className="panel">
        {choices.facilities.length === 0 ? (
          <p className="empty">Add a facility first: a ceremony takes place at one.</p>
        ) : (
          <CeremonyForm
            action={createCeremonyAction}
            facilities={choices.facilities}
            templates={choices.templates}
            submitLabel="Plan ceremony"
            initial={{
              label: params.label ?? "",
              kind: "key_signing",
              facilityId: params.facilityId ?? "",
              templateId: params.templateId ?? "",
              date: params.date ?? "",
              time: params.time ?? "13:00",
              durationMinutes: params.duration ?? 240,
              standbyDate: "",
              agenda: "",
            }}
          />
        )}
      </div>
    </main>
  );
}
