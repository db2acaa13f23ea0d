"use client";

import { ActionForm } from "@/app/components/manage/action-form";
import { Hidden } from "@/app/components/manage/inputs";
import { remindAction } from "../actions";

/** "Remind now": one reminder mail to each invitee who owes an answer (at most once a day, audited). */
export function RemindForm({ ceremonyId, open }: { ceremonyId: string; open: number }) {
  return (
    <ActionForm
      id="remind"
      action={remindAction}
      submit={`Remind the ${open} who ${open === 1 ? "has" : "have"} not answered`}
      pendingLabel="Sending reminders…"
      secondary
    >
      <Hidden name="id" value={ceremonyId} />
    </ActionForm>
  );
}
