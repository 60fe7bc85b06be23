/**
 * `catalyse communities`: Leiden (default) or Louvain communities of a
 * territory, read against its worlds: silos by world, or clusters that cross
 * worlds? With `--runs K`, K seeds give the spread of modularity and the
 * co-assignment consensus of each link, and the best run is reported.
 */
import {
  type CommunityDetectionResult,
  type CommunityWorldsResult,
  type CompactIndex,
  communitiesAgainstWorlds,
  communityStability,
  createCompactIndex,
  DEFAULT_SEED,
  leiden,
  louvain,
  projectCollectives,
  type StabilityResult,
  type TerritoryGraph,
} from "@catalyse/core";
import { toCsv } from "@catalyse/io";
import { type CliContext, UsageError } from "../context.js";
import { formatNumber, formatTable } from "../format/table.js";
import { loadTerritory } from "../load-territory.js";
import { parseFormat, parseNumberOption, singleInput, writeOutput } from "../output.js";
import { createProgress } from "../progress.js";
import { PROJECTION_OPTIONS, PROJECTION_USAGE, parseProjection } from "../projection-option.js";
import type { Command, ParsedArgs } from "./command.js";

const FORMATS = ["table", "json", "csv"] as const;
const METHODS = ["leiden", "louvain"] as const;

export const communitiesCommand: Command = {
  name: "communities",
  summary: "find communities (Leiden or Louvain) and read them against the worlds",
  usage: `<folder|file> [options]

Arguments:
  <folder|file>       a territory folder (actors.csv + links.csv [+ territory.json])
                      or a .xlsx, .gexf, .graphml or .json file

Options:
  --method METHOD     leiden (default: well-connected communities) or louvain
                      (as Gephi; may return badly connected communities)
  --resolution R      modularity resolution γ ≥ 0; larger gives smaller
                      communities (default 1)
  --seed S            seed of the (first) run, for reproducible results (default ${DEFAULT_SEED})
  --runs K            run K seeds S, S+1, …; report modularity mean and spread,
                      link consensus, and keep the best run (default 1)
  --top N             central actors (by strength) listed per community (default 3)
  --format FORMAT     table (default), json, or csv (one row per actor)
  --out FILE          write the result to FILE instead of stdout
${PROJECTION_USAGE}
  --debug             show stack traces of internal errors
  -h, --help          show this help

Directed territories are read as undirected (reciprocal links summed).
A community holding every world of the territory is flagged as a
co-construction cluster.

Examples:
  catalyse communities datasets/seed-ecosystem
  catalyse communities territory.xlsx --runs 20 --seed 1 --format json --out communities.json
`,
  options: {
    method: { type: "string" },
    resolution: { type: "string" },
    seed: { type: "string" },
    runs: { type: "string" },
    top: { type: "string" },
    format: { type: "string" },
    ...PROJECTION_OPTIONS,
    out: { type: "string" },
  },
  async run(args: ParsedArgs, context: CliContext): Promise<number> {
    const format = parseFormat(args.values.format, FORMATS);
    const method = parseMethod(args.values.method);
    const resolution = parseNumberOption("resolution", args.values.resolution, 1, { min: 0 });
    const seed = parseNumberOption("seed", args.values.seed, DEFAULT_SEED, { integer: true, min: 0 });
    const runs = parseNumberOption("runs", args.values.runs, 1, { integer: true, min: 1 });
    const top = parseNumberOption("top", args.values.top, 3, { integer: true, min: 0 });
    const input = singleInput(args.positionals);
    const out = args.values.out as string | undefined;
    const projection = parseProjection(args.values.projection);
    const graph = projectCollectives(await loadTerritory(input, context), { projection });
    const index = createCompactIndex(graph);
    const progress = createProgress(context, "communities");
    let stability: StabilityResult | null = null;
    let result: CommunityDetectionResult;
    if (runs > 1) {
      stability = communityStability(index, { method, resolution, seed, runs, onProgress: progress.update });
      result = stability.best;
    } else {
      result =
        method === "louvain" ? louvain(index, { resolution, seed }) : leiden(index, { resolution, seed });
    }
    progress.finish();
    const worlds = communitiesAgainstWorlds(index, result.communityOf, { top });
    const report: CommunitiesReport = { graph, index, result, worlds, stability, runs };
    const text =
      format === "json"
        ? `${JSON.stringify(communitiesJson(report), null, 2)}\n`
        : format === "csv"
          ? communitiesCsv(report)
          : communitiesTable(report);
    await writeOutput(text, out, context);
    return 0;
  },
};

function parseMethod(value: unknown): (typeof METHODS)[number] {
  if (value === undefined) return "leiden";
  if (value === "leiden" || value === "louvain") return value;
  throw new UsageError(`--method ${String(value)} is not supported; expected one of ${METHODS.join(", ")}`);
}

