"use client";

import { ButtonForm } from "@/app/components/manage/button-form";
import { Hidden } from "@/app/components/manage/inputs";
import { markReadAction } from "./actions";

/** "Mark read" on one notice. */
export function MarkReadForm({ id, title }: { id: string; title: string }) {
  return (
    <ButtonForm
      id={`read-${id}`}
      action={markReadAction}
      label="Mark read"
      aria-label={`Mark read: ${title}`}
    >
      <Hidden name="id" value={id} />
    </ButtonForm>
  );
}

/** "Mark all read". */
export function MarkAllReadForm() {
  return (
    <ButtonForm id="read-all" action={markReadAction} label="Mark all read">
      <Hidden name="all" value="1" />
    </ButtonForm>
  );
}
