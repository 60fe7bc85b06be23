/**
 * A catalogue is one domain's messages in one language: stable id → ICU
 * message (https://unicode-org.github.io/icu/userguide/format_parse/messages/).
 * The English module is the reference; the French one is typed against it with
 * `TranslationOf<typeof en>`, so a missing or extra key fails the typecheck.
 */

/** English catalogue: ids namespaced by domain ("figure.graph.density"). */
export type Catalogue = Readonly<Record<string, string>>;

/** The same keys as the English catalogue `E`, every one translated. */
export type TranslationOf<E extends Catalogue> = { readonly [K in keyof E]: string };
