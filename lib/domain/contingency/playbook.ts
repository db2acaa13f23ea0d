import { z } from "zod";
import { PERSON_ROLES } from "@/lib/domain/people";
import { ASSURANCE_LEVELS, DUE_ANCHORS, EVIDENCE_KINDS } from "./vocabulary";

// A playbook: the organisation's contingency ladder. Options are tried in order; each has steps with an
// owner, a due offset, an optional approval quorum and the evidence to keep. Stored as JSON and
// validated with this schema on every edit, so a workflow can snapshot it when it opens.

const key = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, { error: "Use lower-case letters, digits, - or _ (at most 40)." });

/** m of the people holding `role`: who must approve before the option or step may go ahead. */
export const approvalSchema = z.object({
  m: z.number().int().min(1, { error: "At least one approval." }).max(20),
  role: z.enum(PERSON_ROLES, { error: "Choose the group that approves." }),
});
export type Approval = z.infer<typeof approvalSchema>;

export const stepSchema = z.object({
  key,
  title: z.string().trim().min(3, { error: "Give the step a title." }).max(200),
  ownerRole: z.enum(PERSON_ROLES, { error: "Choose who owns the step." }),
  due: z.object({
    anchor: z.enum(DUE_ANCHORS),
    // Hours after the trigger, or hours before (negative) / after the deadline.
    offsetHours: z
      .number()
      .int()
      .min(-24 * 365)
      .max(24 * 365),
  }),
  approval: approvalSchema.nullable(),
  evidence: z.enum(EVIDENCE_KINDS),
  evidenceHint: z.string().trim().max(300).default(""),
});
export type PlaybookStep = z.infer<typeof stepSchema>;

export const optionSchema = z.object({
  key,
  title: z.string().trim().min(3, { error: "Give the option a title." }).max(200),
  description: z.string().trim().max(2000).default(""),
  // The option cannot start executing before this quorum has approved it.
  approval: approvalSchema.nullable(),
  steps: z.array(stepSchema).min(1, { error: "An option needs at least one step." }).max(30),
});
export type PlaybookOption = z.infer<typeof optionSchema>;

export const playbookDefinitionSchema = z
  .object({
    assurance: z.enum(ASSURANCE_LEVELS),
    // Unacknowledged this many hours after opening (and again each further period), the next level hears.
    escalationHours: z.number().int().min(1).max(168),
    escalationLevels: z
      .array(z.array(z.enum(PERSON_ROLES)).min(1))
      .min(1, { error: "Name at least one escalation level." })
      .max(6),
    options: z.array(optionSchema).min(1, { error: "A playbook needs at least one option." }).max(12),
  })
  .superRefine((value, ctx) => {
    const optionKeys = new Set<string>();
    value.options.forEach((option, i) => {
      if (optionKeys.has(option.key))
        ctx.addIssue({
          code: "custom",
          path: ["options", i, "key"],
          message: `Option key ${option.key} repeats.`,
        });
      optionKeys.add(option.key);
      const stepKeys = new Set<string>();
      option.steps.forEach((step, j) => {
        if (stepKeys.has(step.key))
          ctx.addIssue({
            code: "custom",
            path: ["options", i, "steps", j, "key"],
            message: `Step key ${step.key} repeats in ${option.key}.`,
          });
        stepKeys.add(step.key);
      });
    });
  });
export type PlaybookDefinition = z.infer<typeof playbookDefinitionSchema>;
