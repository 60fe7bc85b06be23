/**
 * The figures of the compare table, defined once: how each is read from the
 * analysis document and which null model it is judged against.
 *
 * Null models (computed by `null-models/` and carried by the analysis
 * document): `rewire` keeps every actor's degree and shuffles who is linked
 * to whom (Maslov & Sneppen 2002, `nx.double_edge_swap`); `permute` keeps the
 * network and shuffles the worlds among actors. Size, links and density are
 * fixed by both, so they have none; components and community modularity are
 * not among the figures the null models recompute.
 */
import type { AnalysisDocument } from "../analysis/analysis-document.js";
import type { NullSummary } from "../null-models/null-summary.js";
import type { SameWorldQap } from "../qap/same-world-qap.js";

/** What a comparison knows of a territory besides its analysis document. */
export interface ComparisonExtras {
  /** The QAP same-world coefficient (`sameWorldQap`), when the caller ran it. */
  qap?: SameWorldQap | null;
}

/** The null model a comparison column's z-score is taken against. */
export type ComparisonNullModel = "rewire" | "permute";

/** One column of a comparison: its key, label, meaning, how it is read and its null model. */
export interface ComparisonColumn {
  key: string;
  /** A short header for tables. */
  label: string;
  /** What a reader learns from it, in one phrase ("how unequal betweenness is"). */
  meaning: string;
  /** Reads the column's figure from a territory's analysis document or extras (null when not computed). */
  read: (document: AnalysisDocument, extras?: ComparisonExtras) => number | null;
  /** The figure's path in the analysis document ("graph.centralization.degree"): its label is "figure." + path. */
  path: string;
  /** How it reads: a count, a share in [0, 1] (shown as a percentage), or an index. */
  kind: "count" | "share" | "index";
  /** Which null model judges it (null: none). */
  nullModel: ComparisonNullModel | null;
  /** The figure's dotted key in the document's null models (`graph.nullModels.figures[].figure`), when it has one. */
  nullKey?: string;
}

