/**
 * Input problems (what a reader found in a file, and what it expected): the
 * English messages are written once, next to the readers that raise them
 * (`@catalyse/io`, INPUT_MESSAGES), and served here as the `input` catalogue.
 */
import { INPUT_MESSAGES } from "@catalyse/io";
import type { Catalogue } from "../catalogue.js";

export const inputEn = INPUT_MESSAGES satisfies Catalogue;
