/**
 * Readings of an analysis document: one message per reading id. Numbers arrive
 * already formatted (`percent`, `decimal` parameters) except counts, which
 * drive the plurals.
 */
import type { Catalogue } from "../catalogue.js";

export const readingEn = {
  "reading.size":
    "The territory has {actors, plural, one {# actor} other {# actors}} and {links, plural, one {# link} other {# links}} (density {density}).",
} as const satisfies Catalogue;
