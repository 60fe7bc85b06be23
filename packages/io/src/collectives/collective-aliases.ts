/**
 * Names of the collectives and memberships tables, files, sheets and
 * columns, in English or French (matched as header-aliases.ts does:
 * case- and accent-insensitively, so `Adhésions`, `adhesions` are one name).
 */

export type CollectiveField = "id" | "label" | "kind" | "start" | "end";
export type MembershipField = "collective" | "actor" | "role" | "start" | "end";

export const COLLECTIVE_ALIASES: ReadonlyMap<CollectiveField, readonly string[]> = new Map<
  CollectiveField,
  string[]
>([
  ["id", ["id", "identifiant"]],
  ["label", ["label", "nom", "libelle"]],
  ["kind", ["kind", "type"]],
  ["start", ["start", "debut"]],
  ["end", ["end", "fin"]],
]);

export const MEMBERSHIP_ALIASES: ReadonlyMap<MembershipField, readonly string[]> = new Map<
  MembershipField,
  string[]
>([
  ["collective", ["collective", "collectif"]],
  ["actor", ["actor", "acteur"]],
  ["role", ["role"]],
  ["start", ["start", "debut"]],
  ["end", ["end", "fin"]],
]);
