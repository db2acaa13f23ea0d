// Every queue the app uses. Sign-in mail has its own queue so a burst of notices never delays a login.
export const QUEUES = {
  mailPriority: "mail-priority",
  mail: "mail",
  // Evaluates coverage deadlines and sends staged alerts: daily by cron and after every upload.
  coverageCheck: "coverage-check",
  // Opens contingency workflows whose triggers fired, escalates and reminds: every few minutes by cron.
  contingencyCheck: "contingency-check",
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

import type { QueueOptions } from "pg-boss";

export const MAIL_QUEUE_OPTIONS: QueueOptions = {
  retryLimit: 6,
  retryDelay: 5,
  retryBackoff: true,
  retryDelayMax: 600,
  expireInSeconds: 120,
};
