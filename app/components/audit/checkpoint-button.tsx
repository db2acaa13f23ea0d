"use client";

import { ActionForm } from "@/app/components/manage/action-form";
import type { FormAction } from "@/lib/actions/form-state";

export function CheckpointButton({ action }: { action: FormAction }) {
  return (
    <ActionForm
      id="checkpoint"
      action={action}
      submit="Make a checkpoint now"
      pendingLabel="Signing…"
      secondary
    />
  );
}
