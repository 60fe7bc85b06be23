/**
 * The "No one in the middle" section that opens `catalyse analyze --format
 * table`: each polycentricity figure with one plain sentence a non-specialist
 * can read. It describes; it never says which form a territory should have.
 */
import type { AnalysisDocument, NullFigure } from "@catalyse/core";
import { formatNumber, formatPercent, formatTable } from "./table.js";

const TOP_BROKERS = 5;
const KEYSTONES_LISTED = 5;

const GOVERNANCE_LABELS: Record<string, string> = {
  shared: "shared governance",
  "lead-organisation": "lead organisation",
  "administrative-organisation": "administrative organisation",
  undetermined: "undetermined",
};

/** Plain names of the figures the null models test. */
const FIGURE_NAMES: Record<string, string> = {
  "centralization.degree": "degree centralization",
  "centralization.betweenness": "betweenness centralization",
  "centralization.closeness": "closeness centralization",
  "gini.degree": "Gini of degree",
  "gini.betweenness": "Gini of betweenness",
  effectiveBrokers: "effective brokers",
  topBrokerShare: "top broker's share",
  "betweennessShares.top1": "share of top 1%",
  "betweennessShares.top5": "share of top 5%",
  "betweennessShares.top10": "share of top 10%",
  transitivity: "transitivity",
  averageClustering: "average clustering",
  largestComponentShare: "largest component",
  "worlds.eiIndex": "E-I index",
  "worlds.crossWorldShare": "cross-world share",
  "worlds.assortativity": "world assortativity",
  "worlds.modularity": "world modularity",
};

const number = (value: number | null | undefined) =>
  value === null || value === undefined ? "–" : formatNumber(value);

