/**
 * Where the known columns of a territory CSV header are. The names come from
 * `@catalyse/io`'s one list of header aliases, so that a file read by the
 * streaming reader and by the full reader gives each column the same meaning
 * (an actor's label does not change when its file passes the streaming threshold).
 */
import { fieldOf, normalizeName } from "@catalyse/io";

/**
 * Position of each of `fields` in `header` (−1 when absent). When a field is
 * named twice, the first column wins (the full reader refuses the file).
 */
export function locateColumns<F extends string>(
  header: readonly string[],
  aliases: ReadonlyMap<F, readonly string[]>,
  fields: readonly F[],
): Record<F, number> {
  const result = Object.create(null) as Record<F, number>;
  for (const field of fields) result[field] = -1;
  header.forEach((name, index) => {
    const field = fieldOf(name, aliases);
    if (field !== undefined && fields.includes(field) && result[field] < 0) result[field] = index;
  });
  return result;
}

/**
 * Position of a free column (one that is not a field, such as `role`), named as
 * the full reader names free attributes (case, accents and spaces aside); −1 when absent.
 */
export function locateFreeColumn(header: readonly string[], name: string): number {
  const wanted = normalizeName(name);
  return header.findIndex((column) => normalizeName(column) === wanted);
}
