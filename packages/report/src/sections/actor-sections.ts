/** Report sections about actors: the top brokers with their roles, and communities against worlds. */
import type { ActorFigures, AnalysisDocument, BrokerageRoles, DirectedBrokerageRoles } from "@catalyse/core";
import { formatValue } from "../format-number.js";
import { notAvailable, type ReportSection } from "../report-model.js";

const TOP_BROKERS = 10;

const ROLE_NAMES: Record<keyof DirectedBrokerageRoles, string> = {
  coordinator: "coordinator (within its own world)",
  consultant: "consultant (for another world)",
  representative: "representative (between its world and another)",
  gatekeeper: "gatekeeper (letting another world into its own)",
  liaison: "liaison (between two other worlds)",
};

/**
 * The role an actor plays most often (Gould & Fernandez 1989), or null when
 * it brokers nothing. Directed territories also count gatekeepers.
 */
export function mainRole(roles: BrokerageRoles | null): string | null {
  if (roles === null) return null;
  const counts: Partial<DirectedBrokerageRoles> = roles;
  let best: keyof DirectedBrokerageRoles | null = null;
  for (const role of Object.keys(ROLE_NAMES) as (keyof DirectedBrokerageRoles)[])
    if ((counts[role] ?? 0) > 0 && (best === null || (counts[role] ?? 0) > (counts[best] ?? 0))) best = role;
  return best === null ? null : ROLE_NAMES[best];
}

export function brokersSection(document: AnalysisDocument): ReportSection {
  const byBetweenness = document.actors.some((actor) => actor.betweenness !== null);
  const key: "betweenness" | "degree" = byBetweenness ? "betweenness" : "degree";
  const top = [...document.actors]
    .sort((a, b) => (b[key] ?? 0) - (a[key] ?? 0) || b.degree - a.degree)
    .slice(0, TOP_BROKERS);
  const withRoles = top.some((actor) => actor.brokerage !== null);
  const header = [
    "actor",
    "world",
    "partners",
    ...(byBetweenness ? ["betweenness"] : []),
    "main brokerage role",
  ];
  const rows = top.map((actor: ActorFigures) => [
    actor.label,
    actor.world,
    String(actor.degree),
    ...(byBetweenness ? [formatValue(actor.betweenness, 3)] : []),
    withRoles ? (mainRole(actor.brokerage) ?? "none") : "not available",
  ]);
  return {
    id: "brokers",
    title: "Top brokers",
    blocks: [
      {
        kind: "paragraph",
        text: byBetweenness
          ? "The actors through which the most shortest paths between other actors go (betweenness), with the role they most often play between worlds."
          : "Betweenness is not available yet, so actors are listed by their number of partners.",
      },
      { kind: "table", header, rows },
    ],
  };
}

export function communitiesSection(document: AnalysisDocument): ReportSection {
  if (document.actors.length === 0 || document.actors.some((actor) => actor.community === null))
    return { id: "communities", title: "Communities and worlds", blocks: [notAvailable("Communities")] };
  const worlds = [...new Set(document.actors.map((actor) => actor.world))];
  const counts = new Map<number, Map<string, number>>();
  for (const actor of document.actors) {
    const row = counts.get(actor.community!) ?? new Map<string, number>();
    counts.set(actor.community!, row);
    row.set(actor.world, (row.get(actor.world) ?? 0) + 1);
  }
  const rows = [...counts]
    .sort((a, b) => a[0] - b[0])
    .map(([community, row]) => {
      const size = [...row.values()].reduce((s, v) => s + v, 0);
      return [
        `community ${community + 1}`,
        String(size),
        ...worlds.map((world) => String(row.get(world) ?? 0)),
      ];
    });
  return {
    id: "communities",
    title: "Communities and worlds",
    blocks: [
      {
        kind: "paragraph",
        text: "Groups of actors more allied among themselves than with the rest, and the worlds their members come from. A community drawing on several worlds brings them together; one drawn from a single world keeps to itself.",
      },
      { kind: "table", header: ["", "actors", ...worlds], rows },
    ],
  };
}
