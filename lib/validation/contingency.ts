import { z } from "zod";

// Form inputs of the workflow services. Ids come from hidden fields; versions guard the state changes.

const id = z.uuid({ error: "Choose a workflow." });
const version = z.coerce.number({ error: "Reload the page." }).int().min(1);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());
const text = (min: number, max: number, tooShort: string) =>
  z
    .string({ error: tooShort })
    .trim()
    .min(min, { error: tooShort })
    .max(max, { error: `At most ${max} characters.` });

export const openManualInput = z.object({
  ceremonyId: optional(z.uuid({ error: "Choose a ceremony." })),
  reason: text(3, 500, "Say what happened (at least 3 characters)."),
  playbookId: optional(z.uuid({ error: "Choose a playbook." })),
});

export const versionedInput = z.object({ id, version });

export const chooseInput = versionedInput.extend({
  option: z.string({ error: "Choose an option." }).trim().min(1, { error: "Choose an option." }),
});

export const approveOptionInput = z.object({
  id,
  note: optional(z.string().trim().max(1000, { error: "At most 1000 characters." })),
});

export const stepInput = z.object({ id, stepId: z.uuid({ error: "Choose a step." }) });

// Files arrive already read into bytes (the action turns FormData's File objects into these); their
// content is checked by checkEvidenceFiles, not here.
const uploads = z
  .array(z.object({ name: z.string(), bytes: z.instanceof(Uint8Array) }), { error: "Attach files." })
  .default([]);

export const completeStepInput = stepInput.extend({
  note: z.preprocess(
    (value) => value ?? "",
    z.string().trim().max(2000, { error: "At most 2000 characters." }),
  ),
  skip: z.preprocess((value) => value === "on" || value === true, z.boolean()),
  files: uploads,
});

export const addEvidenceInput = stepInput.extend({ files: uploads });

export const resolveInput = versionedInput.extend({
  note: text(3, 2000, "Say how it was resolved (at least 3 characters)."),
});

export const abandonInput = versionedInput.extend({
  reason: text(3, 2000, "Say why the workflow is abandoned (at least 3 characters)."),
});
