import { ActionForm } from "@/app/components/manage/action-form";
import { Hidden, SelectInput, TextInput } from "@/app/components/manage/inputs";
import { Panel } from "@/app/components/manage/layout-blocks";
import type { ContingencySettings } from "@/lib/queries/contingency/settings";
import { updateContingencySettingsAction } from "./actions";

/** When a coverage workflow opens and which playbook new workflows follow; the form for coordinators. */
export function SettingsPanel({
  settings,
  playbooks,
  mayManage,
}: {
  settings: ContingencySettings;
  playbooks: { id: string; name: string }[];
  mayManage: boolean;
}) {
  const defaultName = playbooks.find((p) => p.id === settings.defaultPlaybookId)?.name;
  return (
    <Panel id="settings-heading" title="Contingency settings">
      <dl data-testid="contingency-settings">
        <dt>Coverage threshold</dt>
        <dd>
          A workflow opens {settings.coverageThresholdDays} days before the next SKR is needed if no ceremony
          that meets quorum comes first.
        </dd>
        <dt>Default playbook</dt>
        <dd>{defaultName ?? "none chosen: the first high-assurance playbook is used"}</dd>
      </dl>
      {mayManage ? (
        <details className="no-print">
          <summary>Change the settings</summary>
          <ActionForm
            id="contingency-settings"
            action={updateContingencySettingsAction}
            submit="Save settings"
          >
            <Hidden name="version" value={settings.version} />
            <TextInput
              name="coverageThresholdDays"
              label="Coverage threshold (days)"
              type="number"
              hint="1 to 365 days before next-needed-by."
              defaultValue={settings.coverageThresholdDays}
            />
            <SelectInput
              name="defaultPlaybookId"
              label="Default playbook"
              options={playbooks.map((p) => ({ value: p.id, label: p.name }))}
              defaultValue={settings.defaultPlaybookId}
              placeholder="Choose a playbook"
            />
          </ActionForm>
        </details>
      ) : null}
    </Panel>
  );
}
