/**
 * Every catalogue, registered once. To add a domain `x`: write `x.en.ts`
 * (`export const xEn = {"x.…": "…"} as const satisfies Catalogue`) and
 * `x.fr.ts` (`export const xFr: TranslationOf<typeof xEn> = {…}`), import both
 * below and add `domain("x", xEn, xFr)` to DOMAINS. Keep the list alphabetical
 * so that branches adding domains in parallel merge without conflict.
 */
import type { Catalogue, TranslationOf } from "../catalogue.js";
import { cliEn } from "./cli.en.js";
import { cliFr } from "./cli.fr.js";
import { collectivesEn } from "./collectives.en.js";
import { collectivesFr } from "./collectives.fr.js";
import { comparisonEn } from "./comparison.en.js";
import { comparisonFr } from "./comparison.fr.js";
import { errorsEn } from "./errors.en.js";
import { errorsFr } from "./errors.fr.js";
import { explorerEn } from "./explorer.en.js";
import { explorerFr } from "./explorer.fr.js";
import { figureEn } from "./figure.en.js";
import { figureFr } from "./figure.fr.js";
import { glossaryEn } from "./glossary.en.js";
import { glossaryFr } from "./glossary.fr.js";
import { inputEn } from "./input.en.js";
import { inputFr } from "./input.fr.js";
import { methodsEn } from "./methods.en.js";
import { methodsFr } from "./methods.fr.js";
import { readingEn } from "./reading.en.js";
import { readingFr } from "./reading.fr.js";
import { reportEn } from "./report.en.js";
import { reportFr } from "./report.fr.js";
import { timelineEn } from "./timeline.en.js";
import { timelineFr } from "./timeline.fr.js";

/** One domain's catalogues: English, and French typed against the English keys. */
export interface Domain<E extends Catalogue = Catalogue> {
  name: string;
  en: E;
  fr: TranslationOf<E>;
}

/** Pairs a domain's two catalogues; the French must have exactly the English keys. */
function domain<E extends Catalogue>(name: string, en: E, fr: TranslationOf<E>): Domain<E> {
  return { name, en, fr };
}

/** Every catalogue domain with its English and French messages (a test checks they hold the same keys). */
export const DOMAINS = [
  domain("cli", cliEn, cliFr),
  domain("collectives", collectivesEn, collectivesFr),
  domain("comparison", comparisonEn, comparisonFr),
  domain("errors", errorsEn, errorsFr),
  domain("explorer", explorerEn, explorerFr),
  domain("figure", figureEn, figureFr),
  domain("glossary", glossaryEn, glossaryFr),
  domain("input", inputEn, inputFr),
  domain("methods", methodsEn, methodsFr),
  domain("reading", readingEn, readingFr),
  domain("report", reportEn, reportFr),
  domain("timeline", timelineEn, timelineFr),
] as const;

/** Every message id of every domain. */
export type MessageId = (typeof DOMAINS)[number] extends infer D
  ? D extends Domain<infer E>
    ? keyof E & string
    : never
  : never;
