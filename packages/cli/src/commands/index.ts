import { analyzeCommand } from "./analyze.js";
import type { Command } from "./command.js";
import { communitiesCommand } from "./communities.js";
import { validateCommand } from "./validate.js";

/** Every `catalyse` command, in the order `catalyse --help` lists them. */
export const COMMANDS: readonly Command[] = [analyzeCommand, communitiesCommand, validateCommand];