export function formatMiddleTable(document: AnalysisDocument): string {
  const g = document.graph;
  const actors = document.actors;
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const name = (id: string) => {
    const actor = byId.get(id);
    return actor === undefined ? id : `${actor.label} (${actor.world})`;
  };
  const lines: string[] = ["No one in the middle", "===================="];

  if (actors.length < 3 || g.links === 0) {
    lines.push("Too few actors or alliances to tell whether anyone stands in the middle.", "");
    return lines.join("\n");
  }

  if (g.topBroker !== null)
    lines.push(
      `${formatPercent(g.topBroker.betweenness)} of the shortest paths between other actors go through a single actor: ${name(g.topBroker.actor)}.`,
    );
  else
    lines.push(
      "No actor stands between others: every pair of actors is directly allied or not connected at all.",
    );
  if (g.effectiveBrokers !== null)
    lines.push(
      `Brokerage rests on the equivalent of ${formatNumber(round(g.effectiveBrokers))} actor${g.effectiveBrokers < 1.5 ? "" : "s"} out of ${g.nodes} (effective brokers).`,
    );
  const shares = g.betweennessShares;
  if (shares.top1 !== null)
    lines.push(
      `The top 1%, 5% and 10% of actors hold ${formatPercent(shares.top1)}, ${formatPercent(shares.top5)} and ${formatPercent(shares.top10)} of all brokerage.`,
    );
  lines.push(
    `Centralization (0: everyone alike, 1: a star with one actor in the middle): betweenness ${number(g.centralization.betweenness)}, degree ${number(g.centralization.degree)}, closeness ${number(g.centralization.closeness)}.`,
    `Inequality (Gini, 0: all equal, 1: one actor holds everything): alliances ${number(g.gini.degree)}, brokerage ${number(g.gini.betweenness)}.`,
  );

  const w = g.worlds;
  lines.push("");
  if (w.crossWorldShare === null) lines.push("Worlds: a single world, so no alliance crosses worlds.");
  else {
    lines.push(
      `${formatPercent(w.crossWorldShare)} of alliances cross worlds (E-I index ${number(w.eiIndex)}: −1 all within worlds, +1 all across).`,
      `World assortativity ${number(w.assortativity)} (above 0: actors ally within their own world more than chance would; below 0: across).`,
    );
    const inward = w.byWorld.filter((x) => x.eiIndex !== null && x.eiIndex < 0).map((x) => x.world);
    if (inward.length > 0) lines.push(`Worlds allying more inside than outside: ${inward.join(", ")}.`);
  }

  const d = g.dependence;
  if (d !== null) {
    const last = d.targeted.at(-1);
    const random = d.random[last?.removed ?? 0];
    if (last !== undefined && last.removed > 0) {
      lines.push(
        "",
        `If the ${last.removed} top broker${last.removed === 1 ? "" : "s"} left one after another (${d.targeted
          .slice(1)
          .map((s) => (s.actor === null ? "?" : (byId.get(s.actor)?.label ?? s.actor)))
          .join(
            ", ",
          )}), ${formatPercent(last.pairsConnected)} of actor pairs would still be connected, against ${formatPercent(random?.pairsConnected ?? null)} if as many actors left at random.`,
      );
      if (last.crossWorldPairsConnected !== null)
        lines.push(
          `Pairs of actors from different worlds still connected: ${formatPercent(last.crossWorldPairsConnected)} (random departures: ${formatPercent(random?.crossWorldPairsConnected ?? null)}).`,
        );
    }
    const players = d.keyPlayers.at(-1);
    if (players !== undefined && (players.fragmentation ?? 0) > 0)
      lines.push(
        `The ${players.size} actor${players.size === 1 ? "" : "s"} whose departure would fragment the territory most: ${players.actors.map(name).join(", ")} (${formatPercent(players.fragmentation)} of pairs cut off).`,
      );
    if (d.keystones !== null && d.keystones.length > 0) {
      const listed = d.keystones
        .slice(0, KEYSTONES_LISTED)
        .map((k) => `${name(k.actor)}: ${k.worldPairs.map(([a, b]) => `${a}–${b}`).join(", ")}`);
      lines.push(
        `${d.keystones.length} actor${d.keystones.length === 1 ? " is" : "s are"} the only bridge between two worlds:`,
        ...listed.map((text) => `  ${text}`),
      );
    } else if (d.keystones !== null) lines.push("No single actor's departure would disconnect two worlds.");
  }

  if (g.governance !== null) {
    const reading = g.governance;
    lines.push(
      "",
      `Governance reading: ${GOVERNANCE_LABELS[reading.form] ?? reading.form}. ${reading.summary}`,
    );
    const evidence = reading.evidence
      .filter((e) => e.value !== null && e.figure !== "actors")
      .map((e) => {
        if (e.figure === "topBroker" && typeof e.value === "string") return `top broker ${name(e.value)}`;
        return `${e.figure} ${typeof e.value === "number" ? formatNumber(round(e.value)) : e.value}`;
      });
    if (evidence.length > 0) lines.push(`  Evidence: ${evidence.join("; ")}.`);
  }

  const brokered = (a: (typeof actors)[number]) =>
    a.brokerage === null
      ? 0
      : a.brokerage.coordinator +
        a.brokerage.consultant +
        a.brokerage.representative +
        a.brokerage.liaison +
        gatekeepers(a.brokerage);
  // Betweenness when the centrality section filled it, else the open two-paths brokered.
  const rank = (a: (typeof actors)[number]) => a.betweenness ?? brokered(a);
  const brokers = [...actors]
    .filter((a) => rank(a) > 0)
    .sort((a, b) => rank(b) - rank(a))
    .slice(0, TOP_BROKERS);
  // The betweenness column only when the centrality section filled it.
  const withBetweenness = brokers.some((a) => a.betweenness !== null);
  if (brokers.length > 0)
    lines.push(
      "",
      "Top brokers (open two-paths each one brokers, by the worlds at both ends):",
      formatTable(
        [
          "actor",
          "world",
          ...(withBetweenness ? ["betweenness"] : []),
          "liaison",
          "representative",
          "consultant",
          "coordinator",
          "constraint",
          "partner worlds",
        ],
        brokers.map((a) => [
          a.label,
          a.world,
          ...(withBetweenness ? [a.betweenness] : []),
          a.brokerage?.liaison ?? null,
          (a.brokerage?.representative ?? 0) + gatekeepers(a.brokerage),
          a.brokerage?.consultant ?? null,
          a.brokerage?.coordinator ?? null,
          a.constraint,
          a.neighbourWorlds ?? null,
        ]),
      ).trimEnd(),
    );

  if (g.nullModels !== null) lines.push("", ...nullLines(g.nullModels.replicates, g.nullModels.figures));
  lines.push("");
  return lines.join("\n");
}

function nullLines(replicates: number, figures: readonly NullFigure[]): string[] {
  const rows = figures.map((f) => [
    FIGURE_NAMES[f.figure] ?? f.figure,
    f.model === "rewiring" ? "rewired links" : "shuffled worlds",
    f.observed,
    f.mean,
    f.z,
    f.p,
  ]);
  return [
    `Against chance (${replicates} rewirings keeping each actor's number of alliances, ${replicates} random shuffles of worlds; |z| > 2 is rarely chance):`,
    formatTable(["figure", "compared with", "observed", "chance", "z", "p"], rows).trimEnd(),
  ];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Gatekeeper counts exist for directed territories only. */
function gatekeepers(roles: object | null): number {
  return roles !== null && "gatekeeper" in roles && typeof roles.gatekeeper === "number"
    ? roles.gatekeeper
    : 0;
}
