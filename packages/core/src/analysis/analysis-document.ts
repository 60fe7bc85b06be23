/**
 * The analysis document: what `analyze` returns and `catalyse analyze
 * --format json` prints. Its shape is stable; a figure that is undefined for a
 * territory (density of a one-actor territory, assortativity with one world…)
 * is `null`, never NaN. Each section (structure, centrality, communities,
 * polycentricity) fills its own keys.
 */
import type { DependenceStep, KeyPlayerSet, Keystone, OnlyLink } from "../dependence/index.js";
import type { LorenzPoint } from "../distribution/index.js";
import type { GovernanceReading } from "../governance/index.js";
import type { NullModelResult } from "../null-models/index.js";
import type { WorldEiFigures } from "../worlds/index.js";

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
  /** The world × world mixing matrix; null without links or with one world. */
  mixing: WorldMixingFigures | null;
  /** E-I index of each world that has actors. */
  byWorld: WorldEiFigures[];
}

export interface WorldMixingFigures {
  /** Row and column labels. */
  worlds: string[];
  /** Links between worlds (symmetric when undirected; rows are sources when directed). */
  counts: number[][];
  /** Summed link weights, laid out as `counts`. */
  weights: number[][];
}

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
}

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

export interface AnalysisDocument {
  graph: GraphFigures;
  actors: ActorFigures[];
  /** The readings, in one language; present when a surface asked for them. */
  readings?: DocumentReading[];
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
    },
    actors: [],
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
  };
}

/** Replaces NaN and ±Infinity by null, so a document never carries them. */
export function finiteOrNull(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}
