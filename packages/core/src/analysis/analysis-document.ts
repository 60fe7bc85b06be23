/**
 * The analysis document: what `analyze` returns and `catalyse analyze
 * --format json` prints. Its shape is stable; a figure that is undefined for a
 * territory (density of a one-actor territory, assortativity with one world…)
 * is `null`, never NaN. Each section (structure, centrality, communities,
 * polycentricity) fills its own keys.
 */
import type { CollectiveBrokerage } from "../collectives/collective-brokerage.js";
import type { TwoModeFigures } from "../collectives/two-mode-centrality.js";
import type { DiscreteCoreModel } from "../core-periphery/index.js";
import type { DependenceStep, KeyPlayerSet, Keystone, OnlyLink } from "../dependence/index.js";
import type { TriadCensus } from "../directed/index.js";
import type { LorenzPoint } from "../distribution/index.js";
import type { GovernanceReading } from "../governance/index.js";
import type { LayerFigures, LayerOverlap } from "../multiplex/index.js";
import type { NullModelResult } from "../null-models/index.js";
import type { WorldEiFigures } from "../worlds/index.js";

/** Freeman centralization of the territory for each centrality (0: every actor alike, 1: a star). */
export interface CentralizationFigures {
  degree: number | null;
  betweenness: number | null;
  closeness: number | null;
}

/** Gini coefficients of the actors' centralities (0: equal, 1: one actor holds everything). */
export interface GiniFigures {
  degree: number | null;
  betweenness: number | null;
}

/** How the worlds (sectors) link: cross-world share, E-I index, mixing matrix and per-world figures. */
export interface WorldFigures {
  eiIndex: number | null;
  assortativity: number | null;
  crossWorldShare: number | null;
  modularity: number | null;
  /** The world × world mixing matrix; null without links or with one world. */
  mixing: WorldMixingFigures | null;
  /** E-I index of each world that has actors. */
  byWorld: WorldEiFigures[];
}

/** The world × world mixing matrix of link counts and weights. */
export interface WorldMixingFigures {
  /** Row and column labels. */
  worlds: string[];
  /** Links between worlds (symmetric when undirected; rows are sources when directed). */
  counts: number[][];
  /** Summed link weights, laid out as `counts`. */
  weights: number[][];
}

/** An actor among the strongest brokers, with its betweenness. */
export interface TopBroker {
  actor: string;
  /** Share of the shortest paths between other actors that go through it. */
  betweenness: number;
}

/** Share of all (unweighted, normalised) betweenness held by the top 1, 5 and 10% of actors. */
export interface BetweennessShares {
  top1: number | null;
  top5: number | null;
  top10: number | null;
}

/** Lorenz curves (at most 101 points each) of degree and betweenness. */
export interface LorenzFigures {
  degree: LorenzPoint[];
  betweenness: LorenzPoint[];
}

/** What the territory depends on: removal curves, key players, keystones. */
export interface DependenceFigures {
  /**
   * Whether betweenness was recomputed after each removal; false on territories
   * too large for it, where the curve follows the initial ranking.
   */
  recomputed: boolean;
  /** Removing the top broker by betweenness, one after another. */
  targeted: DependenceStep[];
  /** Mean over seeded runs of removing actors at random. */
  random: DependenceStep[];
  /** KPP-Neg key-player sets of size 1 to 3. */
  keyPlayers: KeyPlayerSet[];
  /** Actors whose removal disconnects two worlds; null when the territory is too large to test. */
  keystones: Keystone[] | null;
  /** Cut vertices that are another actor's only partner, with those dependents. */
  onlyLinks: OnlyLink[];
}

