import { analyzeCommand } from "./analyze.js";
import type { Command } from "./command.js";
import { communitiesCommand } from "./communities.js";
import { compareCommand } from "./compare.js";
import { reportCommand } from "./report.js";
import { timelineCommand } from "./timeline.js";
import { validateCommand } from "./validate.js";

/** Every `catalyse` command, in the order `catalyse --help` lists them. */
export const COMMANDS: readonly Command[] = [
  analyzeCommand,
  validateCommand,
  communitiesCommand,
  compareCommand,
  timelineCommand,
  reportCommand,
];
