import styles from "./coverage.module.css";

/** The diagonal hatching that marks a gap, so a gap reads without colour. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
        <line x1="0" y1="0" x2="0" y2="6" className={styles.gap} />
      </pattern>
    </defs>
  );
}
