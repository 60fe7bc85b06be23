import { analyzeCommand } from "./analyze.js";
import { centralityCommand } from "./centrality.js";
import type { Command } from "./command.js";
import { communitiesCommand } from "./communities.js";
import { compareCommand } from "./compare.js";
import { explainCommand } from "./explain.js";
import { exportCommand } from "./export.js";
import { qapCommand } from "./qap.js";
import { reportCommand } from "./report.js";
import { timelineCommand } from "./timeline.js";
import { validateCommand } from "./validate.js";

/** Every `catalyse` command, in the order `catalyse --help` lists them. */
export const COMMANDS: readonly Command[] = [
  analyzeCommand,
  validateCommand,
  centralityCommand,
  communitiesCommand,
  compareCommand,
  exportCommand,
  qapCommand,
  timelineCommand,
  reportCommand,
  explainCommand,
];
