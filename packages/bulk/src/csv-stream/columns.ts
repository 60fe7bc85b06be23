/**
 * Header names of territory CSV files, matched case- and accent-insensitively
 * in English or French (the same names as `@catalyse/io`'s reader).
 */

export const ACTOR_COLUMNS = {
  id: ["id", "identifiant"],
  label: ["label", "nom", "libelle", "name"],
  world: ["world", "monde"],
  role: ["role"],
} as const;

export const LINK_COLUMNS = {
  source: ["source"],
  target: ["target", "cible"],
  weight: ["weight", "poids"],
} as const;

/** Lower case, no accents, trimmed: "Début " → "debut". */
export function normalizeHeader(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();
}

/** Position of each known column in `header` (−1 when absent). */
export function locateColumns<K extends string>(
  header: readonly string[],
  names: Record<K, readonly string[]>,
): Record<K, number> {
  const normalised = header.map(normalizeHeader);
  const result = {} as Record<K, number>;
  for (const key of Object.keys(names) as K[])
    result[key] = normalised.findIndex((column) => names[key].includes(column));
  return result;
}
