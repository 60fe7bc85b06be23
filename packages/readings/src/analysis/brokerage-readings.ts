/**
 * Readings on who stands in the middle: the top broker (two distinct figures,
 * each named for what it is), the top brokers (never a zero), effective
 * brokers, the shares of the top x % (only when x % is at least two actors),
 * centralization and inequality.
 */
import { isTopShareReadable, topShareActors } from "@catalyse/core";
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

const FRACTIONS = [
  ["top1", 0.01],
  ["top5", 0.05],
  ["top10", 0.1],
] as const;

export function brokerageReadings(
  context: ReadingContext,
  options: Required<AnalysisReadingsOptions>,
): ReadingMessage[] {
  const { document } = context;
  const g = document.graph;
  const readings: ReadingMessage[] = [];

  if (g.topBroker !== null) {
    const figures: Figures = {
      "graph.topBroker.betweenness": g.topBroker.betweenness,
      "graph.topBrokerShare": g.topBrokerShare,
    };
    const actor = context.cite(g.topBroker.actor, figures);
    readings.push(
      message("reading.top-broker", figures, {
        actor,
        paths: percent(g.topBroker.betweenness),
        share: percent(g.topBrokerShare),
      }),
    );
  } else if (g.betweennessMethod !== null && g.betweennessMethod !== undefined)
    readings.push(message("reading.top-broker.none", {}));

  // The top brokers: actors with some betweenness, never padded with zeros.
  const brokers = document.actors
    .map((actor, i) => ({ actor, i }))
    .filter(({ actor }) => actor.betweenness !== null && actor.betweenness > 0)
    .sort((a, b) => (b.actor.betweenness ?? 0) - (a.actor.betweenness ?? 0) || a.i - b.i)
    .slice(0, options.topBrokers);
  if (brokers.length > 1) {
    const figures: Figures = {};
    const items: ReadingParam[] = brokers.map(({ actor, i }) => {
      figures[`actors[${i}].label`] = actor.label;
      figures[`actors[${i}].betweenness`] = actor.betweenness;
      return nested("reading.top-brokers.item", {
        actor: actor.label,
        betweenness: decimal(actor.betweenness),
      });
    });
    readings.push(message("reading.top-brokers", figures, { brokers: { list: items } }));
  }

  if (g.effectiveBrokers !== null && g.topBroker !== null)
    readings.push(
      message(
        "reading.effective-brokers",
        { "graph.effectiveBrokers": g.effectiveBrokers, "graph.nodes": g.nodes },
        { brokers: decimal(g.effectiveBrokers, 1), actors: g.nodes },
      ),
    );

  const shareFigures: Figures = {};
  const shares: ReadingParam[] = [];
  for (const [key, fraction] of FRACTIONS) {
    const share = g.betweennessShares[key];
    if (share === null || !isTopShareReadable(g.nodes, fraction)) continue;
    const count = topShareActors(g.nodes, fraction);
    shareFigures[`graph.betweennessShares.${key}`] = share;
    shareFigures[`graph.betweennessShares.${key}.fraction`] = fraction;
    shareFigures[`graph.betweennessShares.${key}.actors`] = count;
    shares.push(
      nested("reading.top-shares.item", { fraction: percent(fraction), count, share: percent(share) }),
    );
  }
  if (shares.length > 0)
    readings.push(message("reading.top-shares", shareFigures, { shares: { list: shares } }));

  const c = g.centralization;
  if (c.betweenness !== null || c.degree !== null || c.closeness !== null)
    readings.push(
      message(
        "reading.centralization",
        {
          "graph.centralization.betweenness": c.betweenness,
          "graph.centralization.degree": c.degree,
          "graph.centralization.closeness": c.closeness,
        },
        { betweenness: decimal(c.betweenness), degree: decimal(c.degree), closeness: decimal(c.closeness) },
      ),
    );
  if (g.gini.degree !== null || g.gini.betweenness !== null)
    readings.push(
      message(
        "reading.gini",
        { "graph.gini.degree": g.gini.degree, "graph.gini.betweenness": g.gini.betweenness },
        { degree: decimal(g.gini.degree), betweenness: decimal(g.gini.betweenness) },
      ),
    );
  return readings;
}
