import Link from "next/link";
import type { openContingencyBanner } from "@/lib/queries/contingency/banner";

export type BannerData = Awaited<ReturnType<typeof openContingencyBanner>>;

/** "2 contingency workflows open: KC41: quorum not met — see it". A region, not an alert: it is on every page. */
export function ContingencyBanner({ data }: { data: BannerData | null }) {
  if (!data || data.count === 0 || !data.mostUrgent) return null;
  const { count, mostUrgent } = data;
  return (
    <section className="contingency-banner no-print" aria-label="Open contingency workflows">
      <strong>
        {count} contingency workflow{count === 1 ? "" : "s"} open:
      </strong>{" "}
      {mostUrgent.title}
      {mostUrgent.state === "open" ? " (not acknowledged yet)" : null}
      {mostUrgent.resolutionProposedAt ? " (ready to resolve)" : null} —{" "}
      <Link href={`/contingencies/${mostUrgent.id}`}>see the workflow</Link>
      {count > 1 ? (
        <>
          {" "}
          · <Link href="/contingencies">all open workflows</Link>
        </>
      ) : null}
    </section>
  );
}