/** The columns of a comparison, in order: the one table their labels come from. */
export const COMPARISON_COLUMNS: readonly ComparisonColumn[] = [
  {
    key: "nodes",
    label: "actors",
    meaning: "number of actors",
    path: "graph.nodes",
    kind: "count",
    read: (d) => d.graph.nodes,
    nullModel: null,
  },
  {
    key: "links",
    label: "links",
    meaning: "number of links",
    path: "graph.links",
    kind: "count",
    read: (d) => d.graph.links,
    nullModel: null,
  },
  {
    key: "density",
    label: "density",
    meaning: "share of possible links that exist",
    path: "graph.density",
    kind: "share",
    read: (d) => d.graph.density,
    nullModel: null,
  },
  {
    key: "components",
    label: "components",
    meaning: "number of separate pieces",
    path: "graph.components",
    kind: "count",
    read: (d) => d.graph.components,
    nullModel: null,
  },
  {
    key: "centralizationDegree",
    nullKey: "centralization.degree",
    label: "centr. degree",
    meaning: "how much links concentrate on one actor",
    path: "graph.centralization.degree",
    kind: "index",
    read: (d) => d.graph.centralization.degree,
    nullModel: "rewire",
  },
  {
    key: "centralizationBetweenness",
    nullKey: "centralization.betweenness",
    label: "centr. betweenness",
    meaning: "how much one actor stands in the middle",
    path: "graph.centralization.betweenness",
    kind: "index",
    read: (d) => d.graph.centralization.betweenness,
    nullModel: "rewire",
  },
  {
    key: "centralizationCloseness",
    nullKey: "centralization.closeness",
    label: "centr. closeness",
    meaning: "how much one actor is closer to all than the others",
    path: "graph.centralization.closeness",
    kind: "index",
    read: (d) => d.graph.centralization.closeness,
    nullModel: "rewire",
  },
  {
    key: "giniDegree",
    label: "Gini degree",
    meaning: "how unequal the number of links is",
    path: "graph.gini.degree",
    kind: "index",
    read: (d) => d.graph.gini.degree,
    nullModel: null,
  },
  {
    key: "giniBetweenness",
    nullKey: "gini.betweenness",
    label: "Gini betweenness",
    meaning: "how unequal brokerage is",
    path: "graph.gini.betweenness",
    kind: "index",
    read: (d) => d.graph.gini.betweenness,
    nullModel: "rewire",
  },
  {
    key: "effectiveBrokers",
    nullKey: "effectiveBrokers",
    label: "effective brokers",
    meaning: "how many actors share the brokerage",
    path: "graph.effectiveBrokers",
    kind: "index",
    read: (d) => d.graph.effectiveBrokers,
    nullModel: "rewire",
  },
  {
    key: "topBrokerShare",
    nullKey: "topBrokerShare",
    label: "top broker share",
    meaning: "share of brokerage held by the first broker",
    path: "graph.topBrokerShare",
    kind: "share",
    read: (d) => d.graph.topBrokerShare,
    nullModel: "rewire",
  },
  {
    key: "modularity",
    label: "modularity",
    meaning: "how clearly the network splits into communities",
    path: "graph.modularity",
    kind: "index",
    read: (d) => d.graph.modularity,
    nullModel: null,
  },
  {
    key: "eiIndex",
    nullKey: "worlds.eiIndex",
    label: "E-I index",
    meaning: "links across worlds (+1) against within worlds (−1)",
    path: "graph.worlds.eiIndex",
    kind: "index",
    read: (d) => d.graph.worlds.eiIndex,
    nullModel: "permute",
  },
  {
    key: "assortativity",
    nullKey: "worlds.assortativity",
    label: "assortativity",
    meaning: "how much actors link within their own world",
    path: "graph.worlds.assortativity",
    kind: "index",
    read: (d) => d.graph.worlds.assortativity,
    nullModel: "permute",
  },
  {
    key: "crossWorldShare",
    nullKey: "worlds.crossWorldShare",
    label: "cross-world share",
    meaning: "share of links that join two worlds",
    path: "graph.worlds.crossWorldShare",
    kind: "share",
    read: (d) => d.graph.worlds.crossWorldShare,
    nullModel: "permute",
  },
  {
    key: "corePeripheryFit",
    label: "core–periphery fit",
    meaning: "how closely the links form a core tied to all and a periphery tied only to it (1: exactly)",
    path: "graph.corePeriphery.fit",
    kind: "index",
    read: (d) => d.graph.corePeriphery?.fit ?? null,
    nullModel: null,
  },
  {
    key: "qapSameWorld",
    label: "QAP same world",
    meaning:
      "how much more often two actors of the same world are allied than two of different worlds (QAP coefficient, sna::netlm)",
    path: "qap.sameWorld.coefficient",
    kind: "index",
    read: (_d, extras) => (extras?.qap?.status === "computed" ? extras.qap.coefficient : null),
    nullModel: null,
  },
  {
    key: "collectives",
    label: "collectives",
    meaning: "number of collectives (committees, projects, consortia)",
    path: "graph.collectives.count",
    kind: "count",
    read: (d) => d.graph.collectives?.count ?? null,
    nullModel: null,
  },
  {
    key: "collectiveMemberShare",
    label: "in a collective",
    meaning: "share of actors in at least one collective",
    path: "graph.collectives.memberShare",
    kind: "share",
    read: (d) => d.graph.collectives?.memberShare ?? null,
    nullModel: null,
  },
  {
    key: "collectiveBrokerageShare",
    label: "brokerage by collectives",
    meaning: "share of two-mode brokerage carried by collectives rather than actors",
    path: "graph.collectives.brokerage.collectiveShare",
    kind: "share",
    read: (d) => d.graph.collectives?.brokerage.collectiveShare ?? null,
    nullModel: null,
  },
];

/**
 * The governance reading (Provan & Kenis 2008) of the analysis document
 * (`graph.governance.form`) in words ("lead organisation"); null when the
 * document carries none.
 */
export function governanceReading(document: AnalysisDocument): string | null {
  return document.graph.governance?.form.replaceAll("-", " ") ?? null;
}

/** A figure against its null model. */
export type ComparisonNullFigure = Omit<NullSummary, "replicates">;

/**
 * The null-model figures the analysis document carries (`graph.nullModels`,
 * filled by `analyze(graph, { middle: { nullModels: K } })`), by column key;
 * undefined when it carries none.
 */
export function documentNullFigures(
  document: AnalysisDocument,
): Map<string, ComparisonNullFigure> | undefined {
  const nulls = document.graph.nullModels;
  if (nulls === null) return undefined;
  const result = new Map<string, ComparisonNullFigure>();
  for (const column of COMPARISON_COLUMNS) {
    const figure = nulls.figures.find((f) => f.figure === column.nullKey);
    if (column.nullKey === undefined || figure === undefined) continue;
    const { observed, mean, sd, z, p } = figure;
    result.set(column.key, { observed, mean, sd, z, p });
  }
  return result;
}