interface CommunitiesReport {
  graph: TerritoryGraph;
  index: CompactIndex;
  result: CommunityDetectionResult;
  worlds: CommunityWorldsResult;
  stability: StabilityResult | null;
  runs: number;
}

/** An actor attribute by compact-index position. */
function attributeOf(report: CommunitiesReport, v: number, name: "label" | "world"): string {
  return report.graph.getNodeAttribute(report.index.keys[v]!, name);
}

function communitiesTable(report: CommunitiesReport): string {
  const { graph, index, result, worlds, stability, runs } = report;
  const name = graph.getAttribute("name") || "Territory";
  const label = (id: string) => attributeOf(report, index.positionOf.get(id)!, "label");
  const lines = [
    `${name}: ${result.method} communities, resolution ${formatNumber(result.resolution)}, seed ${result.seed}`,
    "",
    `Communities: ${result.count}   Modularity: ${fmt(result.modularity)}` +
      (result.resolution === 1
        ? ""
        : ` (at γ = 1; ${fmt(result.quality)} at γ = ${formatNumber(result.resolution)})`),
    `Against worlds: NMI ${fmt(worlds.nmi)}   adjusted Rand ${fmt(worlds.adjustedRand)}` +
      "   (1: communities are the worlds, silos; near 0: they cross worlds)",
  ];
  if (stability !== null)
    lines.push(
      `Stability over ${runs} runs (seeds ${stability.seeds[0]}–${stability.seeds[runs - 1]}): ` +
        `modularity ${fmt(stability.meanModularity)} ± ${fmt(stability.sdModularity)} (sd), ` +
        `link consensus ${fmt(stability.meanConsensus)}; best run: seed ${stability.seeds[stability.bestRun]}`,
    );
  const header = [
    "community",
    "size",
    ...worlds.worlds,
    "entropy",
    "Blau",
    "co-construction",
    "central actors",
  ];
  const rows = worlds.communities.map((profile, c) => [
    profile.community,
    profile.size,
    ...worlds.table[c]!,
    profile.entropy,
    profile.blau,
    profile.coConstruction ? "yes ★" : "",
    profile.centralActors.map(label).join(", "),
  ]);
  lines.push("", formatTable(header, rows));
  if (worlds.coConstructionClusters > 0)
    lines.push(
      `★ ${worlds.coConstructionClusters} co-construction cluster${worlds.coConstructionClusters === 1 ? "" : "s"}: ` +
        `communities mixing all ${worlds.worlds.length} worlds of the territory.`,
      "",
    );
  else if (worlds.worlds.length >= 2) lines.push("No community mixes all worlds of the territory.", "");
  return lines.join("\n");
}

function fmt(value: number | null): string {
  return value === null ? "–" : formatNumber(value);
}

function communitiesJson(report: CommunitiesReport) {
  const { index, result, worlds, stability, runs } = report;
  const actors = index.ids.map((id, v) => ({
    id,
    label: attributeOf(report, v, "label"),
    world: attributeOf(report, v, "world"),
    community: result.communityOf[v]!,
  }));
  return {
    method: result.method,
    resolution: result.resolution,
    seed: result.seed,
    runs,
    modularity: result.modularity,
    quality: result.quality,
    communities: result.count,
    nmi: worlds.nmi,
    adjustedRand: worlds.adjustedRand,
    coConstructionClusters: worlds.coConstructionClusters,
    worlds: worlds.worlds,
    table: worlds.table,
    profiles: worlds.communities.map((profile) => ({
      community: profile.community,
      size: profile.size,
      // An array, not an object keyed by world: any world name is safe.
      worlds: [...profile.worlds].map(([world, count]) => ({ world, count })),
      entropy: profile.entropy,
      blau: profile.blau,
      coConstruction: profile.coConstruction,
      centralActors: profile.centralActors,
    })),
    stability: stability === null ? null : stabilityJson(index, stability),
    actors,
  };
}

function stabilityJson(index: CompactIndex, stability: StabilityResult) {
  const links = Array.from(stability.consensus, (consensus, e) => ({
    source: index.ids[index.linkSource[e]!]!,
    target: index.ids[index.linkTarget[e]!]!,
    consensus,
  }));
  return {
    seeds: stability.seeds,
    modularities: stability.modularities,
    meanModularity: stability.meanModularity,
    sdModularity: stability.sdModularity,
    counts: stability.counts,
    bestSeed: stability.seeds[stability.bestRun],
    meanConsensus: stability.meanConsensus,
    links,
  };
}

function communitiesCsv(report: CommunitiesReport): string {
  const { index, result, worlds } = report;
  const rows = index.ids.map((id, v) => {
    const community = result.communityOf[v]!;
    return [
      id,
      attributeOf(report, v, "label"),
      attributeOf(report, v, "world"),
      community,
      worlds.communities[community]!.coConstruction,
    ];
  });
  return toCsv(["id", "label", "world", "community", "coConstruction"], rows);
}
