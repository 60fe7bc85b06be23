#!/usr/bin/env node
import { runCli } from "./cli.js";
import { terminalWriter } from "./terminal-text.js";

const toStdout = (text: string) => process.stdout.write(text);
const code = await runCli(process.argv.slice(2), {
  // Results piped to a file keep their exact bytes; a terminal never receives raw control characters.
  stdout: process.stdout.isTTY === true ? terminalWriter(toStdout) : toStdout,
  stderr: terminalWriter((text) => process.stderr.write(text)),
  stderrIsTTY: process.stderr.isTTY === true,
  cwd: process.cwd(),
});
process.exitCode = code;
