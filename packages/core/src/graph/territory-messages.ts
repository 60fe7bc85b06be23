/**
 * The codes of the problems `createTerritory` (and a graphology mapping)
 * report, the values each cites, and their English text. The English is the
 * `message` library users read; `@catalyse/readings` renders the same
 * problem from its `code` and `params` in French or English (its `errors`
 * catalogue, `errors.territory.<code>`, checked against this text).
 *
 * NOTE: numbers that people read (counts) print as `Intl` prints them in
 * English, as the catalogue's ICU `{n, number}` does; values copied from the
 * input (ids, dates, a bad weight) are cited as strings, unformatted.
 */

/** Every code of a territory issue. */
export const TERRITORY_ISSUE_CODES = [
  "empty-id",
  "duplicate-actor",
  "unknown-actor",
  "invalid-weight",
  "invalid-date",
  "end-before-start",
  "invalid-coordinate",
  "self-loop",
  "parallel-links",
  "missing-world",
  "duplicate-collective",
  "unknown-collective",
  "duplicate-membership",
  "collective-actor-clash",
] as const;

/** The code of a territory issue (its message is `errors.territory.<code>` in @catalyse/readings). */
export type TerritoryIssueCode = (typeof TERRITORY_ISSUE_CODES)[number];

/** The values a message cites, by name (ICU arguments); selectors are strings such as "yes"/"no". */
export type ErrorParams = Readonly<Record<string, string | number>>;

/** A number as the English catalogue's `{n, number}` prints it ("12,000"); a string as given. */
export const englishCount = (n: string | number | undefined): string =>
  typeof n === "number" ? new Intl.NumberFormat("en-GB").format(n) : String(n);
const count = englishCount;
const plural = (n: string | number | undefined, one: string, other: string) =>
  `${count(n)} ${n === 1 ? one : other}`;

/** The English text of a territory issue: what was found, what was expected and how to fix it. */
export function territoryIssueMessage(code: TerritoryIssueCode, p: ErrorParams): string {
  switch (code) {
    case "empty-id":
      if (p.table === "actors") return "empty actor id; every actor needs a unique id";
      if (p.table === "collectives") return "empty collective id; every collective needs a unique id";
      if (p.table === "memberships")
        return p.field === "collective"
          ? "empty collective; expected a collective id"
          : "empty actor; expected an actor id";
      return `empty ${p.field}; expected an actor id`;
    case "duplicate-actor":
      return p.mapping === "yes"
        ? `${plural(p.count, "node repeats", "nodes repeat")} an actor id (first: "${p.id}") in attribute "${p.attribute}"; map the id to null to use the node keys`
        : `duplicate actor id "${p.id}"; ids must be unique`;
    case "unknown-actor":
      return p.table === "memberships"
        ? `membership actor "${p.id}" is not an actor id; add it to the actors or fix the id`
        : `link ${p.field} "${p.id}" is not an actor id; add it to the actors or fix the id`;
    case "invalid-weight":
      return p.mapping === "yes"
        ? `edge "${p.edge}" (${p.source} → ${p.target}, #${p.row}): ${p.attribute} ${p.value} is not a number > 0; map another attribute as the weight or fix the value`
        : `weight ${p.value} is not a positive number; expected a number > 0 (empty means 1)`;
    case "invalid-date":
      return p.problem === "order"
        ? `end ${p.value} is before start ${p.start}; swap them or fix one`
        : `${p.field} "${p.value}" is not a date; expected a year (2012) or an ISO date (2012-05-03)`;
    case "end-before-start":
      return `end ${p.end} is before start ${p.start}; expected an end on or after the start`;
    case "invalid-coordinate":
      return `${p.field} ${p.value} is out of range; expected a number between ${p.min} and ${p.max}`;
    case "self-loop":
      return `${plural(p.count, "self-loop", "self-loops")} (an actor linked to itself) dropped`;
    case "parallel-links":
      return `${plural(p.count, "parallel link", "parallel links")} merged into existing ones (weights summed, dates widened, types listed)`;
    case "missing-world":
      return `${plural(p.count, "actor has", "actors have")} no world; set to "${p.world}"`;
    case "duplicate-collective":
      return `duplicate collective id "${p.id}"; ids must be unique`;
    case "unknown-collective":
      return `collective "${p.id}" is not a collective id; add it to the collectives or fix the id`;
    case "duplicate-membership":
      return `"${p.actor}" is listed twice in collective "${p.collective}"${p.dated === "yes" ? ` from ${p.start}` : ""}; keep one row`;
    case "collective-actor-clash":
      return `collective id "${p.id}" is also an actor id; give the collective another id`;
  }
}

/** The English first line of a TerritoryError: how many problems follow. */
export function territoryErrorMessage(p: ErrorParams): string {
  return `Territory: ${plural(p.count, "problem", "problems")} in the input:`;
}
