/**
 * The glossary: one plain line per term, in both languages, from the
 * `glossary.*` catalogues. `explain` finds a term by its key ("eiIndex"), its
 * name in either language ("E-I index", "intermédiarité") or a usual alias
 * ("itinerant", "articulation point"), ignoring case, accents and punctuation.
 */
import { glossaryEn } from "./catalogues/glossary.en.js";
import type { MessageId } from "./catalogues/index.js";
import type { Lang } from "./lang.js";
import { createTranslator } from "./translator.js";

/** A glossary term in one language: its key, name and definition. */
export interface GlossaryEntry {
  /** Stable key of the term ("betweenness", "eiIndex"). */
  term: string;
  /** The term's name in the language ("intermédiarité"). */
  name: string;
  /** One plain line that explains it. */
  line: string;
}

/** Every glossary term, in catalogue order. */
export const GLOSSARY_TERMS: readonly string[] = Object.keys(glossaryEn)
  .filter((id) => id.endsWith(".name"))
  .map((id) => id.slice("glossary.".length, -".name".length));

/** Other names readers use for a term (normalised as by `normaliseTerm`). */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ["itinerant", "consultant"],
  ["ei", "eiIndex"],
  ["articulationpoint", "cutVertex"],
  ["cutpoint", "cutVertex"],
  ["z", "zScore"],
  ["zscore", "zScore"],
  ["blauindex", "blau"],
  ["herfindahl", "effectiveBrokers"],
  ["keyplayers", "keyPlayer"],
  ["communities", "community"],
  ["worlds", "world"],
  ["collectives", "collective"],
  ["nullmodels", "nullModel"],
  ["coreperiphery", "corePeriphery"],
  ["coeur", "corePeriphery"],
  ["periphery", "corePeriphery"],
  ["peripherie", "corePeriphery"],
  ["layers", "layer"],
  ["couche", "layer"],
  ["multiplex", "layer"],
  ["kindsofalliance", "layer"],
  ["typesdalliance", "layer"],
  ["mrqap", "qap"],
]);

/** Lower case, no accents, letters and digits only: "E-I index" → "eiindex". */
export function normaliseTerm(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

const BY_NAME: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>(ALIASES);
  for (const term of GLOSSARY_TERMS) {
    for (const lang of ["en", "fr"] as const) {
      map.set(normaliseTerm(createTranslator(lang).t(`glossary.${term}.name` as MessageId)), term);
    }
    map.set(normaliseTerm(term), term);
  }
  return map;
})();

function entry(term: string, lang: Lang): GlossaryEntry {
  const t = createTranslator(lang);
  return {
    term,
    name: t.t(`glossary.${term}.name` as MessageId),
    line: t.t(`glossary.${term}.line` as MessageId),
  };
}

/** The whole glossary in `lang`, in catalogue order. */
export function glossary(lang: Lang): GlossaryEntry[] {
  return GLOSSARY_TERMS.map((term) => entry(term, lang));
}

/** The entry for `term` (key, name in either language or alias), or null when no term matches. */
export function explain(term: string, lang: Lang): GlossaryEntry | null {
  const key = BY_NAME.get(normaliseTerm(term));
  return key === undefined ? null : entry(key, lang);
}
