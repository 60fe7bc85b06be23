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
import { type CsvDialect, toCsv } from "@catalyse/io";
import type { Translator } from "@catalyse/readings";
import { type CommandContext, UsageError } from "../context.js";
import { formatNumber, formatTable, labelled } from "../format/table.js";
import { loadTerritory } from "../load-territory.js";
import {
  CSV_DIALECT_OPTION,
  parseCsvDialect,
  parseFormat,
  parseNumberOption,
  singleInput,
  writeOutput,
} from "../output.js";
import { createProgress } from "../progress.js";
import { PROJECTION_OPTIONS, parseProjection } from "../projection-option.js";
import type { Command, ParsedArgs } from "./command.js";

const FORMATS = ["table", "json", "csv"] as const;
const METHODS = ["leiden", "louvain"] as const;

export const communitiesCommand: Command = {
  name: "communities",
  help: {
    arguments: "cli.help.territory-argument",
    options: ["cli.communities.options", "cli.help.out", "cli.help.csv-dialect", "cli.help.projection"],
    params: { seed: DEFAULT_SEED },
  },
  options: {
    ...CSV_DIALECT_OPTION,
    method: { type: "string" },
    resolution: { type: "string" },
    seed: { type: "string" },
    runs: { type: "string" },
    top: { type: "string" },
    format: { type: "string" },
    ...PROJECTION_OPTIONS,
    out: { type: "string" },
  },
  async run(args: ParsedArgs, context: CommandContext): Promise<number> {
    const format = parseFormat(args.values.format, FORMATS);
    const dialect = parseCsvDialect(args.values["csv-dialect"]);
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
          ? communitiesCsv(report, dialect)
          : communitiesTable(report, context.t);
    await writeOutput(text, out, context, { forPeople: format === "table" });
    return 0;
  },
};

function parseMethod(value: unknown): (typeof METHODS)[number] {
  if (value === undefined) return "leiden";
  if (value === "leiden" || value === "louvain") return value;
  throw new UsageError("cli.communities.method", { value: String(value), expected: METHODS.join(", ") });
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

function communitiesTable(report: CommunitiesReport, t: Translator): string {
  const { graph, index, result, worlds, stability, runs } = report;
  const name = graph.getAttribute("name") || t.t("cli.analyze.untitled");
  const label = (id: string) => attributeOf(report, index.positionOf.get(id)!, "label");
  const fmt = (value: number | null) => (value === null ? "–" : formatNumber(value, t));
  const lines = [
    t.t("cli.communities.title", {
      name,
      method: result.method,
      resolution: fmt(result.resolution),
      seed: result.seed,
    }),
    "",
    [
      labelled(t.t("figure.graph.communities"), t.integer(result.count), t),
      labelled(t.t("figure.graph.modularity"), fmt(result.modularity), t) +
        (result.resolution === 1
          ? ""
          : ` ${t.t("cli.communities.quality", { quality: fmt(result.quality), resolution: fmt(result.resolution) })}`),
    ].join("   "),
    t.t("cli.communities.against-worlds", { nmi: fmt(worlds.nmi), rand: fmt(worlds.adjustedRand) }),
  ];
  if (stability !== null)
    lines.push(
      t.t("cli.communities.stability", {
        runs,
        first: stability.seeds[0]!,
        last: stability.seeds[runs - 1]!,
        mean: fmt(stability.meanModularity),
        sd: fmt(stability.sdModularity),
        consensus: fmt(stability.meanConsensus),
        best: stability.seeds[stability.bestRun]!,
      }),
    );
  const header = [
    t.t("figure.actor.community"),
    t.t("cli.communities.size"),
    ...worlds.worlds,
    t.t("cli.communities.entropy"),
    t.t("cli.communities.blau"),
    t.t("cli.communities.co-construction"),
    t.t("cli.communities.central-actors"),
  ];
  const rows = worlds.communities.map((profile, c) => [
    profile.community,
    profile.size,
    ...worlds.table[c]!,
    profile.entropy,
    profile.blau,
    profile.coConstruction ? t.t("cli.communities.yes") : "",
    t.list(profile.centralActors.map(label)),
  ]);
  lines.push("", formatTable(header, rows, t));
  if (worlds.coConstructionClusters > 0)
    lines.push(
      t.t("cli.communities.clusters", { count: worlds.coConstructionClusters, worlds: worlds.worlds.length }),
      "",
    );
  else if (worlds.worlds.length >= 2) lines.push(t.t("cli.communities.no-cluster"), "");
  return lines.join("\n");
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

function communitiesCsv(report: CommunitiesReport, dialect: CsvDialect): string {
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
  return toCsv(["id", "label", "world", "community", "coConstruction"], rows, { dialect });
}
