// Module resolution hook for outside-next.mjs: "server-only" is the package's empty module.
const EMPTY = new URL("../../node_modules/server-only/empty.js", import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: EMPTY, format: "commonjs", shortCircuit: true };
  return nextResolve(specifier, context);
}
