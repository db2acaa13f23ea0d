import type { NotificationEvent } from "@/lib/services/notify/notify";

/** Each kind of notice as the inbox filter names it. */
export const NOTICE_KINDS: Record<NotificationEvent, string> = {
  "invitation.sent": "Invitations",
  "invitation.reminder": "Reminders to answer",
  "answers.due": "Responses due with the quorum short",
  "response.recorded": "Receipts of your answers",
  "verdict.changed": "Quorum changes",
  "ceremony.changed": "Ceremony changes",
  "poll.opened": "Date polls",
  "coverage.alert": "Coverage alerts",
  "contingency.notice": "Contingency notices",
};

export const noticeKind = (event: string) => NOTICE_KINDS[event as NotificationEvent] ?? event;
