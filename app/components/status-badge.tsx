import type { CeremonyStatus } from "@/lib/domain/vocabulary";

const TONE: Record<CeremonyStatus, string> = {
  proposed: "",
  scheduled: "ok",
  confirmed: "ok",
  held: "",
  postponed: "warn",
  cancelled: "bad",
};

export function StatusBadge({ status }: { status: CeremonyStatus }) {
  return <span className={`badge ${TONE[status]}`}>{status}</span>;
}
