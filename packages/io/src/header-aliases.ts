/**
 * Column names users write, in English or French, matched case- and
 * accent-insensitively (`Libellé`, `LIBELLE` and `libelle` are one name).
 */

/** The actor fields a column may name. */
export type ActorField = "id" | "label" | "world" | "lat" | "lon";
/** The link fields a column may name. */
export type LinkField = "source" | "target" | "weight" | "type" | "start" | "end";

/** The English and French names of each actor field, in normalized form: the one list every reader uses. */
export const ACTOR_ALIASES: ReadonlyMap<ActorField, readonly string[]> = new Map<ActorField, string[]>([
  ["id", ["id", "identifiant"]],
  ["label", ["label", "nom", "libelle"]],
  ["world", ["world", "monde"]],
  ["lat", ["lat", "latitude"]],
  ["lon", ["lon", "lng", "longitude"]],
]);

/** The English and French names of each link field, in normalized form: the one list every reader uses. */
export const LINK_ALIASES: ReadonlyMap<LinkField, readonly string[]> = new Map<LinkField, string[]>([
  ["source", ["source"]],
  ["target", ["target", "cible"]],
  ["weight", ["weight", "poids"]],
  ["type", ["type"]],
  ["start", ["start", "debut"]],
  ["end", ["end", "fin"]],
]);

/** Sheet names for XLSX workbooks. */
export const SHEET_ALIASES = {
  actors: ["actors", "acteurs"],
  links: ["links", "liens"],
  territory: ["territory", "territoire"],
  collectives: ["collectives", "collectifs"],
  memberships: ["memberships", "adhesions"],
} as const;

/** Lower case, no accents, no surrounding spaces: the form headers are compared in. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase();
}

/** The field a header names, or undefined for a free attribute column. */
export function fieldOf<F extends string>(
  header: string,
  aliases: ReadonlyMap<F, readonly string[]>,
): F | undefined {
  const name = normalizeName(header);
  for (const [field, names] of aliases) if (names.includes(name)) return field;
  return undefined;
}

/** How a field is spelled in messages: `target (or cible)`. */
export function describeField<F extends string>(
  field: F,
  aliases: ReadonlyMap<F, readonly string[]>,
): string {
  const others = (aliases.get(field) ?? []).filter((name) => name !== field);
  return others.length === 0 ? field : `${field} (or ${others.join(", ")})`;
}
