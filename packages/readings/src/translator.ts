/**
 * The translator: messages of the catalogues rendered through ICU
 * MessageFormat (intl-messageformat, FormatJS), and numbers, shares, dates and
 * lists through `Intl`, in one language. Every surface (CLI, reports,
 * explorer) formats through it, so "0,43", "37 %" and "5 acteurs" are written
 * the same way everywhere.
 */
import { IntlMessageFormat } from "intl-messageformat";
import { DOMAINS, type MessageId } from "./catalogues/index.js";
import { type Lang, LOCALES } from "./lang.js";

/** A value a message may cite: numbers drive plurals and `{x, number}` formats. */
export type MessageParam = string | number | Date;

/** The parameters of a message, by name. */
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** A message id that no catalogue holds, or a message its parameters do not fit. */
export class ReadingsError extends Error {
  override readonly name = "ReadingsError";
}

/** How a number is written (digits after the separator). */
export interface NumberOptions {
  /** Most digits after the separator (default 2; trailing zeros dropped). */
  maximumFractionDigits?: number;
  /** Fewest digits after the separator (default 0). */
  minimumFractionDigits?: number;
}

/** The defaults of {@link NumberOptions}. */
export const NUMBER_DEFAULTS: Readonly<Required<NumberOptions>> = {
  maximumFractionDigits: 2,
  minimumFractionDigits: 0,
};

/** What `number`, `percent` and `integer` print for a missing figure (null, NaN). */
export const MISSING = "–";

/** Renders messages and numbers in one language. */
export interface Translator {
  readonly lang: Lang;
  /** The BCP 47 locale used with `Intl` ("fr-FR"). */
  readonly locale: string;
  /** The message `id` rendered with `params`; throws ReadingsError on an unknown id or missing parameter. */
  t(id: MessageId, params?: MessageParams): string;
  /** Whether a catalogue holds `id` (for ids built at run time, like "figure." + path). */
  has(id: string): id is MessageId;
  /** A decimal number, at most 2 decimals by default ("0,43"; "1 234,5"). */
  number(x: number | null | undefined, options?: NumberOptions): string;
  /**
   * A share in [0, 1] as a percentage: whole percents, one decimal below 10 %
   * so that small shares do not read as 0 ("37 %", "4,2 %").
   */
  percent(x: number | null | undefined): string;
  /** A count, with grouping ("12 345"). */
  integer(n: number | null | undefined): string;
  /** A link date ("2012", "2012-05", "2012-05-03") in words ("mai 2012", "3 mai 2012"). */
  date(iso: string): string;
  /** Items joined as a list ("A, B et C"; "A, B and C"). */
  list(items: readonly string[], type?: "conjunction" | "disjunction"): string;
}

/** Every message of every domain, per language. Built once; ids are unique across domains. */
const MESSAGES: Readonly<Record<Lang, ReadonlyMap<string, string>>> = (() => {
  const en = new Map<string, string>();
  const fr = new Map<string, string>();
  for (const domain of DOMAINS) {
    for (const [id, text] of Object.entries(domain.en)) {
      if (en.has(id)) throw new ReadingsError(`Message id "${id}" is defined twice (domain ${domain.name}).`);
      en.set(id, text);
    }
    for (const [id, text] of Object.entries(domain.fr)) fr.set(id, text);
  }
  return { en, fr };
})();

/** The raw ICU source of a message, or undefined (for tests and tooling). */
export function messageSource(lang: Lang, id: string): string | undefined {
  return MESSAGES[lang].get(id);
}

interface AstElement {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstElement[] }>;
  children?: AstElement[];
}

/**
 * The parameter names a message uses (ICU arguments, selects, plurals, at any
 * depth), sorted; throws when the message does not parse.
 */
export function messageParameters(lang: Lang, id: string): string[] {
  const source = MESSAGES[lang].get(id);
  if (source === undefined) throw new ReadingsError(`No message "${id}" in the ${lang} catalogues.`);
  const names = new Set<string>();
  const walk = (elements: readonly AstElement[]) => {
    for (const element of elements) {
      // Literal (0) and pound (7) elements carry no name.
      if (element.type !== 0 && element.type !== 7 && typeof element.value === "string")
        names.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(source, LOCALES[lang]).getAst() as unknown as AstElement[]);
  return [...names].sort();
}

/** Whether some catalogue holds `id` (ids are the same in every language). */
export function isMessageId(id: string): id is MessageId {
  return MESSAGES.en.has(id);
}

/** Every message id, in catalogue order. */
export function messageIds(): MessageId[] {
  return [...MESSAGES.en.keys()] as MessageId[];
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const translators = new Map<Lang, Translator>();

/** The translator of `lang` (one per language, its formatters cached). */
export function createTranslator(lang: Lang): Translator {
  const existing = translators.get(lang);
  if (existing) return existing;
  const locale = LOCALES[lang];
  const messages = MESSAGES[lang];
  const compiled = new Map<string, IntlMessageFormat>();
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const numberFormat = (options: Intl.NumberFormatOptions): Intl.NumberFormat => {
    const key = JSON.stringify(options);
    let format = numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, options);
      numberFormats.set(key, format);
    }
    return format;
  };
  const missing = (x: number | null | undefined): x is null | undefined =>
    x === null || x === undefined || !Number.isFinite(x);

  const translator: Translator = {
    lang,
    locale,
    t(id, params = {}) {
      let format = compiled.get(id);
      if (!format) {
        const source = messages.get(id);
        if (source === undefined) throw new ReadingsError(`No message "${id}" in the ${lang} catalogues.`);
        format = new IntlMessageFormat(source, locale);
        compiled.set(id, format);
      }
      try {
        const text = format.format(params);
        if (typeof text !== "string") throw new ReadingsError(`Message "${id}" did not render to text.`);
        return text;
      } catch (error) {
        if (error instanceof ReadingsError) throw error;
        throw new ReadingsError(
          `Message "${id}" (${lang}) could not be rendered: ${(error as Error).message}`,
          {
            cause: error,
          },
        );
      }
    },
    has(id): id is MessageId {
      return messages.has(id);
    },
    number(x, options = {}) {
      if (missing(x)) return MISSING;
      return numberFormat({ ...NUMBER_DEFAULTS, ...options }).format(x);
    },
    percent(x) {
      if (missing(x)) return MISSING;
      const small = x !== 0 && Math.abs(x) < 0.1;
      return numberFormat({ style: "percent", maximumFractionDigits: small ? 1 : 0 }).format(x);
    },
    integer(n) {
      if (missing(n)) return MISSING;
      return numberFormat({ maximumFractionDigits: 0 }).format(n);
    },
    date(iso) {
      const match = DATE_PATTERN.exec(iso);
      if (!match) return iso;
      const [, year, month, day] = match;
      if (month === undefined) return year as string;
      const date = new Date(Date.UTC(Number(year), Number(month) - 1, day === undefined ? 1 : Number(day)));
      const options: Intl.DateTimeFormatOptions =
        day === undefined
          ? { year: "numeric", month: "long", timeZone: "UTC" }
          : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
      return new Intl.DateTimeFormat(locale, options).format(date);
    },
    list(items, type = "conjunction") {
      return new Intl.ListFormat(locale, { style: "long", type }).format(items);
    },
  };
  translators.set(lang, translator);
  return translator;
}
