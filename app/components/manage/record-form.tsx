import type { ReactNode } from "react";
import type { FormAction } from "@/lib/actions/form-state";
import { ActionForm } from "./action-form";
import { Hidden } from "./inputs";

/**
 * A form that changes one stored record: it carries the record's id and the version the page showed, so
 * a concurrent change is caught.
 */
export function RecordForm({
  id,
  action,
  submit,
  record,
  children,
}: {
  id: string;
  action: FormAction;
  submit: string;
  record: { id: string; version: number };
  children: ReactNode;
}) {
  return (
    <ActionForm id={id} action={action} submit={submit}>
      <Hidden name="id" value={record.id} />
      <Hidden name="version" value={record.version} />
      {children}
    </ActionForm>
  );
}
