import "server-only";

// The contingency workflow services, for pages, actions, the job and the seed.

export { abandonContingency } from "./abandon-contingency";
export { acknowledgeContingency } from "./acknowledge-contingency";
export { addContingencyEvidence } from "./add-evidence";
export { approveContingencyOption } from "./approve-option";
export { approveContingencyStep } from "./approve-step";
export { chooseContingencyOption } from "./choose-option";
export { completeContingencyStep } from "./complete-step";
export { evaluateCoverageTrigger } from "./coverage-trigger";
export { evaluateContingencyTriggers, type TriggerRun } from "./evaluate-triggers";
export { openManualContingency } from "./open-manual";
export { installPlaybookTemplates } from "./playbook-templates";
export { evaluateCeremonyTrigger } from "./quorum-trigger";
export { resolveContingency } from "./resolve-contingency";
export { runContingencyEscalations } from "./run-escalations";
export { parseDefinition, savePlaybook } from "./save-playbook";
export { startContingencyExecution } from "./start-execution";
export { updateContingencySettings } from "./update-contingency-settings";
