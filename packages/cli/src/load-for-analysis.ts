/**
 * What `catalyse analyze` reads. The ordinary reader builds a graphology
 * graph with an object per link and checks every column: the right thing for
 * a territory, but minutes and gigabytes for a national observatory's million
 * links. A folder whose links.csv passes {@link STREAM_BYTES} therefore
 * streams straight into the compact index (@catalyse/bulk), which is all the
 * analysis needs; link dates, types and extra columns are then neither read
 * nor checked, and a notice says so. `--reader` overrides the choice.
 */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { streamTerritory } from "@catalyse/bulk";
import {
  type CompactIndex,
  coMembershipWeights,
  createCompactIndex,
  hasCollectives,
  linkTypes,
  type Projection,
  projectCollectives,
  projectIndex,
  roleOf,
  type TerritoryGraph,
} from "@catalyse/core";
import { readCollectivesCsv } from "@catalyse/io";
import { readInputFile, territoryFolderFiles } from "@catalyse/io/node";
import type { CommandContext } from "./context.js";
import { UsageError } from "./context.js";
import { loadTerritory, printWarnings } from "./load-territory.js";
import { createProgress } from "./progress.js";

/** links.csv size above which `--reader auto` streams (about 500,000 bare links, 200,000 dated ones). */
export const STREAM_BYTES = 8 * 1024 * 1024;

export const READERS = ["auto", "stream", "full"] as const;
export type ReaderChoice = (typeof READERS)[number];

export interface AnalysisInput {
  index: CompactIndex;
  /** Actor labels by position. */
  labels: readonly string[];
  /** Actor roles (the data's `role` column) by position; absent when streamed. */
  roles?: readonly (string | null)[];
  name: string;
  description: string;
  /**
   * The territory as read, before projection (when streamed: its actors and
   * collectives only, and only when it has collectives).
   */
  graph?: TerritoryGraph;
  /** The compact index of the explicit links, before projection (the same as `index` without collectives). */
  explicit: CompactIndex;
  /** Link types of the explicit links, by link number of `explicit`; absent when streamed (types are not read). */
  linkTypes?: string[][];
}

export function parseReader(value: unknown): ReaderChoice {
  if (value === undefined) return "auto";
  if ((READERS as readonly unknown[]).includes(value)) return value as ReaderChoice;
  throw new UsageError("cli.error.reader", { value: String(value), expected: READERS.join(", ") });
}

export async function loadForAnalysis(
  path: string,
  reader: ReaderChoice,
  context: CommandContext,
  projection: Projection = "newman",
): Promise<AnalysisInput> {
  const folder = resolve(context.cwd, path);
  const files = await territoryFolderFiles(folder).catch(() => null);
  const linksBytes = files?.links === undefined ? null : fileSize(files.links);
  if (reader === "stream" && linksBytes === null) throw new UsageError("cli.error.reader-stream", { path });
  const stream =
    reader === "stream" || (reader === "auto" && linksBytes !== null && linksBytes > STREAM_BYTES);
  if (!stream) {
    const graph = await loadTerritory(path, context);
    // Members of a collective are co-present: the analysed network includes the projection.
    const index = createCompactIndex(projectCollectives(graph, { projection }));
    return {
      index,
      graph,
      explicit: hasCollectives(graph) ? createCompactIndex(graph) : index,
      labels: index.keys.map((key) => graph.getNodeAttribute(key, "label")),
      roles: index.keys.map((key) => roleOf(graph.getNodeAttribute(key, "attributes"))),
      name: graph.getAttribute("name") ?? "",
      description: graph.getAttribute("description") ?? "",
      linkTypes: linkTypes(graph),
    };
  }
  if (reader === "auto")
    context.stderr(
      `${context.t.t("cli.notice", { text: context.t.t("cli.notice.streamed", { megabytes: context.t.integer(linksBytes! / 1e6) }) })}\n`,
    );
  const progress = createProgress(context, context.t.t("cli.progress.read"));
  const streamed = await streamTerritory(folder, { onProgress: progress.update });
  progress.finish();
  printWarnings(streamed.warnings, context);
  if (files?.collectives === undefined && files?.memberships === undefined)
    return { ...streamed, explicit: streamed.index };
  // Collectives files are small: read and checked in full, their projection added to the streamed index.
  const load = async (name: string | undefined) =>
    name === undefined ? undefined : { name, data: await readInputFile(name) };
  const { graph, warnings } = readCollectivesCsv(
    streamed.index.ids.map((id, i) => ({
      id,
      label: streamed.labels[i] ?? id,
      world: streamed.index.worldNames[streamed.index.worldOf[i]!] ?? null,
    })),
    {
      collectives: await load(files.collectives),
      memberships: await load(files.memberships),
      territory: await load(files.territory),
    },
    { folder, actorsFile: files.actors },
  );
  printWarnings(warnings, context);
  return {
    ...streamed,
    index: projectIndex(streamed.index, coMembershipWeights(graph, { projection })),
    graph,
    explicit: streamed.index,
  };
}

/** Whether to stream, given `--reader` and the size of the folder's links.csv (null: no such file). */
export function streams(reader: ReaderChoice, linksBytes: number | null): boolean {
  if (linksBytes === null) return false;
  return reader === "stream" || (reader === "auto" && linksBytes > STREAM_BYTES);
}

function fileSize(file: string): number | null {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats.size : null;
  } catch {
    return null;
  }
}
