/** @catalyse/cli: the `catalyse` command, also callable in-process (tests, embedding). */
export { runCli } from "./cli.js";
export type { CliContext } from "./context.js";