/** The graph-level figures of the analysis document. */
export interface GraphFigures {
  /**
   * How actor betweenness (and closeness, harmonic) were computed: "exact"
   * (Brandes), or "approx" (sampling: betweenness within `epsilon` of the exact
   * value for every actor with probability 1 − `delta`, Riondato &
   * Kornaropoulos 2016); null when betweenness was not computed.
   */
  betweennessMethod?: "exact" | "approx" | null;
  epsilon?: number | null;
  delta?: number | null;
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
  /** The actor with the highest (unweighted, normalised) betweenness; null without brokerage. */
  topBroker: TopBroker | null;
  betweennessShares: BetweennessShares;
  lorenz: LorenzFigures;
  dependence: DependenceFigures | null;
  governance: GovernanceReading | null;
  /** Null models (observed, mean, sd, z, p per figure); null unless asked for (`--null K`). */
  nullModels: NullModelResult | null;
  /** Figures of the territory's collectives; null for a territory without any. */
  collectives?: CollectiveGraphFigures | null;
  /** Share of links whose reverse link exists (`nx.overall_reciprocity`); null when undirected or without links. */
  reciprocity?: number | null;
  /** Triples of actors by link pattern, keyed by MAN code (`nx.triadic_census`); null when undirected. */
  triadCensus?: TriadCensus | null;
  /** Discrete core (Borgatti & Everett 1999); null without links, below three actors, or on very large territories. */
  corePeriphery?: CorePeripheryFigures | null;
}

/** The discrete core of the analysis document: its fit and its actors (ids), and how the continuous coreness went. */
export interface CorePeripheryFigures {
  /** Correlation between the links and the model's core/periphery pattern; 1 is a perfect core/periphery. */
  fit: number | null;
  /** Actor ids of the core, in document order. */
  core: string[];
  /**
   * B&E's discrete model of `fit` and `core`: "ideal" (core–periphery pairs
   * expected tied) or "relaxed" (left out, as UCINET). Absent in documents
   * written before it existed, which are "ideal".
   */
  model?: DiscreteCoreModel;
  /** Correlation between the links and cᵢcⱼ for the continuous coreness. */
  corenessFit: number | null;
  /**
   * Whether the continuous coreness settled. When false, one actor's coreness
   * grows without bound (a Heywood case: that actor has coreness 1, every
   * other 0, and `corenessFit` is the fit of that limit) or the iteration was
   * still approaching its optimum (the coreness where it stopped). Absent in
   * older documents: read absent as unknown, not as true.
   */
  corenessConverged?: boolean;
  /** Fixed-point steps of the continuous coreness (at most 10,000). Absent in older documents. */
  corenessIterations?: number;
}

/** Graph-level figures of collectives (multi-party alliances). */
export interface CollectiveGraphFigures {
  /** How the analysed network counts co-membership (`--projection`). */
  projection: "newman" | "count" | "none";
  count: number;
  /** Mean number of members. */
  meanSize: number | null;
  /** Share of actors in at least one collective. */
  memberShare: number | null;
  /** Collectives whose members come from at least two worlds. */
  crossWorld: number;
  /** Share of two-mode brokerage carried by collectives rather than actors, and who carries the rest. */
  brokerage: CollectiveBrokerage;
}

/** A collective's row of the analysis document. */
export interface CollectiveFigures {
  id: string;
  label: string;
  kind: string;
  /** Number of distinct members. */
  size: number;
  /** Members by world, in the territory's world order (worlds without members left out). */
  worlds: { world: string; members: number }[];
  twoMode: TwoModeFigures;
}

/** Counts of Gould & Fernandez brokerage roles (1989) an actor plays. */
export interface BrokerageRoles {
  coordinator: number;
  consultant: number;
  representative: number;
  liaison: number;
}

/**
 * Directed territories tell gatekeepers (A→B→B: brokering into one's own
 * world) from representatives (A→A→B); undirected ones count both as
 * representative. `BrokerageRoles` keeps its four keys for every reader.
 */
export interface DirectedBrokerageRoles extends BrokerageRoles {
  gatekeeper: number;
}

/** An actor's brokerage against random world labels (sna::brokerage style). */
export interface BrokerageNullFigures {
  expected: BrokerageRoles | DirectedBrokerageRoles;
  /** (observed − expected) / sd per role; null where the count never varies (gatekeeper: directed only). */
  z: { [Role in keyof DirectedBrokerageRoles]: number | null };
}

