import "server-only";
import type { PgBoss } from "pg-boss";
import type { Queryable } from "@/db/client";
import type { EmailAttachment } from "@/db/schema";
import type { EmailProps, EmailTemplate } from "@/emails";
import { emailChannel } from "./email-channel";
import { inboxChannel } from "./inbox-channel";

/** What happened, named once for every channel. */
export const NOTIFICATION_EVENTS = [
  "invitation.sent",
  "invitation.reminder",
  "answers.due",
  "response.recorded",
  "verdict.changed",
  "ceremony.changed",
  "poll.opened",
  "coverage.alert",
  "contingency.notice",
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

export interface NotificationRecipient {
  personId: string;
  email: string;
}

/** The message one recipient gets, channel-neutral: the template and its props (rendered by the channel). */
export interface NotificationMessage<T extends EmailTemplate> {
  template: T;
  props: EmailProps<T>;
  attachments?: EmailAttachment[];
}

export interface Notification<T extends EmailTemplate, R extends NotificationRecipient> {
  event: NotificationEvent;
  /**
   * This occurrence of the event ("verdict:<audit event id>"). With the recipient it makes each
   * delivery's idempotency key, so a re-run, a retry or a second instance never queues a notice twice.
   */
  key: string;
  recipients: readonly R[];
  message: (recipient: R) => NotificationMessage<T>;
}

/** One recipient's copy of a notification, as a channel queues it. */
export interface Delivery<T extends EmailTemplate = EmailTemplate> extends NotificationMessage<T> {
  event: NotificationEvent;
  key: string;
  recipient: NotificationRecipient;
}

/** One delivery's key: the notification's occurrence and the recipient (the outbox's idempotency key). */
export const deliveryKey = (delivery: Delivery) => `${delivery.key}:${delivery.recipient.personId}`;

/**
 * A way to reach people. `enqueue` runs inside the caller's transaction and only stores what to send, in
 * a number of statements that does not grow with the number of notifications; the channel's worker
 * renders and delivers it after commit. Returns the keys (deliveryKey) it newly queued: one queued
 * already is left out. In-app or webhook channels join this list without touching the services.
 */
export interface Channel {
  name: string;
  enqueue(tx: Queryable, boss: PgBoss, deliveries: readonly Delivery[]): Promise<Set<string>>;
}

const CHANNELS: readonly Channel[] = [emailChannel, inboxChannel];

/** Each recipient's copy of a notification, ready for the channels. */
export function deliveriesOf<T extends EmailTemplate, R extends NotificationRecipient>(
  notification: Notification<T, R>,
): Delivery[] {
  return notification.recipients.map((recipient) => ({
    ...(notification.message(recipient) as NotificationMessage<EmailTemplate>),
    event: notification.event,
    key: notification.key,
    recipient,
  }));
}

/**
 * Queues deliveries of any number of notifications on every channel at once (a sweep over many
 * ceremonies): one batch per channel. Returns how many deliveries newly reached their recipient.
 */
export async function deliver(tx: Queryable, boss: PgBoss, deliveries: readonly Delivery[]): Promise<number> {
  if (deliveries.length === 0) return 0;
  const reached = new Set<string>();
  for (const channel of CHANNELS)
    for (const key of await channel.enqueue(tx, boss, deliveries)) reached.add(key);
  return reached.size;
}

/**
 * The one way a service tells people something: one delivery per recipient and channel, queued in the
 * caller's transaction, so nothing goes out unless the change commits and nothing committed is lost.
 * Nothing is rendered here. Returns how many recipients were newly reached (on any channel).
 */
export async function notify<T extends EmailTemplate, R extends NotificationRecipient>(
  tx: Queryable,
  boss: PgBoss,
  notification: Notification<T, R>,
): Promise<number> {
  return deliver(tx, boss, deliveriesOf(notification));
}
