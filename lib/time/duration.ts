// ISO 8601 durations as used by KSR policies (P10D, PT0S, P1W, PT1H30M). Years and months have no fixed
// length, so they are refused rather than guessed.
const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Duration in seconds, or null when the text is not a supported ISO 8601 duration. */
export function parseIsoDurationSeconds(text: string): number | null {
  const match = DURATION.exec(text);
  if (!match || text === "P" || text.endsWith("T")) return null;
  const [weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  return (
    (weeks ?? 0) * 604_800 +
    (days ?? 0) * 86_400 +
    (hours ?? 0) * 3_600 +
    (minutes ?? 0) * 60 +
    (seconds ?? 0)
  );
}

/** Human form for messages: "21d", "4d 23h 59m 59s". */
export function formatDurationSeconds(total: number): string {
  const sign = total < 0 ? "-" : "";
  let rest = Math.abs(total);
  const parts: string[] = [];
  for (const [unit, size] of [
    ["d", 86_400],
    ["h", 3_600],
    ["m", 60],
    ["s", 1],
  ] as const) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) parts.push(`${count}${unit}`);
  }
  return sign + (parts.length ? parts.join(" ") : "0s");
}
