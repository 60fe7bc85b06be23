/**
 * Seeded scale graphs for the scale benchmark: preferential attachment
 * (Barabási & Albert 1999, as `nx.barabasi_albert_graph(n, m, seed)` builds
 * it: each new actor links to m distinct earlier actors drawn in proportion to
 * their degree), with n = links / m actors, m = 10 (100,000 actors for a million
 * links), worlds drawn uniformly among the six default worlds and weights 1–5.
 * Written as a territory folder (actors.csv, links.csv) so loading is measured too.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRandom, DEFAULT_WORLDS, randomInt } from "../../packages/core/src/index.js";

export interface ScaleGraph {
  actors: number;
  links: number;
  linkSource: Int32Array;
  linkTarget: Int32Array;
  linkWeight: Float64Array;
  worldOf: Int32Array;
}

export const LINKS_PER_ACTOR = 10;

export function scaleGraph(links: number, seed = 1, m = LINKS_PER_ACTOR): ScaleGraph {
  const random = createRandom(seed);
  const actors = Math.ceil(links / m) + m;
  const linkSource = new Int32Array(links);
  const linkTarget = new Int32Array(links);
  const linkWeight = new Float64Array(links);
  // Every link end, so a uniform draw from it is a draw proportional to degree.
  const ends = new Int32Array(2 * links);
  let endCount = 0;
  let e = 0;
  const chosen = new Set<number>();
  for (let v = m; v < actors && e < links; v++) {
    chosen.clear();
    // The first new actor links to the m seed actors, as in NetworkX.
    while (chosen.size < m) chosen.add(endCount === 0 ? chosen.size : ends[randomInt(random, endCount)]!);
    for (const u of chosen) {
      if (e === links) break;
      linkSource[e] = v;
      linkTarget[e] = u;
      linkWeight[e] = 1 + randomInt(random, 5);
      ends[endCount++] = u;
      ends[endCount++] = v;
      e++;
    }
  }
  const worldOf = Int32Array.from({ length: actors }, () => randomInt(random, DEFAULT_WORLDS.length));
  return { actors, links, linkSource, linkTarget, linkWeight, worldOf };
}

/** Writes the graph as a territory folder; ids are `A0`, `A1`, …. */
export function writeScaleTerritory(graph: ScaleGraph, folder: string): void {
  mkdirSync(folder, { recursive: true });
  const actorLines = ["id,label,world"];
  for (let i = 0; i < graph.actors; i++)
    actorLines.push(`A${i},Actor ${i},${DEFAULT_WORLDS[graph.worldOf[i]!]}`);
  writeFileSync(join(folder, "actors.csv"), `${actorLines.join("\n")}\n`);
  const chunks: string[] = ["source,target,weight\n"];
  let lines: string[] = [];
  for (let e = 0; e < graph.links; e++) {
    lines.push(`A${graph.linkSource[e]},A${graph.linkTarget[e]},${graph.linkWeight[e]}`);
    if (lines.length === 100_000) {
      chunks.push(`${lines.join("\n")}\n`);
      lines = [];
    }
  }
  if (lines.length > 0) chunks.push(`${lines.join("\n")}\n`);
  writeFileSync(join(folder, "links.csv"), chunks.join(""));
  writeFileSync(join(folder, "territory.json"), JSON.stringify({ name: `scale ${graph.links} links` }));
}
