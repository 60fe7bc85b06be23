/**
 * Runs `catalyse` like bin.ts does, then reports the process's peak memory on
 * stderr (`maxrss=<bytes>`), for tests that check a bad input cannot take much.
 */
import { runCli } from "../../src/index.js";

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: false,
  cwd: process.cwd(),
});
process.stderr.write(`\nmaxrss=${process.resourceUsage().maxRSS * 1024}\n`);
process.exitCode = code;