/** Every figure of one actor in the analysis document (null when not computed). */
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
  brokerage: BrokerageRoles | DirectedBrokerageRoles | null;
  /** Distinct worlds among the actor's partners (filled by the polycentricity section). */
  neighbourWorlds?: number;
  /** Blau index of the partners' worlds; null for isolates. */
  neighbourWorldDiversity?: number | null;
  /** Brokerage against label permutations; present with null models. */
  brokerageNull?: BrokerageNullFigures | null;
  /** Continuous coreness (Borgatti & Everett 1999, Σ = 1 over squares); null when the core–periphery figures are. */
  coreness?: number | null;
  /** Two-mode centralities on the actor–collective graph; null for an actor in no collective. */
  twoMode?: TwoModeFigures | null;
}

/** The actor-level fields of the centrality section, in document order. */
export const CENTRALITY_ACTOR_FIELDS = [
  "betweenness",
  "betweennessWeighted",
  "closeness",
  "harmonic",
  "pagerank",
  "eigenvector",
  "core",
  "clustering",
] as const satisfies readonly (keyof ActorFigures)[];

/** The per-actor figures that are numbers, in document order (table columns, metric pickers). */
export const ACTOR_NUMBER_FIELDS = [
  "degree",
  "strength",
  ...CENTRALITY_ACTOR_FIELDS,
  "constraint",
  "effectiveSize",
] as const satisfies readonly (keyof ActorFigures)[];

/** The numeric fields of {@link ActorFigures}. */
export type ActorNumberField = (typeof ACTOR_NUMBER_FIELDS)[number];

/**
 * A sentence about the territory in one language, as `catalyse analyze
 * --format json --lang fr|en` writes it: its stable id, its text, and the
 * figures it cites (document path → value). Written by @catalyse/readings.
 */
export interface DocumentReading {
  id: string;
  text: string;
  figures: Record<string, number | string | null>;
}

/** The analysis document of a territory: graph-level figures and one row per actor, as `catalyse analyze --format json` prints it. */
export interface AnalysisDocument {
  graph: GraphFigures;
  actors: ActorFigures[];
  /** The territory's collectives (empty without any). */
  collectives?: CollectiveFigures[];
  /** The readings, in one language; present when a surface asked for them. */
  readings?: DocumentReading[];
  /** One network per link type (`analyze --by-type`); absent unless asked for. */
  layers?: LayersDocument | null;
}

/** The multiplex section: see multiplex/multiplex-layers.ts. */
export interface LayersDocument {
  layers: LayerFigures[];
  overlaps: LayerOverlap[];
  /** Kinds of alliance each actor spans, in actor order (an array, so any id is safe). */
  typesSpanned: { actor: string; types: number }[];
  brokerOverlap: number | null;
  differentActors: boolean | null;
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
      worlds: {
        eiIndex: null,
        assortativity: null,
        crossWorldShare: null,
        modularity: null,
        mixing: null,
        byWorld: [],
      },
      topBroker: null,
      betweennessShares: { top1: null, top5: null, top10: null },
      lorenz: { degree: [], betweenness: [] },
      dependence: null,
      governance: null,
      nullModels: null,
      collectives: null,
      reciprocity: null,
      triadCensus: null,
      corePeriphery: null,
    },
    actors: [],
    collectives: [],
  };
}

/** An actor row with every figure not yet computed set to null (degree and strength 0). */
export function createEmptyActor(id: string, label: string, world: string): ActorFigures {
  return {
    id,
    label,
    world,
    community: null,
    degree: 0,
    strength: 0,
    betweenness: null,
    betweennessWeighted: null,
    closeness: null,
    harmonic: null,
    pagerank: null,
    eigenvector: null,
    core: null,
    clustering: null,
    constraint: null,
    effectiveSize: null,
    brokerage: null,
    coreness: null,
    twoMode: null,
  };
}

/** Replaces NaN and ±Infinity by null, so a document never carries them. */
export function finiteOrNull(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}
