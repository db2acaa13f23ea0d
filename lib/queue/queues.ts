import "server-only";
// Every queue the app uses. Sign-in links have their own queue and workers, so a burst of notices or a
// provider connection that hangs on one of them never delays a login.
export const QUEUES = {
  signIn: "sign-in",
  mail: "mail",
  // Evaluates coverage deadlines and sends staged alerts: daily by cron and after every upload.
  coverageCheck: "coverage-check",
  // Opens contingency workflows whose triggers fired, escalates and reminds: every few minutes by cron.
  contingencyCheck: "contingency-check",
  // Signs a checkpoint of the audit trail: hourly by cron.
  auditCheckpoint: "audit-checkpoint",
  // Reminds invitees who have not answered, 14, 7 and 2 days before the RSVP-by date: hourly by cron.
  answerReminders: "answer-reminders",
  // Re-judges a ceremony's quorum after an answer, so the answer commits without waiting for it.
  verdictRefresh: "verdict-refresh",
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

import type { Queue } from "pg-boss";

export type QueueSettings = Omit<Queue, "name" | "policy">;

export const MAIL_QUEUE_OPTIONS: QueueSettings = {
  retryLimit: 6,
  retryDelay: 5,
  retryBackoff: true,
  retryDelayMax: 600,
  expireInSeconds: 120,
  notify: true,
};

// A sign-in link lives 10 minutes: retry quickly, and give up while the person is still waiting.
export const SIGN_IN_QUEUE_OPTIONS: QueueSettings = {
  retryLimit: 4,
  retryDelay: 2,
  retryBackoff: true,
  retryDelayMax: 60,
  expireInSeconds: 60,
  notify: true,
};

// A verdict refresh is idempotent (it compares with the stored verdict under a row lock): retry it
// quickly and often, since a coordinator waits for the notice it may send.
export const VERDICT_QUEUE_OPTIONS: QueueSettings = {
  retryLimit: 8,
  retryDelay: 2,
  retryBackoff: true,
  retryDelayMax: 120,
  expireInSeconds: 60,
  notify: true,
};
