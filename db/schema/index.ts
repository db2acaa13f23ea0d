export * from "./audit";
export * from "./auth";
export * from "./ceremonies";
export * from "./coverage";
export * from "./enums";
export * from "./facilities";
export * from "./mail";
export * from "./planning";
