/**
 * The "no one in the middle" section of the analysis document:
 * centralization, Gini and Lorenz curves, effective brokers, world mixing,
 * brokerage roles, structural holes, dependence, the governance reading and,
 * when asked, null models.
 *
 * Betweenness and closeness come from the centrality section (which `analyze`
 * runs first); when it has not filled them (`fields` left them out), this
 * section computes them with the centrality suite.
 */
import { brokerageCounts } from "../brokerage/gould-fernandez.js";
import { neighbourWorldValues } from "../brokerage/neighbour-worlds.js";
import { structuralHoles } from "../brokerage/structural-holes.js";
import { degree } from "../centrality/degree.js";
import { modularity } from "../community/modularity.js";
import { dependenceCurves } from "../dependence/dependence-curve.js";
import { keyPlayers } from "../dependence/key-players.js";
import { keystones } from "../dependence/keystones.js";
import { onlyLinks } from "../dependence/only-links.js";
import { effectiveBrokers, topBrokerShare, topShare } from "../distribution/brokers.js";
import { freemanCentralization } from "../distribution/centralization.js";
import { gini, lorenzCurve } from "../distribution/gini.js";
import { readGovernance } from "../governance/governance-reading.js";
import { GOVERNANCE_THRESHOLDS, type GovernanceThresholds } from "../governance/thresholds.js";
import type { CompactIndex } from "../graph/compact-index.js";
import { brokerageNull } from "../null-models/brokerage-null.js";
import { defaultShortestPaths, type ShortestPaths } from "../null-models/graph-figures.js";
import { type NullModelOptions, nullModels } from "../null-models/null-models.js";
import { DEFAULT_SEED } from "../random.js";
import { worldAssortativity } from "../worlds/world-assortativity.js";
import { worldMixing } from "../worlds/world-mixing.js";
import type { AnalysisDocument, BrokerageRoles, DirectedBrokerageRoles } from "./analysis-document.js";

/** Options of the "no one in the middle" section: null models, seed, dependence and key-player searches. */
export interface MiddleSectionOptions {
  /** Number of null-model replicates (0: none). Default 0. */
  nullModels?: number;
  /** Seed of every randomised step (random removals, null models). Default `DEFAULT_SEED`. */
  seed?: number;
  /** Most actors removed in the dependence curves. Default 5. */
  dependenceSteps?: number;
  /** Random-removal runs averaged. Default 20. */
  randomRuns?: number;
  /** Governance thresholds. Default `GOVERNANCE_THRESHOLDS`. */
  governance?: Readonly<GovernanceThresholds>;
  /**
   * Betweenness and closeness for recomputation (dependence, null models).
   * Default: the centrality suite's `betweenness` and `closeness`.
   */
  shortestPaths?: ShortestPaths;
  /** Rewiring replicates already computed (see `NullModelOptions.rewired`). */
  rewired?: NullModelOptions["rewired"];
  /**
   * Each actor's role as the data gives it (a `role` column), by position: a
   * role naming a facilitator ("catalyseur territorial") counts for the
   * governance reading as a world or label would. Default: none.
   */
  roles?: readonly (string | null)[];
  /** Progress of the null models, the slow part. */
  onProgress?: (done: number, total: number, step: string) => void;
}

/** Lorenz curves in the document keep at most this many points. */
const LORENZ_POINTS = 101;

