import { ActionForm } from "@/app/components/manage/action-form";
import { Hidden, TextInput } from "@/app/components/manage/inputs";
import type { CoverageSettings } from "@/lib/queries/coverage/coverage-state";
import { updateCoverageSettingsAction } from "./actions";

/** The organisation's coverage settings in words, and the form to change them for those who may. */
export function SettingsPanel({
  settings,
  mayConfigure,
}: {
  settings: CoverageSettings;
  mayConfigure: boolean;
}) {
  return (
    <section className="panel" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <dl data-testid="coverage-settings">
        <dt>Processing margin</dt>
        <dd>
          {settings.processingMarginDays} days between the ceremony and next-needed-by (hand-over, checks,
          publication)
        </dd>
        <dt>Alert thresholds</dt>
        <dd>{settings.alertDays.join(", ")} days before each deadline</dd>
        <dt>Alerts also to staff</dt>
        <dd>within {settings.widenDays} days of a deadline</dd>
      </dl>
      {mayConfigure ? (
        <details className="no-print">
          <summary>Change the settings</summary>
          <ActionForm id="coverage-settings" action={updateCoverageSettingsAction} submit="Save settings">
            <Hidden name="version" value={settings.version} />
            <TextInput
              name="processingMarginDays"
              label="Processing margin (days)"
              type="number"
              hint="0 to 365. A ceremony must start this many days before the next SKR is needed."
              defaultValue={settings.processingMarginDays}
            />
            <TextInput
              name="alertDays"
              label="Alert thresholds (days before a deadline)"
              hint="Whole numbers from 1 to 365, separated by commas; at most 12, each once."
              defaultValue={settings.alertDays.join(", ")}
            />
            <TextInput
              name="widenDays"
              label="Alert staff as well within (days)"
              type="number"
              hint="0 to 365. Further out, alerts go to coordinators only."
              defaultValue={settings.widenDays}
            />
          </ActionForm>
        </details>
      ) : null}
    </section>
  );
}
