/**
 * The core–periphery reading (Borgatti & Everett 1999), said against the
 * article's principle "no one stands in the middle": is there a group at the
 * centre instead of one actor? The fit is the correlation between the links
 * and the ideal pattern (core allied with everyone, periphery only with the
 * core), from `graph.corePeriphery`; below `coreFit` (options.ts says why
 * 0.5) the reading says there is no clear core and periphery and names no one.
 */
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

export function corePeripheryReadings(
  context: ReadingContext,
  options: Required<AnalysisReadingsOptions>,
): ReadingMessage[] {
  const { document } = context;
  const cp = document.graph.corePeriphery;
  if (cp === undefined || cp === null || cp.fit === null || cp.core.length === 0) return [];
  const size = cp.core.length;
  const share = document.graph.nodes === 0 ? null : size / document.graph.nodes;
  const figures: Figures = {
    "graph.corePeriphery.fit": cp.fit,
    "readings.options.coreFit": options.coreFit,
  };
  const fit = { fit: decimal(cp.fit), threshold: decimal(options.coreFit) };
  figures["graph.corePeriphery.core.length"] = size;
  figures["graph.corePeriphery.coreShare"] = share;
  if (cp.fit < options.coreFit)
    return [message("methods.core-periphery.none", figures, { ...fit, size, share: percent(share) })];
  if (size === 1) {
    const member = context.cite(cp.core[0]!, figures);
    return [message("methods.core-periphery.single", figures, { ...fit, member })];
  }
  // The most central members first (continuous coreness), so that a long core is named by its heart.
  const position = new Map(document.actors.map((actor, i) => [actor.id, i]));
  const coreness = (id: string) => document.actors[position.get(id) ?? -1]?.coreness ?? -Infinity;
  const ordered = cp.core
    .map((id, i) => ({ id, i }))
    .sort((a, b) => coreness(b.id) - coreness(a.id) || a.i - b.i)
    .map(({ id }) => id);
  const named = ordered.slice(0, options.coreMembers).map((id) => context.cite(id, figures));
  const others = size - named.length;
  let members: ReadingParam = { list: named };
  if (others > 0) {
    figures["graph.corePeriphery.core.unnamed"] = others;
    members = nested("methods.core-periphery.more", { names: named.join(", "), others });
  }
  return [message("methods.core-periphery.group", figures, { ...fit, size, share: percent(share), members })];
}
