export * from "./alerts";
export * from "./coverage";
export { DEFAULT_STRIDE_MS } from "./stride";
export * from "./types";
