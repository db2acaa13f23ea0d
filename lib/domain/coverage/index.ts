export * from "./alerts";
export * from "./coverage";
export * from "./deadline-risk";
export { DEFAULT_STRIDE_MS } from "./stride";
export * from "./trusted-coverage";
export * from "./types";
