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

export type ComparisonNullModel = "rewire" | "permute";

export interface ComparisonColumn {
  key: string;
  /** A short header for tables. */
  label: string;
  /** What a reader learns from it, in one phrase ("how unequal betweenness is"). */
  meaning: string;
  read: (document: AnalysisDocument) => number | null;
  /** The figure's path in the analysis document ("graph.centralization.degree"): its label is "figure." + path. */
  path: string;
  /** How it reads: a count, a share in [0, 1] (shown as a percentage), or an index. */
  kind: "count" | "share" | "index";
  /** Which null model judges it (null: none). */
  nullModel: ComparisonNullModel | null;
  /** The figure's dotted key in the document's null models (`graph.nullModels.figures[].figure`), when it has one. */
  nullKey?: string;
}

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
];

/**
 * The governance reading (Provan & Kenis 2008) when the analysis document
 * carries one (`graph.governance.form`), else null, in words
 * ("lead organisation"). Read loosely because the key belongs to the
 * polycentricity section.
 */
export function governanceReading(document: AnalysisDocument): string | null {
  const candidates = [
    (document as unknown as Record<string, unknown>).governance,
    (document.graph as unknown as Record<string, unknown>).governance,
  ];
  for (const governance of candidates) {
    if (typeof governance === "string") return governance.replaceAll("-", " ");
    if (governance !== null && typeof governance === "object") {
      const record = governance as Record<string, unknown>;
      for (const key of ["reading", "label", "form"])
        if (typeof record[key] === "string") return (record[key] as string).replaceAll("-", " ");
    }
  }
  return null;
}

/** A figure against its null model. */
export interface ComparisonNullFigure {
  observed: number | null;
  mean: number | null;
  sd: number | null;
  z: number | null;
  p: number | null;
}

/**
 * The null-model figures the analysis document carries (`graph.nullModels`,
 * filled by `analyze(graph, { middle: { nullModels: K } })`), by column key;
 * undefined when it carries none.
 */
export function documentNullFigures(
  document: AnalysisDocument,
):
  | Map<
      string,
      { observed: number | null; mean: number | null; sd: number | null; z: number | null; p: number | null }
    >
  | undefined {
  const nulls = (document.graph as unknown as Record<string, unknown>).nullModels;
  if (nulls === null || typeof nulls !== "object") return undefined;
  const figures = (nulls as { figures?: unknown }).figures;
  if (!Array.isArray(figures)) return undefined;
  const number = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : null);
  const result = new Map<
    string,
    { observed: number | null; mean: number | null; sd: number | null; z: number | null; p: number | null }
  >();
  for (const column of COMPARISON_COLUMNS) {
    const figure = figures.find(
      (f: unknown) => (f as { figure?: unknown } | null)?.figure === column.nullKey,
    ) as Record<string, unknown> | undefined;
    if (column.nullKey === undefined || figure === undefined) continue;
    result.set(column.key, {
      observed: number(figure.observed),
      mean: number(figure.mean),
      sd: number(figure.sd),
      z: number(figure.z),
      p: number(figure.p),
    });
  }
  return result;
}
