// Loaded with `--import` by every process that runs the app's server code outside Next's bundler: the
// start script, the edge server, the CLIs, the benchmark and the security suite's helpers. Next's server
// build resolves "server-only" to an empty module and its client build to one that throws, which keeps
// server code out of the browser; outside Next there is no browser bundle, so it resolves to empty here.
import { register } from "node:module";

register(new URL("./outside-next-hooks.mjs", import.meta.url));
