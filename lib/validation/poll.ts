import { z } from "zod";
import { POLL_MARKS, POLL_MAX_DATES, POLL_MIN_DATES } from "@/lib/domain/quorum/poll";
import { civilDate, localTime } from "./ceremony";
import { noteField } from "./fields";

/** A candidate start as the form holds it: its row (fields `date.<row>` and `time.<row>`), date and time. */
export interface OfferedStart {
  row: number;
  date: string;
  time: string;
}

function offeredRows(raw: Record<string, unknown>): OfferedStart[] {
  const rows: OfferedStart[] = [];
  for (let row = 0; row < POLL_MAX_DATES; row++) {
    const date = String(raw[`date.${row}`] ?? "").trim();
    if (date) rows.push({ row, date, time: String(raw[`time.${row}`] ?? "").trim() });
  }
  return rows;
}

/** The candidate dates a coordinator offers: up to eight rows of facility-local date and time. */
export const openPollSchema = z
  .looseObject({ ceremonyId: z.uuid({ error: "Unknown ceremony." }) })
  .superRefine((raw, ctx) => {
    const rows = offeredRows(raw);
    for (const { row, date, time } of rows) {
      const dateError = civilDate("date").safeParse(date).error?.issues[0]?.message;
      if (dateError) ctx.addIssue({ code: "custom", path: [`date.${row}`], message: dateError });
      const timeError = localTime.safeParse(time).error?.issues[0]?.message;
      if (timeError) ctx.addIssue({ code: "custom", path: [`time.${row}`], message: timeError });
    }
    if (rows.length < POLL_MIN_DATES)
      ctx.addIssue({ code: "custom", path: ["form"], message: `Offer at least ${POLL_MIN_DATES} dates.` });
  })
  .transform((raw) => ({ ceremonyId: raw.ceremonyId, starts: offeredRows(raw) }));

/** One invitee's marks: a mark for every date of the poll (checked by the service), and a note. */
export const markPollSchema = z.object({
  pollId: z.uuid({ error: "Unknown poll." }),
  /** The answer's version when the form was loaded; 0 when there was none yet. */
  version: z.coerce.number().int().min(0),
  marks: z.record(z.uuid(), z.enum(POLL_MARKS, { error: "Mark yes, if need be or no." })),
  note: noteField,
});

/** The marks of a submitted form: fields named `mark.<option id>`. */
export function marksFromForm(raw: Record<string, string | string[]>) {
  const marks: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(raw)) if (key.startsWith("mark.")) marks[key.slice(5)] = value;
  return { pollId: raw.pollId, version: raw.version, note: raw.note, marks };
}

export const decidePollSchema = z.object({
  pollId: z.uuid({ error: "Unknown poll." }),
  optionId: z.uuid({ error: "Choose a date." }),
});

export const withdrawPollSchema = z.object({ pollId: z.uuid({ error: "Unknown poll." }) });
