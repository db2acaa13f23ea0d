import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { PlaybookDefinition } from "@/lib/domain/contingency/playbook";
import { people } from "./auth";
import { bytea } from "./bytea";
import { ceremonies } from "./ceremonies";
import {
  assuranceLevel,
  contingencyCause,
  contingencyState,
  evidenceKind,
  evidenceMediaType,
  personRole,
  stepStatus,
} from "./enums";

const instant = (name: string) => timestamp(name, { withTimezone: true });

// The organisation's contingency ladders. The definition is validated JSON (lib/domain/contingency).
export const playbooks = pgTable("playbooks", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  assurance: assuranceLevel("assurance").notNull(),
  definition: jsonb("definition").$type<PlaybookDefinition>().notNull(),
  version: integer("version").notNull().default(1),
  updatedAt: instant("updated_at").notNull().defaultNow(),
});

// One emergency being worked: what triggered it and where it stands. `cause_key` names the ceremony and
// cause (or the coverage deadline); at most one workflow per key is open at a time.
export const contingencies = pgTable(
  "contingencies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    playbookId: uuid("playbook_id")
      .notNull()
      .references(() => playbooks.id),
    // The playbook as it was when the workflow opened: later edits do not move a running workflow.
    playbook: jsonb("playbook").$type<PlaybookDefinition>().notNull(),
    playbookName: text("playbook_name").notNull(),
    cause: contingencyCause("cause").notNull(),
    causeKey: text("cause_key").notNull(),
    ceremonyId: uuid("ceremony_id").references(() => ceremonies.id),
    reason: text("reason").notNull(),
    // What the step due offsets count back from: the ceremony start or the SKR deadline.
    deadlineAt: instant("deadline_at"),
    state: contingencyState("state").notNull().default("open"),
    chosenOption: text("chosen_option"),
    // Who chose the option: separation of duties keeps them from approving it.
    chosenBy: uuid("chosen_by").references(() => people.id),
    escalationLevel: integer("escalation_level").notNull().default(0),
    resolutionProposedAt: instant("resolution_proposed_at"),
    openedBy: uuid("opened_by").references(() => people.id),
    openedAt: instant("opened_at").notNull().defaultNow(),
    acknowledgedAt: instant("acknowledged_at"),
    closedAt: instant("closed_at"),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("contingencies_one_open_per_cause")
      .on(t.causeKey)
      .where(sql`${t.state} not in ('resolved', 'abandoned')`),
    index("contingencies_state_idx").on(t.state),
  ],
);

// The chosen option's steps, copied from the playbook with their due instants when execution starts.
export const contingencySteps = pgTable(
  "contingency_steps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contingencyId: uuid("contingency_id")
      .notNull()
      .references(() => contingencies.id),
    optionKey: text("option_key").notNull(),
    stepKey: text("step_key").notNull(),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    ownerRole: personRole("owner_role").notNull(),
    dueAt: instant("due_at").notNull(),
    evidence: evidenceKind("evidence").notNull(),
    status: stepStatus("status").notNull().default("pending"),
    evidenceNote: text("evidence_note"),
    completedBy: uuid("completed_by").references(() => people.id),
    completedAt: instant("completed_at"),
    // Overdue reminders sent: 1 = owner, 2 = coordinators.
    reminderStage: integer("reminder_stage").notNull().default(0),
  },
  (t) => [unique("contingency_steps_once").on(t.contingencyId, t.optionKey, t.stepKey)],
);

// Files left as a step's evidence, kept whole in the database so the record travels with it (5 MiB each
// at most). The type was read from the content, never taken from the browser; the SHA-256 identifies
// the exact bytes on a printed report.
export const contingencyEvidence = pgTable(
  "contingency_evidence",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contingencyId: uuid("contingency_id")
      .notNull()
      .references(() => contingencies.id),
    stepId: uuid("step_id")
      .notNull()
      .references(() => contingencySteps.id),
    fileName: text("file_name").notNull(),
    contentType: evidenceMediaType("content_type").notNull(),
    byteSize: integer("byte_size").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    uploadedBy: uuid("uploaded_by")
      .notNull()
      .references(() => people.id),
    uploadedAt: instant("uploaded_at").notNull().defaultNow(),
  },
  (t) => [
    index("contingency_evidence_contingency_idx").on(t.contingencyId, t.stepId),
    unique("contingency_evidence_once").on(t.stepId, t.sha256),
    check("contingency_evidence_size", sql`${t.byteSize} > 0 and ${t.byteSize} = octet_length(${t.content})`),
    check("contingency_evidence_sha256", sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
);

// An approval of an option (step_key empty) or of a step, by one person in their own session.
export const contingencyApprovals = pgTable(
  "contingency_approvals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contingencyId: uuid("contingency_id")
      .notNull()
      .references(() => contingencies.id),
    optionKey: text("option_key").notNull(),
    stepKey: text("step_key").notNull().default(""),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    note: text("note"),
    approvedAt: instant("approved_at").notNull().defaultNow(),
  },
  (t) => [unique("contingency_approvals_once").on(t.contingencyId, t.optionKey, t.stepKey, t.personId)],
);

// The workflow's timeline: every event in order, for the detail page and the incident report.
export const contingencyEvents = pgTable(
  "contingency_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contingencyId: uuid("contingency_id")
      .notNull()
      .references(() => contingencies.id),
    at: instant("at").notNull().defaultNow(),
    actorId: uuid("actor_id").references(() => people.id),
    actorLabel: text("actor_label").notNull(),
    kind: text("kind").notNull(),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("contingency_events_contingency_idx").on(t.contingencyId, t.at)],
);

// Organisation-wide contingency settings (a single row, id = 1).
export const contingencySettings = pgTable("contingency_settings", {
  id: integer("id").primaryKey().default(1),
  // Open a coverage workflow when next-needed-by is this close and no met ceremony comes before it.
  coverageThresholdDays: integer("coverage_threshold_days").notNull().default(30),
  defaultPlaybookId: uuid("default_playbook_id").references(() => playbooks.id),
  version: integer("version").notNull().default(1),
});
