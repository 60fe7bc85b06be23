/**
 * A reading: one sentence about the territory, data first. Builders produce
 * `ReadingMessage`s (the message id, the figures it cites, its parameters) in
 * no language; `renderReading` turns one into a `Reading` in a language.
 * Parameters say how a value is shown (`percent`, `decimal`, a nested message,
 * a list) so that formatting happens at rendering, through `Intl`.
 */
import type { MessageId } from "./catalogues/index.js";
import type { MessageParam, Translator } from "./translator.js";

/** A figure as cited: a number, a label (an actor's name), or null when undefined. */
export type FigureValue = number | string | null;

/**
 * The figures a reading cites, by analysis-document path
 * ("graph.centralization.betweenness", "actors[3].betweenness" — actors by
 * index, so that no actor id becomes an object key).
 */
export type Figures = Record<string, FigureValue>;

/** A message rendered inside another (a clause, a list item), before the outer one. */
export interface NestedMessage {
  message: MessageId;
  params?: ReadingParams;
}

/** A parameter of a reading: text, a number, a nested message, a percent, a decimal, a date or a list. */
export type ReadingParam =
  | string
  | number
  | NestedMessage
  | { percent: number | null }
  | { decimal: number | null; digits?: number }
  | { date: string }
  | { list: readonly ReadingParam[]; type?: "conjunction" | "disjunction" | "semicolon" };

/** The parameters of a reading, by name. */
export type ReadingParams = Readonly<Record<string, ReadingParam>>;

/** A reading before rendering: what it says, in no language yet. */
export interface ReadingMessage {
  /** Stable id of the reading, which is also its message id ("reading.brokerage.top-broker"). */
  id: MessageId;
  figures: Figures;
  params: ReadingParams;
}

/** A reading rendered in one language: what surfaces print verbatim. */
export interface Reading {
  id: string;
  text: string;
  figures: Figures;
}

/** A share in [0, 1] shown as a percentage. */
export const percent = (value: number | null): ReadingParam => ({ percent: value });
/** A decimal shown with at most `digits` decimals (default 2). */
export const decimal = (value: number | null, digits?: number): ReadingParam =>
  digits === undefined ? { decimal: value } : { decimal: value, digits };
/** A link date shown in words. */
export const date = (value: string): ReadingParam => ({ date: value });
/** Items shown as a list ("A, B and C"; "semicolon": "A; B; C", for items that are lists). */
export const list = (
  items: readonly ReadingParam[],
  type?: "conjunction" | "disjunction" | "semicolon",
): ReadingParam => (type === undefined ? { list: items } : { list: items, type });
/** A message rendered inside another. */
export const nested = (message: MessageId, params?: ReadingParams): NestedMessage =>
  params === undefined ? { message } : { message, params };

/** One parameter rendered; numbers and strings pass through for ICU's plural and number formats. */
export function renderParam(value: ReadingParam, translator: Translator): MessageParam {
  if (typeof value === "string" || typeof value === "number") return value;
  if ("message" in value) return renderMessage(value.message, value.params ?? {}, translator);
  if ("percent" in value) return translator.percent(value.percent);
  if ("decimal" in value)
    return translator.number(
      value.decimal,
      value.digits === undefined ? {} : { maximumFractionDigits: value.digits },
    );
  if ("date" in value) return translator.date(value.date);
  const items = value.list.map((item) => String(renderParam(item, translator)));
  // Groups that hold lists themselves are separated by semicolons (French: a no-break space before).
  if (value.type === "semicolon") return items.join(translator.lang === "fr" ? "\u00a0; " : "; ");
  return translator.list(items, value.type);
}

/** One message with its parameters rendered first. */
export function renderMessage(id: MessageId, params: ReadingParams, translator: Translator): string {
  const rendered: Record<string, MessageParam> = {};
  for (const [name, value] of Object.entries(params)) rendered[name] = renderParam(value, translator);
  return translator.t(id, rendered);
}

/** Renders a reading's message in the translator's language, keeping its id and figures. */
export function renderReading(message: ReadingMessage, translator: Translator): Reading {
  return {
    id: message.id,
    text: renderMessage(message.id, message.params, translator),
    figures: message.figures,
  };
}

/** A reading message: `figures` it cites and `params` it shows. */
export function readingMessage(id: MessageId, figures: Figures, params: ReadingParams = {}): ReadingMessage {
  return { id, figures, params };
}
