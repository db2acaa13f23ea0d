import type { Metadata } from "next";
import { headers } from "next/headers";
import { formatUtc } from "@/lib/time/format";
import { loadSettingsPage } from "./load";
import { FeedForms, TimeZoneForm } from "./settings-forms";

export const metadata: Metadata = { title: "My settings" };

export default async function SettingsPage() {
  const { person, activeFeed } = await loadSettingsPage();
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  return (
    <main style={{ maxWidth: "48rem" }}>
      <h1>My settings</h1>
      <section className="panel">
        <h2>Time zone</h2>
        <p className="muted">Times are shown in the facility's zone and in yours.</p>
        <TimeZoneForm
          timeZone={person?.timeZone ?? "UTC"}
          zones={[...new Set([person?.timeZone ?? "UTC", ...Intl.supportedValuesOf("timeZone")])]}
        />
      </section>
      <section className="panel">
        <h2>Calendar subscription</h2>
        <p className="muted">
          A private address your calendar app can subscribe to: your ceremonies and their standby dates,
          updated as plans change.{" "}
          {activeFeed
            ? `You have an active address since ${formatUtc(activeFeed.createdAt)}.`
            : "You have none yet."}
        </p>
        <FeedForms hasFeed={Boolean(activeFeed)} origin={origin} />
      </section>
    </main>
  );
}
