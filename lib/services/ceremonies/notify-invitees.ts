import "server-only";
import type { PgBoss } from "pg-boss";
import type { Queryable } from "@/db/client";
import type { ChangeKind } from "@/emails/ceremony-changed";
import type { CeremonySummaryProps } from "@/emails/ceremony-summary";
import type { InvitationEmailProps } from "@/emails/invitation";
import { type CalendarCeremony, ceremonyCalendar } from "@/lib/calendar/ceremony-calendar";
import { ROLES } from "@/lib/domain/roles";
import { words } from "@/lib/domain/words";
import { appUrl } from "@/lib/http/app-url";
import type { CeremonyRow } from "@/lib/queries/planning/load-quorum";
import { notify } from "@/lib/services/notify/notify";
import { formatMeeting } from "@/lib/time/format";

export interface Recipient {
  personId: string;
  name: string;
  email: string;
  timeZone: string;
  /** Set when the ceremony moved and this person's earlier answer waits for re-confirmation. */
  previousAnswer?: string | null;
}

export function calendarEntry(
  ceremony: CeremonyRow,
  url = appUrl(`/me/ceremonies/${ceremony.id}`),
): CalendarCeremony {
  return {
    id: ceremony.id,
    label: ceremony.label,
    kind: ceremony.kind,
    status: ceremony.status,
    startsAt: ceremony.startsAt,
    durationMinutes: ceremony.durationMinutes,
    timeZone: ceremony.timeZone,
    standbyDate: ceremony.standbyDate,
    facilityName: ceremony.facility.name,
    city: ceremony.facility.city,
    version: ceremony.version,
    url,
  };
}

/** The ceremony as one recipient reads it: facility time and their own time. */
export function summaryFor(ceremony: CeremonyRow, recipient: Recipient): CeremonySummaryProps {
  return {
    label: ceremony.label,
    facility: `${ceremony.facility.name}, ${ceremony.facility.city}`,
    facilityTime: formatMeeting(ceremony.startsAt, ceremony.timeZone),
    localTime: formatMeeting(ceremony.startsAt, recipient.timeZone),
    standbyDate: ceremony.standbyDate,
    url: appUrl(`/me/ceremonies/${ceremony.id}`),
  };
}

const roleWords = (roles: readonly string[]) =>
  roles
    .filter((r) => (ROLES as readonly string[]).includes(r))
    .map(words)
    .join(" and ") || "participant";

/** An invitation mail's props for one person; `reminder` for one who has not answered yet. */
export function invitationProps(
  ceremony: CeremonyRow,
  person: Recipient & { name: string; roles: readonly string[] },
  reminder = false,
): InvitationEmailProps {
  return {
    ...summaryFor(ceremony, person),
    name: person.name,
    role: roleWords(person.roles),
    ...(reminder ? { reminder } : {}),
  };
}

export function icsAttachment(ceremony: CeremonyRow, method: "REQUEST" | "CANCEL") {
  const text = ceremonyCalendar([calendarEntry(ceremony)], method, ceremony.label);
  return {
    filename: `${ceremony.label.replace(/[^A-Za-z0-9._-]+/g, "-")}.ics`,
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: Buffer.from(text, "utf8").toString("base64"),
  };
}

/**
 * Tells everyone invited that the ceremony changed, was postponed or cancelled, with the updated
 * calendar entry attached. `eventKey` makes each notice once-only per recipient.
 */
export async function notifyInvitees(
  tx: Queryable,
  boss: PgBoss,
  ceremony: CeremonyRow,
  recipients: readonly Recipient[],
  notice: { change: ChangeKind; reason: string | null; details: string[]; eventKey: string },
) {
  const attachment = icsAttachment(ceremony, notice.change === "cancelled" ? "CANCEL" : "REQUEST");
  await notify(tx, boss, {
    event: "ceremony.changed",
    key: notice.eventKey,
    recipients,
    message: (recipient) => ({
      template: "ceremony_changed",
      props: {
        ...summaryFor(ceremony, recipient),
        change: notice.change,
        reason: notice.reason,
        details: notice.details,
        previousAnswer: recipient.previousAnswer ?? null,
      },
      attachments: [attachment],
    }),
  });
}
