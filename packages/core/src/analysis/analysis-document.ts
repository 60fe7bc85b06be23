/**
 * The analysis document: what `analyze` returns and `catalyse analyze
 * --format json` prints. Its shape is stable; a figure that is undefined for a
 * territory (density of a one-actor territory, assortativity with one world…)
 * is `null`, never NaN. Each section (structure, centrality, communities,
 * polycentricity) fills its own keys.
 */

export interface CentralizationFigures {
  degree: number | null;
  betweenness: number | null;
  closeness: number | null;
}

export interface GiniFigures {
  degree: number | null;
  betweenness: number | null;
}

export interface WorldFigures {
  eiIndex: number | null;
  assortativity: number | null;
  crossWorldShare: number | null;
  modularity: number | null;
}

export interface GraphFigures {
  nodes: number;
  links: number;
  density: number | null;
  components: number;
  largestComponentShare: number | null;
  averageClustering: number | null;
  transitivity: number | null;
  centralization: CentralizationFigures;
  gini: GiniFigures;
  effectiveBrokers: number | null;
  topBrokerShare: number | null;
  modularity: number | null;
  communities: number | null;
  worlds: WorldFigures;
}

export interface BrokerageRoles {
  coordinator: number;
  consultant: number;
  representative: number;
  liaison: number;
}

export interface ActorFigures {
  id: string;
  label: string;
  world: string;
  community: number | null;
  degree: number;
  strength: number;
  betweenness: number | null;
  betweennessWeighted: number | null;
  closeness: number | null;
  harmonic: number | null;
  pagerank: number | null;
  eigenvector: number | null;
  core: number | null;
  clustering: number | null;
  constraint: number | null;
  effectiveSize: number | null;
  brokerage: BrokerageRoles | null;
}

export interface AnalysisDocument {
  graph: GraphFigures;
  actors: ActorFigures[];
}

/** A document with every figure not yet computed set to null. */
export function createEmptyDocument(): AnalysisDocument {
  return {
    graph: {
      nodes: 0,
      links: 0,
      density: null,
      components: 0,
      largestComponentShare: null,
      averageClustering: null,
      transitivity: null,
      centralization: { degree: null, betweenness: null, closeness: null },
      gini: { degree: null, betweenness: null },
      effectiveBrokers: null,
      topBrokerShare: null,
      modularity: null,
      communities: null,
      worlds: { eiIndex: null, assortativity: null, crossWorldShare: null, modularity: null },
    },
    actors: [],
  };
}

/** Replaces NaN and ±Infinity by null, so a document never carries them. */
export function finiteOrNull(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}
