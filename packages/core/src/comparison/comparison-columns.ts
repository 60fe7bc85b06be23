/**
 * The figures of the compare table, defined once: how each is read from the
 * analysis document and which null model it is judged against.
 *
 * Null models: `rewire` keeps every actor's degree and shuffles who is linked
 * to whom (Maslov & Sneppen 2002, `nx.double_edge_swap`); `permute` keeps the
 * network and shuffles the worlds among actors. Size, links and density are
 * fixed by both, so they have none.
 */
import type { AnalysisDocument } from "../analysis/analysis-document.js";

export type NullModelKind = "rewire" | "permute";

export interface ComparisonColumn {
  key: string;
  /** A short header for tables. */
  label: string;
  /** What a reader learns from it, in one phrase ("how unequal betweenness is"). */
  meaning: string;
  read: (document: AnalysisDocument) => number | null;
  nullModel: NullModelKind | null;
}

export const COMPARISON_COLUMNS: readonly ComparisonColumn[] = [
  { key: "nodes", label: "actors", meaning: "number of actors", read: (d) => d.graph.nodes, nullModel: null },
  { key: "links", label: "links", meaning: "number of links", read: (d) => d.graph.links, nullModel: null },
  {
    key: "density",
    label: "density",
    meaning: "share of possible links that exist",
    read: (d) => d.graph.density,
    nullModel: null,
  },
  {
    key: "components",
    label: "components",
    meaning: "number of separate pieces",
    read: (d) => d.graph.components,
    nullModel: "rewire",
  },
  {
    key: "centralizationDegree",
    label: "centr. degree",
    meaning: "how much links concentrate on one actor",
    read: (d) => d.graph.centralization.degree,
    nullModel: "rewire",
  },
  {
    key: "centralizationBetweenness",
    label: "centr. betweenness",
    meaning: "how much one actor stands in the middle",
    read: (d) => d.graph.centralization.betweenness,
    nullModel: "rewire",
  },
  {
    key: "centralizationCloseness",
    label: "centr. closeness",
    meaning: "how much one actor is closer to all than the others",
    read: (d) => d.graph.centralization.closeness,
    nullModel: "rewire",
  },
  {
    key: "giniDegree",
    label: "Gini degree",
    meaning: "how unequal the number of links is",
    read: (d) => d.graph.gini.degree,
    nullModel: null,
  },
  {
    key: "giniBetweenness",
    label: "Gini betweenness",
    meaning: "how unequal brokerage is",
    read: (d) => d.graph.gini.betweenness,
    nullModel: "rewire",
  },
  {
    key: "effectiveBrokers",
    label: "effective brokers",
    meaning: "how many actors share the brokerage",
    read: (d) => d.graph.effectiveBrokers,
    nullModel: "rewire",
  },
  {
    key: "topBrokerShare",
    label: "top broker share",
    meaning: "share of brokerage held by the first broker",
    read: (d) => d.graph.topBrokerShare,
    nullModel: "rewire",
  },
  {
    key: "modularity",
    label: "modularity",
    meaning: "how clearly the network splits into communities",
    read: (d) => d.graph.modularity,
    nullModel: "rewire",
  },
  {
    key: "eiIndex",
    label: "E-I index",
    meaning: "links across worlds (+1) against within worlds (−1)",
    read: (d) => d.graph.worlds.eiIndex,
    nullModel: "permute",
  },
  {
    key: "assortativity",
    label: "assortativity",
    meaning: "how much actors link within their own world",
    read: (d) => d.graph.worlds.assortativity,
    nullModel: "permute",
  },
  {
    key: "crossWorldShare",
    label: "cross-world share",
    meaning: "share of links that join two worlds",
    read: (d) => d.graph.worlds.crossWorldShare,
    nullModel: "permute",
  },
];

/**
 * The governance reading (Provan & Kenis 2008) when the analysis document
 * carries one (`governance.reading` or `governance.label`), else null. Read
 * loosely because the key belongs to the polycentricity section.
 */
export function governanceReading(document: AnalysisDocument): string | null {
  const candidates = [
    (document as unknown as Record<string, unknown>).governance,
    (document.graph as unknown as Record<string, unknown>).governance,
  ];
  for (const governance of candidates) {
    if (typeof governance === "string") return governance;
    if (governance !== null && typeof governance === "object") {
      const record = governance as Record<string, unknown>;
      for (const key of ["reading", "label", "form"])
        if (typeof record[key] === "string") return record[key] as string;
    }
  }
  return null;
}
