import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { BundleSummary } from "@/lib/domain/ksr/summary";
import { people } from "./auth";
import { ceremonies } from "./ceremonies";
import { deadlineKind, documentFormat, documentType, verificationChannel } from "./enums";

const instant = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A bundle as stored with its document: what lists, coverage and the timeline need, instants as ms.
 * `verifiedSigners` is absent on rows stored before verification was kept; start-up re-inspects those.
 */
export type StoredBundle = Omit<BundleSummary, "verifiedSigners"> &
  Partial<Pick<BundleSummary, "verifiedSigners">>;

/** A finding as stored with its document. */
export interface StoredFinding {
  severity: "error" | "warning";
  code: string;
  message: string;
}

// An uploaded KSR or SKR: the file as sent, and its inspection. One row per distinct SHA-256.
export const signingDocuments = pgTable(
  "signing_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    type: documentType("type").notNull(),
    sha256: text("sha256").notNull().unique(),
    fileName: text("file_name").notNull(),
    byteSize: integer("byte_size").notNull(),
    content: text("content").notNull(),
    // IANA XML or Knot DNS text; the document's own id and serial attributes (IANA XML only: Knot text
    // has neither), and its domain.
    format: documentFormat("format").notNull().default("iana-xml"),
    documentId: text("document_id"),
    serial: integer("serial"),
    domain: text("domain").notNull(),
    firstInception: instant("first_inception").notNull(),
    lastExpiration: instant("last_expiration").notNull(),
    bundles: jsonb("bundles").$type<StoredBundle[]>().notNull(),
    findings: jsonb("findings").$type<StoredFinding[]>().notNull(),
    errorCount: integer("error_count").notNull(),
    warningCount: integer("warning_count").notNull(),
    uploadedBy: uuid("uploaded_by")
      .notNull()
      .references(() => people.id),
    uploadedAt: instant("uploaded_at").notNull().defaultNow(),
  },
  (t) => [index("signing_documents_type_idx").on(t.type, t.firstInception)],
);

// The KSR a ceremony will sign (at most one per ceremony).
export const ceremonyKsrs = pgTable("ceremony_ksrs", {
  ceremonyId: uuid("ceremony_id")
    .primaryKey()
    .references(() => ceremonies.id),
  documentId: uuid("document_id")
    .notNull()
    .references(() => signingDocuments.id),
  linkedBy: uuid("linked_by")
    .notNull()
    .references(() => people.id),
  linkedAt: instant("linked_at").notNull().defaultNow(),
});

// Staff confirming a KSR's hash out of band with whoever produced it: who, how, when.
export const ksrVerifications = pgTable(
  "ksr_verifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ceremonyId: uuid("ceremony_id")
      .notNull()
      .references(() => ceremonies.id),
    documentId: uuid("document_id")
      .notNull()
      .references(() => signingDocuments.id),
    confirmedBy: text("confirmed_by").notNull(),
    channel: verificationChannel("channel").notNull(),
    confirmedAt: instant("confirmed_at").notNull(),
    note: text("note"),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => people.id),
    recordedAt: instant("recorded_at").notNull().defaultNow(),
  },
  (t) => [index("ksr_verifications_ceremony_idx").on(t.ceremonyId)],
);

// Organisation-wide coverage settings (a single row, id = 1).
export const coverageSettings = pgTable(
  "coverage_settings",
  {
    id: integer("id").primaryKey().default(1),
    // Days the SKR needs between the ceremony and next-needed-by (transport, checks, publication).
    processingMarginDays: integer("processing_margin_days").notNull().default(14),
    alertDays: integer("alert_days").array().notNull().default(sql`'{90,60,30,14,7,3,1}'`),
    // Inside this many days of a deadline, alerts go to staff as well as coordinators.
    widenDays: integer("widen_days").notNull().default(14),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    check("coverage_settings_single", sql`${t.id} = 1`),
    check("coverage_settings_margin", sql`${t.processingMarginDays} between 0 and 365`),
    check("coverage_settings_widen", sql`${t.widenDays} between 0 and 365`),
  ],
);

// Each staged alert sent: one per deadline instant and threshold, so a rerun never sends it twice.
export const coverageAlertsSent = pgTable(
  "coverage_alerts_sent",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    deadline: deadlineKind("deadline").notNull(),
    deadlineAt: instant("deadline_at").notNull(),
    thresholdDays: integer("threshold_days").notNull(),
    sentAt: instant("sent_at").notNull().defaultNow(),
    recipients: integer("recipients").notNull(),
  },
  (t) => [unique("coverage_alerts_sent_once").on(t.deadline, t.deadlineAt, t.thresholdDays)],
);

// The keys whose signatures count toward coverage (DS digests or DNSKEYs of KSKs), per zone. Migration 0008
// inserts the root's published KSKs; coordinators add and remove anchors.
export const trustAnchors = pgTable(
  "trust_anchors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    owner: text("owner").notNull(),
    keyTag: integer("key_tag").notNull(),
    algorithm: integer("algorithm").notNull(),
    digestType: integer("digest_type"),
    digest: text("digest"),
    flags: integer("flags"),
    publicKey: text("public_key"),
    validFrom: instant("valid_from"),
    validUntil: instant("valid_until"),
    // Where it came from, in words: "IANA root-anchors.xml (shipped default)", a file name, "pasted".
    source: text("source").notNull(),
    addedBy: uuid("added_by").references(() => people.id),
    addedAt: instant("added_at").notNull().defaultNow(),
  },
  (t) => [
    check("trust_anchors_material", sql`${t.digest} is not null or ${t.publicKey} is not null`),
    index("trust_anchors_owner_idx").on(t.owner),
  ],
);

// Personal API tokens for /api/coverage and /metrics: only the hash is kept; revoking sets revoked_at.
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: instant("created_at").notNull().defaultNow(),
    lastUsedAt: instant("last_used_at"),
    revokedAt: instant("revoked_at"),
  },
  (t) => [index("api_tokens_person_idx").on(t.personId)],
);
