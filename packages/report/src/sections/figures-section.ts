/**
 * "The territory in figures": each figure with one plain sentence a
 * non-specialist can read. Measure, don't prescribe: sentences describe, they
 * never say a value is good or bad.
 */
import { type AnalysisDocument, governanceReading } from "@catalyse/core";
import { formatShare, formatValue, NOT_AVAILABLE } from "../format-number.js";
import type { FigureItem, ReportBlock, ReportSection } from "../report-model.js";

function topBroker(document: AnalysisDocument): string | null {
  const top = document.graph.topBroker;
  if (top !== null) return document.actors.find((actor) => actor.id === top.actor)?.label ?? top.actor;
  let best: { label: string; value: number } | null = null;
  for (const actor of document.actors)
    if (actor.betweenness !== null && (best === null || actor.betweenness > best.value))
      best = { label: actor.label, value: actor.betweenness };
  return best?.label ?? null;
}

export function territoryFigures(document: AnalysisDocument): FigureItem[] {
  const g = document.graph;
  const worlds = new Set(document.actors.map((actor) => actor.world)).size;
  const na = (value: number | null, sentence: string) => (value === null ? "Not available yet." : sentence);
  const meanDegree = g.nodes === 0 ? 0 : (2 * g.links) / g.nodes;
  const items: FigureItem[] = [
    {
      label: "Actors",
      value: String(g.nodes),
      sentence: `${g.nodes} organisations from ${worlds} world${worlds === 1 ? "" : "s"} take part.`,
    },
    {
      label: "Alliances",
      value: String(g.links),
      sentence: `${g.links} alliances: on average each actor has ${formatValue(meanDegree, 1)} partners.`,
    },
    {
      label: "Density",
      value: formatShare(g.density),
      sentence: na(
        g.density,
        `${formatShare(g.density)} of all possible alliances between these actors exist.`,
      ),
    },
    {
      label: "Pieces",
      value: String(g.components),
      sentence:
        g.components <= 1
          ? "Everyone can reach everyone else through a chain of alliances."
          : `The network falls into ${g.components} separate pieces; the largest holds ${formatShare(g.largestComponentShare)} of the actors.`,
    },
    {
      label: "Top broker share",
      value: formatShare(g.topBrokerShare),
      sentence: na(
        g.topBrokerShare,
        `${formatShare(g.topBrokerShare)} of all brokerage (shortest paths between other actors) goes through a single actor: ${topBroker(document) ?? "unknown"}.`,
      ),
    },
    {
      label: "Effective brokers",
      value: formatValue(g.effectiveBrokers, 1),
      sentence: na(
        g.effectiveBrokers,
        `Brokerage is shared as if ${formatValue(g.effectiveBrokers, 1)} actors held equal parts of it.`,
      ),
    },
    {
      label: "Centralization (betweenness)",
      value: formatValue(g.centralization.betweenness),
      sentence: na(
        g.centralization.betweenness,
        `On a scale from 0 (everyone equally in the middle) to 1 (a star: one actor in the middle of everything), the network stands at ${formatValue(g.centralization.betweenness)}.`,
      ),
    },
    {
      label: "Centralization (degree)",
      value: formatValue(g.centralization.degree),
      sentence: na(
        g.centralization.degree,
        `How much alliances gather around one actor, from 0 (evenly spread) to 1 (all around one): ${formatValue(g.centralization.degree)}.`,
      ),
    },
    {
      label: "Gini of links",
      value: formatValue(g.gini.degree),
      sentence: na(
        g.gini.degree,
        `Inequality in the number of partners, from 0 (all equal) to 1 (one actor has them all): ${formatValue(g.gini.degree)}.`,
      ),
    },
    {
      label: "Gini of brokerage",
      value: formatValue(g.gini.betweenness),
      sentence: na(
        g.gini.betweenness,
        `Inequality in brokerage, on the same 0-to-1 scale: ${formatValue(g.gini.betweenness)}.`,
      ),
    },
    {
      label: "Cross-world links",
      value: formatShare(g.worlds.crossWorldShare),
      sentence: na(
        g.worlds.crossWorldShare,
        `${formatShare(g.worlds.crossWorldShare)} of alliances join two different worlds (associations, companies, public bodies…).`,
      ),
    },
    {
      label: "E-I index",
      value: formatValue(g.worlds.eiIndex),
      sentence: na(
        g.worlds.eiIndex,
        `From −1 (every alliance stays within a world) to +1 (every alliance crosses worlds): ${formatValue(g.worlds.eiIndex)}.`,
      ),
    },
    {
      label: "World assortativity",
      value: formatValue(g.worlds.assortativity),
      sentence: na(
        g.worlds.assortativity,
        `Above 0, actors ally more within their own world than chance would give; below 0, less (${formatValue(g.worlds.assortativity)}).`,
      ),
    },
    {
      label: "Communities",
      value: g.communities === null ? NOT_AVAILABLE : String(g.communities),
      sentence: na(
        g.communities,
        `The network splits into ${g.communities} groups of actors more allied among themselves (modularity ${formatValue(g.modularity)}).`,
      ),
    },
  ];
  const governance = governanceReading(document);
  items.push({
    label: "Governance reading",
    value: governance ?? NOT_AVAILABLE,
    // The polycentricity section words its own summary, without judging the form.
    sentence: document.graph.governance?.summary ?? "Not available yet.",
  });
  return items;
}

export function figuresSection(document: AnalysisDocument): ReportSection {
  const blocks: ReportBlock[] = [{ kind: "figures", items: territoryFigures(document) }];
  const governance = document.graph.governance;
  if (governance !== null && governance.evidence.length > 0)
    blocks.push({
      kind: "table",
      caption:
        "The evidence behind the governance reading (Provan & Kenis 2008): it describes, it does not judge",
      header: ["figure", "value", "compared with", "points to"],
      rows: governance.evidence.map((e) => [
        e.figure,
        typeof e.value === "number" ? formatValue(e.value, 3) : (e.value ?? NOT_AVAILABLE),
        e.threshold ?? "–",
        e.suggests === null ? "no form" : e.suggests.replaceAll("-", " "),
      ]),
    });
  const nulls = document.graph.nullModels;
  if (nulls !== null && nulls.figures.length > 0)
    blocks.push({
      kind: "table",
      caption: `More than chance? Each figure against ${nulls.replicates} random networks of the same territory (same numbers of partners; worlds shuffled for the world figures)`,
      header: ["figure", "observed", "chance gives", "z-score", "p"],
      rows: nulls.figures.map((f) => [
        f.figure,
        formatValue(f.observed, 3),
        f.mean === null ? NOT_AVAILABLE : `${formatValue(f.mean, 3)} ± ${formatValue(f.sd, 3)}`,
        formatValue(f.z),
        formatValue(f.p, 3),
      ]),
    });
  return { id: "figures", title: "The territory in figures", blocks };
}
