/**
 * "Show one kind of alliance on the map": the link-type filter seen as a
 * choice of one type. Showing one type hides every other type of the
 * dataset (links without a type too); a link with several types stays while
 * one of them is shown (see filters.ts).
 */
import type { Filters } from "./filters.js";

/** The one link type shown, when the filters hide every other of `types` (≥ 2); null otherwise. */
export function onlyLinkType(types: readonly string[], filters: Filters): string | null {
  if (types.length < 2) return null;
  const hidden = new Set(filters.hiddenLinkTypes);
  const shown = types.filter((type) => !hidden.has(type));
  return shown.length === 1 ? shown[0]! : null;
}

/** Filters that show only `type` among `types`, or every type when `type` is null. */
export function showOnlyLinkType(types: readonly string[], type: string | null, filters: Filters): Filters {
  return { ...filters, hiddenLinkTypes: type === null ? [] : types.filter((other) => other !== type) };
}
