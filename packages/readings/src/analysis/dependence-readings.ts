/**
 * What the territory depends on: the targeted removal curve (saying whether
 * betweenness was recomputed after each departure), the actors that are
 * another actor's only partner (cut vertices with named dependents), the key
 * players and the keystones between worlds.
 */
import {
  type Figures,
  readingMessage as message,
  nested,
  percent,
  type ReadingMessage,
  type ReadingParam,
} from "../reading.js";
import type { ReadingContext } from "./context.js";
import type { AnalysisReadingsOptions } from "./options.js";

export function dependenceReadings(
  context: ReadingContext,
  options: Required<AnalysisReadingsOptions>,
): ReadingMessage[] {
  const d = context.document.graph.dependence;
  if (d === null) return [];
  const readings: ReadingMessage[] = [];

  const k = d.targeted.length - 1;
  const last = d.targeted[k];
  const random = d.random[last?.removed ?? 0];
  if (last !== undefined && last.removed > 0) {
    const figures: Figures = {
      "graph.dependence.recomputed": d.recomputed ? "yes" : "no",
      [`graph.dependence.targeted[${k}].removed`]: last.removed,
      [`graph.dependence.targeted[${k}].pairsConnected`]: last.pairsConnected,
      [`graph.dependence.random[${last.removed}].pairsConnected`]: random?.pairsConnected ?? null,
    };
    const actors = d.targeted
      .slice(1)
      .map((step) => (step.actor === null ? null : context.cite(step.actor, figures)))
      .filter((label): label is string => label !== null);
    readings.push(
      message("reading.dependence.targeted", figures, {
        count: last.removed,
        actors: { list: actors },
        recomputed: d.recomputed ? "yes" : "no",
        pairs: percent(last.pairsConnected),
        random: percent(random?.pairsConnected ?? null),
      }),
    );
    if (last.crossWorldPairsConnected !== null && random?.crossWorldPairsConnected !== undefined)
      readings.push(
        message(
          "reading.dependence.cross-world",
          {
            [`graph.dependence.targeted[${k}].crossWorldPairsConnected`]: last.crossWorldPairsConnected,
            [`graph.dependence.random[${last.removed}].crossWorldPairsConnected`]:
              random.crossWorldPairsConnected,
          },
          { pairs: percent(last.crossWorldPairsConnected), random: percent(random.crossWorldPairsConnected) },
        ),
      );
  }

  (d.onlyLinks ?? []).slice(0, options.onlyLinks).forEach((only, i) => {
    const figures: Figures = {
      [`graph.dependence.onlyLinks[${i}].dependents.length`]: only.dependents.length,
    };
    const actor = context.cite(only.actor, figures);
    const named = only.dependents.slice(0, options.namedDependents).map((id) => context.cite(id, figures));
    const others = only.dependents.length - named.length;
    let dependents: ReadingParam = { list: named };
    if (others > 0) {
      figures[`graph.dependence.onlyLinks[${i}].dependents.unnamed`] = others;
      dependents = nested("reading.dependence.only-link.more", { names: named.join(", "), others });
    }
    readings.push(
      message("reading.dependence.only-link", figures, { actor, count: only.dependents.length, dependents }),
    );
  });

  const players = d.keyPlayers.at(-1);
  if (players !== undefined && (players.fragmentation ?? 0) > 0) {
    const i = d.keyPlayers.length - 1;
    const figures: Figures = {
      [`graph.dependence.keyPlayers[${i}].size`]: players.size,
      [`graph.dependence.keyPlayers[${i}].fragmentation`]: players.fragmentation,
    };
    const actors = players.actors.map((id) => context.cite(id, figures));
    readings.push(
      message("reading.dependence.key-players", figures, {
        count: players.size,
        actors: { list: actors },
        share: percent(players.fragmentation),
      }),
    );
  }

  if (d.keystones !== null && d.keystones.length === 0)
    readings.push(message("reading.dependence.keystones.none", { "graph.dependence.keystones.length": 0 }));
  else if (d.keystones !== null) {
    const figures: Figures = { "graph.dependence.keystones.length": d.keystones.length };
    const items = d.keystones.slice(0, options.keystones).map((keystone) =>
      nested("reading.dependence.keystone.item", {
        actor: context.cite(keystone.actor, figures),
        pairs: { list: keystone.worldPairs.map(([a, b]) => nested("reading.worlds.link", { a, b })) },
      }),
    );
    readings.push(
      message("reading.dependence.keystones", figures, {
        count: d.keystones.length,
        keystones: { list: items },
      }),
    );
  }
  return readings;
}
