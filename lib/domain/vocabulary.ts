// Closed vocabularies stored in the database. Each list feeds a Postgres enum, zod and the TS union.
export const CEREMONY_STATUSES = [
  "proposed",
  "scheduled",
  "confirmed",
  "held",
  "postponed",
  "cancelled",
] as const;
export type CeremonyStatus = (typeof CEREMONY_STATUSES)[number];

export const CEREMONY_KINDS = [
  "key_signing",
  "key_generation",
  "hsm_replacement",
  "credential_rotation",
  "disaster_recovery",
] as const;
export type CeremonyKind = (typeof CEREMONY_KINDS)[number];

export const CREDENTIAL_KINDS = ["crypto_officer", "recovery_key_share", "other"] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

export { SEAT_STATUSES, type SeatStatus } from "./quorum/vocabulary";

export const EMAIL_STATUSES = ["queued", "sent", "failed"] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

// How staff confirmed a KSR's hash with the ZSK operator, outside the channel the file came through.
export const VERIFICATION_CHANNELS = ["phone", "video_call", "in_person", "signed_email", "other"] as const;
export type VerificationChannel = (typeof VERIFICATION_CHANNELS)[number];
