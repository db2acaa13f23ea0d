export * from "./escalation";
export * from "./playbook";
export * from "./state-machine";
export * from "./templates";
export * from "./vocabulary";
