import type { NextCeremony } from "@/lib/queries/dashboard/next-ceremonies";
import styles from "./dashboard.module.css";

/** Confirmed of needed per requirement, with a bar to read at a glance. */
export function QuorumGauge({ gauge }: { gauge: NextCeremony["gauge"] }) {
  if (gauge.length === 0) return <p className="muted">No requirements set yet: say who is needed.</p>;
  return (
    <ul className={styles.gauge} aria-label="Quorum">
      {gauge.map((r) => (
        <li key={r.key} data-testid={`gauge-${r.key}`}>
          {r.label}:{" "}
          <strong>
            {r.confirmed} of {r.min}
          </strong>{" "}
          confirmed <span className={`badge ${r.met ? "ok" : "bad"}`}>{r.met ? "met" : "short"}</span>
          <meter className={styles.bar} min={0} max={r.min} value={Math.min(r.confirmed, r.min)} />
        </li>
      ))}
    </ul>
  );
}