export function fillMiddleSection(
  index: CompactIndex,
  document: AnalysisDocument,
  options: MiddleSectionOptions = {},
): void {
  const n = index.order;
  const seed = options.seed ?? DEFAULT_SEED;
  const paths = options.shortestPaths ?? defaultShortestPaths;
  const figures = document.graph;
  const actors = document.actors;

  const degrees = degree.compute(index);
  const known = (key: "betweenness" | "closeness") =>
    actors.length === n && actors.every((a) => a[key] !== null) ? actors.map((a) => a[key] as number) : null;
  let betweenness: ArrayLike<number> | null = known("betweenness");
  let closeness: ArrayLike<number> | null = known("closeness");
  if (betweenness === null || closeness === null) {
    betweenness ??= paths.betweenness(index);
    closeness ??= paths.closeness(index);
  }

  figures.centralization = {
    degree: freemanCentralization(degrees, "degree", n),
    betweenness: freemanCentralization(betweenness, "betweenness", n),
    closeness: freemanCentralization(closeness, "closeness", n),
  };
  figures.gini = { degree: gini(degrees), betweenness: gini(betweenness) };
  figures.effectiveBrokers = effectiveBrokers(betweenness);
  figures.topBrokerShare = topBrokerShare(betweenness);
  figures.betweennessShares = {
    top1: topShare(betweenness, 0.01),
    top5: topShare(betweenness, 0.05),
    top10: topShare(betweenness, 0.1),
  };
  figures.lorenz = {
    degree: lorenzCurve(degrees, LORENZ_POINTS),
    betweenness: lorenzCurve(betweenness, LORENZ_POINTS),
  };

  const mixing = worldMixing(index);
  const defined = mixing.eiIndex !== null;
  figures.worlds = {
    eiIndex: mixing.eiIndex,
    assortativity: defined ? worldAssortativity(index) : null,
    crossWorldShare: mixing.crossWorldShare,
    modularity: defined ? modularity(index, index.worldOf) : null,
    mixing: defined ? { worlds: mixing.worlds, counts: mixing.counts, weights: mixing.weights } : null,
    byWorld: mixing.byWorld,
  };

  const roles = brokerageCounts(index);
  const holes = structuralHoles(index);
  const diversity = neighbourWorldValues(index);
  const roleAt = (i: number): BrokerageRoles | DirectedBrokerageRoles => {
    const entry: BrokerageRoles = {
      coordinator: roles.coordinator[i]!,
      consultant: roles.consultant[i]!,
      representative: roles.representative[i]!,
      liaison: roles.liaison[i]!,
    };
    return index.directed ? { ...entry, gatekeeper: roles.gatekeeper[i]! } : entry;
  };
  actors.forEach((actor, i) => {
    actor.brokerage = roleAt(i);
    actor.constraint = holes.constraint[i] ?? null;
    actor.effectiveSize = holes.effectiveSize[i] ?? null;
    actor.neighbourWorlds = diversity[i]!.worlds;
    actor.neighbourWorldDiversity = diversity[i]!.blau;
  });

  const curves = dependenceCurves(index, {
    steps: options.dependenceSteps,
    randomRuns: options.randomRuns,
    seed,
    betweenness: paths.betweenness,
    initialBetweenness: betweenness,
  });
  figures.dependence = {
    ...curves,
    keyPlayers: keyPlayers(index),
    keystones: keystones(index),
    onlyLinks: onlyLinks(index),
  };

  let top = -1;
  for (let i = 0; i < n; i++) if (top < 0 || betweenness[i]! > betweenness[top]!) top = i;
  figures.topBroker =
    top >= 0 && betweenness[top]! > 0 ? { actor: index.ids[top]!, betweenness: betweenness[top]! } : null;
  figures.governance = readGovernance(
    {
      actors: n,
      links: index.size,
      degreeCentralization: figures.centralization.degree,
      betweennessCentralization: figures.centralization.betweenness,
      topBrokerShare: figures.topBrokerShare,
      effectiveBrokers: figures.effectiveBrokers,
      topBroker:
        top < 0
          ? null
          : {
              id: index.ids[top]!,
              label: actors[top]?.label ?? index.ids[top]!,
              world: index.worldNames[index.worldOf[top]!] ?? "",
              degree: degrees[top]!,
              betweenness: betweenness[top]!,
              role: options.roles?.[top] ?? null,
            },
      roles:
        options.roles === undefined
          ? []
          : options.roles.flatMap((role, i) => (role === null ? [] : [{ id: index.ids[i]!, role }])),
    },
    options.governance ?? GOVERNANCE_THRESHOLDS,
  );

  const replicates = Math.max(0, Math.floor(options.nullModels ?? 0));
  if (replicates > 0) {
    figures.nullModels = nullModels(index, {
      replicates,
      seed,
      shortestPaths: paths,
      rewired: options.rewired,
      onProgress: options.onProgress,
    });
    const expected = brokerageNull(index, { permutations: replicates, seed });
    actors.forEach((actor, i) => {
      const z = {
        coordinator: expected.coordinator.z[i] ?? null,
        consultant: expected.consultant.z[i] ?? null,
        representative: expected.representative.z[i] ?? null,
        liaison: expected.liaison.z[i] ?? null,
        gatekeeper: index.directed ? (expected.gatekeeper.z[i] ?? null) : null,
      };
      const mean: BrokerageRoles = {
        coordinator: expected.coordinator.expected[i]!,
        consultant: expected.consultant.expected[i]!,
        representative: expected.representative.expected[i]!,
        liaison: expected.liaison.expected[i]!,
      };
      actor.brokerageNull = {
        expected: index.directed ? { ...mean, gatekeeper: expected.gatekeeper.expected[i]! } : mean,
        z,
      };
    });
  }
}
