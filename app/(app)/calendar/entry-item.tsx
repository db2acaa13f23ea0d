import Link from "next/link";
import { ceremonyPathFor } from "@/lib/auth/policy";
import type { CalendarEntry } from "@/lib/domain/calendar/calendar-events";
import type { PersonRole } from "@/lib/domain/people";
import type { FacilityStyle } from "./facility-styles";

const KIND_LABEL = {
  ceremony: "",
  standby: "Standby",
  milestone: "Deadline",
  restriction: "Restriction",
} as const;

/** One entry: facility code (with its colour), what it is, the viewer's time and the facility's when it differs. */
export function EntryItem({
  entry,
  styles,
  roles,
}: {
  entry: CalendarEntry;
  styles: Map<string, FacilityStyle>;
  roles: readonly PersonRole[];
}) {
  const facility = entry.facilityId ? styles.get(entry.facilityId) : undefined;
  const title = entry.cancelled ? <s>{entry.title}</s> : entry.title;
  return (
    <li
      className={`calendar-entry calendar-${entry.kind}`}
      style={{ borderLeftColor: facility?.color ?? "var(--line)" }}
    >
      {facility ? <span className="calendar-code">{facility.code}</span> : null}
      {KIND_LABEL[entry.kind] ? <span className="muted"> {KIND_LABEL[entry.kind]}: </span> : " "}
      {entry.ceremonyId ? <Link href={ceremonyPathFor(roles, entry.ceremonyId)}>{title}</Link> : title}
      {entry.cancelled ? <strong> (cancelled)</strong> : null}
      {entry.continued ? <span className="muted"> (continued)</span> : null}
      {entry.time ? <span className="calendar-time"> {entry.time}</span> : null}
      {entry.facilityTime ? (
        <span className="calendar-time muted"> facility: {entry.facilityTime}</span>
      ) : null}
    </li>
  );
}
