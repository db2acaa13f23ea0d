import { pgEnum } from "drizzle-orm/pg-core";
import {
  ASSURANCE_LEVELS,
  CONTINGENCY_CAUSES,
  CONTINGENCY_STATES,
  EVIDENCE_KINDS,
  STEP_STATUSES,
} from "@/lib/domain/contingency/vocabulary";
import { DEADLINE_KINDS } from "@/lib/domain/coverage/alerts";
import { EVIDENCE_MEDIA_TYPES } from "@/lib/domain/files/sniff-type";
import { DOCUMENT_FORMATS, DOCUMENT_TYPES } from "@/lib/domain/ksr/model";
import { PERSON_ROLES } from "@/lib/domain/people";
import { POLL_MARKS, POLL_STATUSES } from "@/lib/domain/quorum/poll";
import { RESPONSES, RESTRICTION_KINDS, VERDICTS } from "@/lib/domain/quorum/vocabulary";
import { ROLES } from "@/lib/domain/roles";
import {
  CEREMONY_KINDS,
  CEREMONY_STATUSES,
  CREDENTIAL_KINDS,
  EMAIL_STATUSES,
  SEAT_STATUSES,
  VERIFICATION_CHANNELS,
} from "@/lib/domain/vocabulary";

export const personRole = pgEnum("person_role", PERSON_ROLES);
export const ceremonyStatus = pgEnum("ceremony_status", CEREMONY_STATUSES);
export const ceremonyKind = pgEnum("ceremony_kind", CEREMONY_KINDS);
export const credentialKind = pgEnum("credential_kind", CREDENTIAL_KINDS);
export const seatStatus = pgEnum("seat_status", SEAT_STATUSES);
export const emailStatus = pgEnum("email_status", EMAIL_STATUSES);
export const ceremonyRole = pgEnum("ceremony_role", ROLES);
export const invitationResponse = pgEnum("invitation_response", RESPONSES);
export const restrictionKind = pgEnum("restriction_kind", RESTRICTION_KINDS);
export const verdict = pgEnum("verdict", VERDICTS);
export const pollMark = pgEnum("poll_mark", POLL_MARKS);
export const pollStatus = pgEnum("poll_status", POLL_STATUSES);
export const documentType = pgEnum("document_type", DOCUMENT_TYPES);
export const documentFormat = pgEnum("document_format", DOCUMENT_FORMATS);
export const verificationChannel = pgEnum("verification_channel", VERIFICATION_CHANNELS);
export const deadlineKind = pgEnum("deadline_kind", DEADLINE_KINDS);
export const contingencyState = pgEnum("contingency_state", CONTINGENCY_STATES);
export const contingencyCause = pgEnum("contingency_cause", CONTINGENCY_CAUSES);
export const assuranceLevel = pgEnum("assurance_level", ASSURANCE_LEVELS);
export const evidenceKind = pgEnum("evidence_kind", EVIDENCE_KINDS);
export const stepStatus = pgEnum("step_status", STEP_STATUSES);
export const evidenceMediaType = pgEnum("evidence_media_type", EVIDENCE_MEDIA_TYPES);
