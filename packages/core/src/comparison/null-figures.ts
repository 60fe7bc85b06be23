/**
 * Each compare figure against its own null model, so that territories of
 * different sizes compare fairly: K degree-preserving rewirings (double edge
 * swaps, Maslov & Sneppen 2002; `nx.double_edge_swap(G, nswap=10·m)`) for the
 * structural figures, and K world-label permutations for the world figures.
 * Each replicate is run through `analyze`, so a null figure is computed by
 * exactly the code that computed the observed one.
 *
 * z = (observed − mean) / sd (sd with K − 1; null when sd is 0 or K < 2), and
 * the empirical two-sided p = (1 + #{|null − mean| ≥ |observed − mean|}) / (K + 1).
 */
import type { AnalysisDocument } from "../analysis/analysis-document.js";
import { type AnalyzeOptions, analyze } from "../analysis/analyze.js";
import { createTerritory } from "../graph/create-territory.js";
import type { ActorInput, LinkInput, TerritoryGraph } from "../graph/types.js";
import { createRandom, DEFAULT_SEED, type Random, randomInt, shuffle } from "../random.js";
import { COMPARISON_COLUMNS, type ComparisonNullModel } from "./comparison-columns.js";

export interface NullFiguresOptions {
  /** Replicates per null model. Default 20. */
  replicates?: number;
  seed?: number;
  /** Swaps per link in a rewiring. Default 10. */
  swapsPerLink?: number;
  analyze?: Omit<AnalyzeOptions, "onProgress">;
  onProgress?: (done: number, total: number, step: string) => void;
}

export interface ComparisonNullFigure {
  observed: number | null;
  mean: number | null;
  sd: number | null;
  z: number | null;
  p: number | null;
}

export type NullFiguresResult = Map<string, ComparisonNullFigure>;

interface Rows {
  actors: ActorInput[];
  links: LinkInput[];
  directed: boolean;
}

function rowsOf(graph: TerritoryGraph): Rows {
  const actors: ActorInput[] = [];
  graph.forEachNode((_key, attrs) => {
    actors.push({ id: attrs.id, label: attrs.label, world: attrs.world });
  });
  const links: LinkInput[] = [];
  graph.forEachEdge((_edge, attrs, _s, _t, source, target) => {
    links.push({ source: source.id, target: target.id, weight: attrs.weight });
  });
  return { actors, links, directed: graph.getAttribute("directed") };
}

/** A degree-preserving rewiring (double edge swaps), weights travelling with their link. */
export function rewireLinks(rows: Rows, random: Random, swapsPerLink = 10): LinkInput[] {
  const links = rows.links.map((link) => ({ ...link }));
  const m = links.length;
  if (m < 2) return links;
  const key = (a: string, b: string) => (rows.directed || a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const present = new Set(links.map((link) => key(link.source, link.target)));
  const wanted = swapsPerLink * m;
  let done = 0;
  for (let tries = 0; done < wanted && tries < wanted * 100; tries++) {
    const i = randomInt(random, m);
    const j = randomInt(random, m);
    if (i === j) continue;
    const x = links[i]!;
    const y = links[j]!;
    // Undirected: either orientation of the second link; directed keeps heads and tails.
    const flip = !rows.directed && random() < 0.5;
    const [c, d] = flip ? [y.target, y.source] : [y.source, y.target];
    const a = x.source;
    const b = x.target;
    if (a === d || c === b || a === c || b === d) continue;
    const k1 = key(a, d);
    const k2 = key(c, b);
    if (present.has(k1) || present.has(k2)) continue;
    present.delete(key(a, b));
    present.delete(key(c, d));
    present.add(k1);
    present.add(k2);
    links[i] = { ...x, target: d };
    links[j] = { ...y, source: c, target: b };
    done++;
  }
  return links;
}

/** The worlds shuffled among actors. */
export function permuteWorlds(rows: Rows, random: Random): ActorInput[] {
  const worlds = shuffle(
    random,
    rows.actors.map((actor) => actor.world ?? null),
  );
  return rows.actors.map((actor, i) => ({ ...actor, world: worlds[i] }));
}

export function nullFigures(
  graph: TerritoryGraph,
  observed: AnalysisDocument,
  options: NullFiguresOptions = {},
): NullFiguresResult {
  const replicates = options.replicates ?? 20;
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const progress = options.onProgress ?? (() => {});
  const rows = rowsOf(graph);
  const samples = new Map<ComparisonNullModel, AnalysisDocument[]>([
    ["rewire", []],
    ["permute", []],
  ]);
  const meta = { directed: rows.directed, worlds: graph.getAttribute("worlds") };
  for (let r = 0; r < replicates; r++) {
    progress(2 * r, 2 * replicates, "rewired");
    const rewired = createTerritory({
      meta,
      actors: rows.actors,
      links: rewireLinks(rows, random, options.swapsPerLink),
    });
    samples.get("rewire")!.push(analyze(rewired.graph, options.analyze));
    progress(2 * r + 1, 2 * replicates, "permuted");
    const permuted = createTerritory({ meta, actors: permuteWorlds(rows, random), links: rows.links });
    samples.get("permute")!.push(analyze(permuted.graph, options.analyze));
  }
  progress(2 * replicates, 2 * replicates, "done");
  const result: NullFiguresResult = new Map();
  for (const column of COMPARISON_COLUMNS) {
    if (column.nullModel === null) continue;
    const values = samples.get(column.nullModel)!.map(column.read);
    result.set(column.key, summarise(column.read(observed), values));
  }
  return result;
}

/** Mean, sd, z and empirical p of an observed value against null values (nulls among them make it null). */
export function summarise(observed: number | null, values: readonly (number | null)[]): ComparisonNullFigure {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (finite.length !== values.length || finite.length === 0)
    return { observed, mean: null, sd: null, z: null, p: null };
  const mean = finite.reduce((s, v) => s + v, 0) / finite.length;
  const sd =
    finite.length < 2
      ? null
      : Math.sqrt(finite.reduce((s, v) => s + (v - mean) ** 2, 0) / (finite.length - 1));
  if (observed === null) return { observed, mean, sd, z: null, p: null };
  // NOTE: rounding noise must not turn a constant null distribution into a huge z.
  const z = sd === null || sd <= 1e-12 * Math.max(1, Math.abs(mean)) ? null : (observed - mean) / sd;
  const gap = Math.abs(observed - mean);
  const extreme = finite.filter((v) => Math.abs(v - mean) >= gap - 1e-12).length;
  return { observed, mean, sd, z, p: (1 + extreme) / (finite.length + 1) };
}
