import type { Metadata } from "next";
import { createCeremonyAction } from "../actions";
import { CeremonyForm } from "../ceremony-form";
import { loadNewCeremonyPage } from "./load";

export const metadata: Metadata = { title: "Plan a ceremony" };

// The date finder links here with ?facilityId=&date=&time=&duration=&templateId= to pre-fill the form.
export default async function NewCeremonyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const { params, choices } = await loadNewCeremonyPage(searchParams);
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
