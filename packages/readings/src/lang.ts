/**
 * The languages Catalyse speaks, and how a command picks one: an explicit
 * choice (`--lang`, `?lang=`) first, then the POSIX locale variables in their
 * order of precedence (LC_ALL over LANG), else English.
 */

export const LANGS = ["en", "fr"] as const;

/** A language readings are written in. */
export type Lang = (typeof LANGS)[number];

/** BCP 47 locale used with `Intl` for each language. */
export const LOCALES: Readonly<Record<Lang, string>> = { en: "en-GB", fr: "fr-FR" };

/** Whether `value` is a language readings are written in. */
export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/**
 * The language of a locale-like string ("fr", "fr_FR.UTF-8", "en-US", "FR"), or
 * null when it names neither language ("C", "POSIX", "de_DE", "").
 */
export function langOf(value: string | undefined | null): Lang | null {
  if (!value) return null;
  const primary = value
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return isLang(primary) ? primary : null;
}

/** The environment variables the default language is read from. */
export interface LangEnvironment {
  LC_ALL?: string | undefined;
  LANG?: string | undefined;
}

/**
 * Picks the language: `explicit` when it names one, else LC_ALL, else LANG,
 * else "en". NOTE: a set LC_ALL that names another language ("de_DE") does not
 * fall through to LANG: POSIX says LC_ALL overrides, so the answer is English.
 */
export function resolveLang(explicit?: string | null, env: LangEnvironment = {}): Lang {
  const chosen = langOf(explicit);
  if (chosen) return chosen;
  if (env.LC_ALL) return langOf(env.LC_ALL) ?? "en";
  return langOf(env.LANG) ?? "en";
}
