/**
 * Whether the worlds talk: E-I index, assortativity and the mixing matrix read
 * together. The E-I index says where most alliances go (within or across
 * worlds); assortativity says whether that is more or less than chance would
 * give with worlds of these sizes (a territory can have most alliances
 * crossing worlds and still favour its own world); the null model, when it
 * ran, says whether that preference is beyond chance; the matrix's zero cells
 * name the pairs of worlds that never ally.
 */
import { neverAllyingWorlds } from "@catalyse/core";
import {
  decimal,
  type Figures,
  readingMessage as message,
  nested,
  percent,
  type ReadingMessage,
  type ReadingParam,
} from "../reading.js";
import type { ReadingContext } from "./context.js";
import type { AnalysisReadingsOptions } from "./options.js";

export function worldReadings(
  { document }: ReadingContext,
  options: Required<AnalysisReadingsOptions>,
): ReadingMessage[] {
  const w = document.graph.worlds;
  if (document.graph.links === 0) return [];
  if (w.crossWorldShare === null || w.eiIndex === null) return [message("reading.worlds.single", {})];
  const readings: ReadingMessage[] = [];
  const r = w.assortativity;
  const chance =
    r === null ? "other" : r > options.chanceBand ? "more" : r < -options.chanceBand ? "less" : "other";
  readings.push(
    message(
      "reading.worlds.mixing",
      {
        "graph.worlds.crossWorldShare": w.crossWorldShare,
        "graph.worlds.eiIndex": w.eiIndex,
        "graph.worlds.assortativity": r,
      },
      {
        mostly: w.eiIndex > 0 ? "across" : w.eiIndex < 0 ? "within" : "half",
        share: percent(w.crossWorldShare),
        ei: decimal(w.eiIndex),
        chance,
        assortativity: decimal(r),
      },
    ),
  );

  const nulls = document.graph.nullModels;
  const tested = nulls?.figures.find((f) => f.figure === "worlds.assortativity" && f.model === "permutation");
  if (nulls && tested && tested.z !== null && chance !== "other")
    readings.push(
      message(
        "reading.worlds.null",
        {
          "graph.nullModels.replicates": nulls.replicates,
          "graph.nullModels.worlds.assortativity.z": tested.z,
        },
        {
          replicates: nulls.replicates,
          beyond: Math.abs(tested.z) > options.zBeyond ? "yes" : "no",
          z: decimal(tested.z, 1),
        },
      ),
    );

  const never = neverAllyingWorlds(w.mixing);
  if (w.mixing !== null) {
    const mixing = w.mixing;
    if (never.length === 0) readings.push(message("reading.worlds.never.none", {}));
    else {
      const figures: Figures = { "graph.worlds.mixing.neverAllying.length": never.length };
      const pairs: ReadingParam[] = never.map(([a, b]) => {
        const i = mixing.worlds.indexOf(a);
        const j = mixing.worlds.indexOf(b);
        figures[`graph.worlds.mixing.counts[${i}][${j}]`] = 0;
        figures[`graph.worlds.mixing.worlds[${i}]`] = a;
        figures[`graph.worlds.mixing.worlds[${j}]`] = b;
        return nested("reading.worlds.link", { a, b });
      });
      readings.push(
        message("reading.worlds.never", figures, { count: never.length, pairs: { list: pairs } }),
      );
    }
  }

  const inward = w.byWorld
    .map((world, i) => ({ world, i }))
    .filter(({ world }) => world.eiIndex !== null && world.eiIndex < 0);
  if (inward.length > 0) {
    const figures: Figures = { "graph.worlds.byWorld.inward.length": inward.length };
    const items = inward.map(({ world, i }) => {
      figures[`graph.worlds.byWorld[${i}].world`] = world.world;
      figures[`graph.worlds.byWorld[${i}].eiIndex`] = world.eiIndex;
      return nested("reading.worlds.inward.item", { world: world.world, ei: decimal(world.eiIndex) });
    });
    readings.push(
      message("reading.worlds.inward", figures, { count: inward.length, worlds: { list: items } }),
    );
  }
  return readings;
}
