// The contingency workflow services, for pages, actions, the job and the seed.

export { addContingencyEvidence } from "./add-evidence";
export { approveContingencyOption, approveContingencyStep } from "./approvals";
export { completeContingencyStep } from "./complete-step";
export { evaluateCoverageTrigger } from "./coverage-trigger";
export { evaluateContingencyTriggers, type TriggerRun } from "./evaluate-triggers";
export {
  abandonContingency,
  acknowledgeContingency,
  chooseContingencyOption,
  resolveContingency,
} from "./manage-workflow";
export { openManualContingency } from "./open-manual";
export { installPlaybookTemplates } from "./playbook-templates";
export { evaluateCeremonyTrigger } from "./quorum-trigger";
export { runContingencyEscalations } from "./run-escalations";
export { parseDefinition, savePlaybook } from "./save-playbook";
export { startContingencyExecution } from "./start-execution";
export { updateContingencySettings } from "./update-contingency-settings";
