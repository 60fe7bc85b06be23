/**
 * The check behind "every number a reading prints is one of its figures":
 * numbers are parsed out of the text and each must be a figure as the
 * translator formats it (a percentage, a decimal with 0 to 3 digits, a count, a year),
 * or a constant of the message itself (the 0 and 1 of a scale).
 */
import {
  createTranslator,
  type Lang,
  messageSource,
  type Reading,
  type ReadingMessage,
  type ReadingParam,
} from "../../src/index.js";

const NUMBER = /\d+(?:[.,\u202f\u00a0]\d+)*/g;

/** Ids of the message and of every message nested in its parameters. */
function messageIdsOf(params: ReadingMessage["params"], into: Set<string>): Set<string> {
  const visit = (value: ReadingParam) => {
    if (typeof value !== "object") return;
    if ("message" in value) {
      into.add(value.message);
      messageIdsOf(value.params ?? {}, into);
    } else if ("list" in value) value.list.forEach(visit);
  };
  Object.values(params).forEach(visit);
  return into;
}

/** The numbers in `reading.text` that none of its figures explains. */
export function unexplainedNumbers(reading: Reading, message: ReadingMessage, lang: Lang): string[] {
  const t = createTranslator(lang);
  let text = reading.text;
  const strings = Object.values(reading.figures)
    .filter((v): v is string => typeof v === "string")
    .sort((a, b) => b.length - a.length);
  for (const value of strings) text = text.split(value).join(" ");
  const candidates = new Set<string>();
  for (const value of Object.values(reading.figures)) {
    if (typeof value !== "number") continue;
    candidates.add(t.percent(value));
    candidates.add(t.integer(value));
    // Years print as years, without grouping.
    if (Number.isInteger(value)) candidates.add(String(value));
    for (let digits = 0; digits <= 3; digits++)
      candidates.add(t.number(value, { maximumFractionDigits: digits }));
  }
  for (const candidate of [...candidates].sort((a, b) => b.length - a.length)) {
    // Whole numbers only: "48 %" must not be explained by a figure "4".
    const escaped = candidate.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    text = text.replace(new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`, "g"), " ");
  }
  const constants = new Set<string>();
  for (const id of messageIdsOf(message.params, new Set([message.id])))
    for (const match of (messageSource(lang, id) ?? "").matchAll(NUMBER)) constants.add(match[0]);
  return [...text.matchAll(NUMBER)].map((m) => m[0]).filter((n) => !constants.has(n));
}
