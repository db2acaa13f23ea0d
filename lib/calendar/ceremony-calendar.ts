import { TZDate } from "@date-fns/tz";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { tzlib_get_ical_block } from "timezones-ical-library";
import type { CeremonyStatus } from "@/lib/domain/vocabulary";
import { words } from "@/lib/domain/words";
import { addMinutesToInstant } from "@/lib/time";

export interface CalendarCeremony {
  id: string;
  label: string;
  kind: string;
  status: CeremonyStatus;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  standbyDate: string | null;
  facilityName: string;
  city: string;
  /** Bumped on every change to the ceremony: calendar clients replace the event when it grows. */
  version: number;
  url: string;
}

export type CalendarMethod = "PUBLISH" | "REQUEST" | "CANCEL";

const UID_DOMAIN = "ceremony-desk";

function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) ? (block[0] ?? null) : null;
}

/**
 * An iCalendar file for ceremonies: each ceremony is one event in its facility's zone (with VTIMEZONE)
 * and its standby date is a second, all-day event. UIDs are stable; SEQUENCE is the ceremony version.
 */
export function ceremonyCalendar(
  ceremonies: readonly CalendarCeremony[],
  method: CalendarMethod,
  name: string,
): string {
  const calendar = ical({
    name,
    method: ICalCalendarMethod[method],
    prodId: { company: "Ceremony Desk", product: "ceremonies", language: "EN" },
    timezone: { name: null, generator: vtimezone },
  });
  for (const c of ceremonies) {
    const cancelled = method === "CANCEL" || c.status === "cancelled";
    const status = cancelled
      ? ICalEventStatus.CANCELLED
      : c.status === "proposed"
        ? ICalEventStatus.TENTATIVE
        : ICalEventStatus.CONFIRMED;
    const start = c.startsAt.getTime();
    calendar.createEvent({
      id: `${c.id}@${UID_DOMAIN}`,
      sequence: c.version,
      start: new TZDate(start, c.timeZone),
      end: new TZDate(addMinutesToInstant(start, c.durationMinutes), c.timeZone),
      timezone: c.timeZone,
      summary: `${c.label}: ${words(c.kind)} ceremony`,
      location: `${c.facilityName}, ${c.city}`,
      description: `Ceremony ${c.label} at ${c.facilityName}. Details and your response: ${c.url}`,
      url: c.url,
      status,
    });
    if (c.standbyDate) {
      const [y, m, d] = c.standbyDate.split("-").map(Number) as [number, number, number];
      calendar.createEvent({
        id: `${c.id}-standby@${UID_DOMAIN}`,
        sequence: c.version,
        start: new TZDate(y, m - 1, d, "UTC"),
        allDay: true,
        summary: `${c.label}: standby date`,
        location: `${c.facilityName}, ${c.city}`,
        description: `Held in reserve in case ${c.label} cannot go ahead. ${c.url}`,
        url: c.url,
        status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.TENTATIVE,
      });
    }
  }
  return calendar.toString();
}
