/** Report sections about actors: the top brokers with their roles, and communities named by their members. */
import {
  type ActorFigures,
  type AnalysisDocument,
  type BrokerageRoles,
  communityLeaders,
  type DirectedBrokerageRoles,
} from "@catalyse/core";
import type { MessageId, Translator } from "@catalyse/readings";
import { notAvailable, type ReportSection } from "../report-model.js";

const TOP_BROKERS = 10;
const ROLES: readonly (keyof DirectedBrokerageRoles)[] = [
  "coordinator",
  "consultant",
  "representative",
  "gatekeeper",
  "liaison",
];

/**
 * The role an actor plays most often (Gould & Fernandez 1989), or null when
 * it brokers nothing. Directed territories also count gatekeepers.
 */
export function mainRole(roles: BrokerageRoles | null): keyof DirectedBrokerageRoles | null {
  if (roles === null) return null;
  const counts: Partial<DirectedBrokerageRoles> = roles;
  let best: keyof DirectedBrokerageRoles | null = null;
  for (const role of ROLES)
    if ((counts[role] ?? 0) > 0 && (best === null || (counts[role] ?? 0) > (counts[best] ?? 0))) best = role;
  return best;
}

/** The top brokers: only actors whose value is above zero, so the list is never padded with zeros. */
export function brokersSection(document: AnalysisDocument, t: Translator): ReportSection {
  const byBetweenness = document.actors.some((actor) => actor.betweenness !== null);
  const key: "betweenness" | "degree" = byBetweenness ? "betweenness" : "degree";
  const top = document.actors
    .filter((actor) => (actor[key] ?? 0) > 0)
    .sort((a, b) => (b[key] ?? 0) - (a[key] ?? 0) || b.degree - a.degree)
    .slice(0, TOP_BROKERS);
  const title = t.t("report.brokers.title");
  if (top.length === 0) return { id: "brokers", title, blocks: [notAvailable(t)] };
  const withRoles = top.some((actor) => actor.brokerage !== null);
  const header = [
    t.t("figure.actor.label"),
    t.t("figure.actor.world"),
    t.t("figure.actor.degree"),
    ...(byBetweenness ? [t.t("figure.actor.betweenness")] : []),
    ...(withRoles ? [t.t("figure.actor.brokerage")] : []),
  ];
  const rows = top.map((actor: ActorFigures) => {
    const role = mainRole(actor.brokerage);
    return [
      actor.label,
      actor.world,
      t.integer(actor.degree),
      ...(byBetweenness ? [t.number(actor.betweenness, { maximumFractionDigits: 3 })] : []),
      ...(withRoles
        ? [role === null ? t.t("report.brokers.no-role") : t.t(`figure.actor.brokerage.${role}` as MessageId)]
        : []),
    ];
  });
  return {
    id: "brokers",
    title,
    blocks: [
      {
        kind: "paragraph",
        text: t.t(byBetweenness ? "report.brokers.by-betweenness" : "report.brokers.by-degree"),
      },
      { kind: "table", header, rows },
    ],
  };
}

/** A community's name: its most central members, then how many others ("GAIA, Ville de Grenoble and 5 others"). */
export function communityName(labels: readonly string[], others: number, t: Translator): string {
  return t.t("report.communities.name", { names: others === 0 ? t.list(labels) : labels.join(", "), others });
}

export function communitiesSection(document: AnalysisDocument, t: Translator): ReportSection {
  const title = t.t("report.communities.title");
  const leaders = communityLeaders(document);
  if (document.actors.length === 0 || leaders.length === 0)
    return { id: "communities", title, blocks: [notAvailable(t)] };
  const worlds = [...new Set(document.actors.map((actor) => actor.world))];
  const byId = new Map(document.actors.map((actor) => [actor.id, actor]));
  const counts = new Map<number, Map<string, number>>();
  for (const actor of document.actors) {
    if (actor.community === null) continue;
    const row = counts.get(actor.community) ?? new Map<string, number>();
    counts.set(actor.community, row);
    row.set(actor.world, (row.get(actor.world) ?? 0) + 1);
  }
  const rows = leaders.map((community) => [
    communityName(
      community.leaders.map((id) => byId.get(id)?.label ?? id),
      community.others,
      t,
    ),
    t.integer(community.size),
    ...worlds.map((world) => t.integer(counts.get(community.community)?.get(world) ?? 0)),
  ]);
  return {
    id: "communities",
    title,
    blocks: [
      { kind: "paragraph", text: t.t("report.communities.intro") },
      {
        kind: "table",
        header: [t.t("report.communities.community"), t.t("figure.graph.nodes"), ...worlds],
        rows,
      },
    ],
  };
}
