import type { Metadata } from "next";
import { ActionForm } from "@/app/components/manage/action-form";
import { Checkbox, TextArea } from "@/app/components/manage/inputs";
import { FormPage } from "@/app/components/manage/layout-blocks";
import { requireAccess } from "@/lib/auth/guard";
import { CSV_COLUMNS } from "@/lib/validation/restriction-csv";
import { importRestrictionsAction } from "../actions";

export const metadata: Metadata = { title: "Import travel restrictions" };

const INTRO = (
  <ul className="muted">
    <li>
      Header: <code>{CSV_COLUMNS.join(",")}</code>, columns in any order.
    </li>
    <li>
      <code>from</code> and <code>to</code> are countries (ISO code or English name) and <code>from</code> may
      be <code>*</code> for anywhere; dates are YYYY-MM-DD.
    </li>
    <li>
      <code>days</code> only for a quarantine (1 to 60); <code>exempt</code> lists countries separated by
      semicolons (codes may also be separated by spaces).
    </li>
    <li>If any row has a problem, nothing is imported: fix the lines named and try again.</li>
  </ul>
);

export default async function ImportRestrictionsPage() {
  await requireAccess("restrictions.manage", "/restrictions/import");
  return (
    <FormPage title="Import travel restrictions" intro={INTRO}>
      <ActionForm id="import" action={importRestrictionsAction} submit="Check and import">
        <div className="field">
          <label htmlFor="import-file">CSV file</label>
          <input id="import-file" type="file" name="file" accept=".csv,text/csv" />
        </div>
        <TextArea name="csv" label="…or paste the CSV" />
        <Checkbox
          name="dryRun"
          label="Preview only: check every row without importing"
          defaultChecked={false}
        />
      </ActionForm>
    </FormPage>
  );
}
