import { formatMeeting } from "@/lib/time/format";

export interface TimelineItem {
  at: Date;
  kind: string;
  actorLabel: string;
  text: string;
}

/** Every event of a workflow in the order it happened, each with its time in the reader's zone and who. */
export function ContingencyTimeline({
  entries,
  zone,
  testId = "timeline",
}: {
  entries: readonly TimelineItem[];
  zone: string;
  testId?: string;
}) {
  if (entries.length === 0) return <p className="empty">Nothing has happened yet.</p>;
  return (
    <ol className="contingency-timeline" data-testid={testId}>
      {entries.map((entry, index) => (
        // Two events may share an instant and a kind; their position is what orders them.
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is append-only and never reordered
        <li key={index} data-kind={entry.kind}>
          <time dateTime={entry.at.toISOString()}>{formatMeeting(entry.at, zone)}</time>{" "}
          <span className="muted">{entry.actorLabel}</span>
          <div>{entry.text}</div>
        </li>
      ))}
    </ol>
  );
}
