"use client";

import { ActionForm } from "@/app/components/manage/action-form";
import { type Option, SelectInput, TextArea } from "@/app/components/manage/inputs";
import { openContingencyAction } from "../actions";

/** Opens a workflow by hand: about one ceremony or the organisation, with a reason and a playbook. */
export function OpenContingencyForm({
  ceremonies,
  playbooks,
  ceremonyId,
}: {
  ceremonies: Option[];
  playbooks: Option[];
  ceremonyId: string | null;
}) {
  return (
    <ActionForm id="open-contingency" action={openContingencyAction} submit="Open the workflow">
      <SelectInput
        name="ceremonyId"
        label="Ceremony (optional)"
        placeholder="None: it concerns the organisation"
        options={ceremonies}
        defaultValue={ceremonyId}
      />
      <TextArea
        name="reason"
        label="What happened"
        hint="For example: the East credential safe will not open; the locksmith comes on Monday."
      />
      <SelectInput
        name="playbookId"
        label="Playbook"
        placeholder="The default playbook"
        options={playbooks}
      />
    </ActionForm>
  );
}
