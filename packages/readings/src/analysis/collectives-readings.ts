/**
 * Readings on collectives: how many and who is in one, how co-membership
 * enters the network, then "no one in the middle" with collectives — where
 * brokerage rests, the conveners whose central place a star drawing would
 * have lent them, the gatekeepers who alone bridge collectives. Every figure
 * is computed in core (`graph.collectives`); these only cite them.
 */
import {
  decimal,
  type Figures,
  readingMessage as message,
  percent,
  type ReadingMessage,
} from "../reading.js";
import type { ReadingContext } from "./context.js";

/** Most conveners and gatekeepers read. */
const MOST_NAMED = 3;

export function collectivesReadings(context: ReadingContext): ReadingMessage[] {
  const { document } = context;
  const figures = document.graph.collectives;
  if (figures === null || figures === undefined || figures.count === 0) return [];
  const positionOf = new Map((document.collectives ?? []).map((c, i) => [c.id, i]));
  /** Cites the collective's label under "collectives[i].label" and returns it. */
  const cite = (id: string, cited: Figures) => {
    const i = positionOf.get(id);
    const text = i === undefined ? id : (document.collectives?.[i]?.label ?? id);
    cited[i === undefined ? `collective:${id}` : `collectives[${i}].label`] = text;
    return text;
  };
  const path = "graph.collectives";
  const readings: ReadingMessage[] = [
    message(
      "collectives.overview",
      {
        [`${path}.count`]: figures.count,
        [`${path}.memberShare`]: figures.memberShare,
        [`${path}.crossWorld`]: figures.crossWorld,
      },
      { count: figures.count, share: percent(figures.memberShare), crossWorld: figures.crossWorld },
    ),
    message(`collectives.projection.${figures.projection}`, {}),
  ];

  const { brokerage } = figures;
  const share = `${path}.brokerage.collectiveShare`;
  if (brokerage.restsOn === "collectives")
    readings.push(
      message(
        "collectives.rests-on.collectives",
        { [share]: brokerage.collectiveShare },
        {
          share: percent(brokerage.collectiveShare),
        },
      ),
    );
  else if (brokerage.restsOn === "one-actor" && brokerage.topActor !== null) {
    const cited: Figures = {
      [share]: brokerage.collectiveShare,
      [`${path}.brokerage.topActor.share`]: brokerage.topActor.share,
    };
    readings.push(
      message("collectives.rests-on.one-actor", cited, {
        actor: context.cite(brokerage.topActor.actor, cited),
        actorShare: percent(brokerage.topActor.share),
        share: percent(brokerage.collectiveShare),
      }),
    );
  } else if (brokerage.restsOn === "actors")
    readings.push(
      message(
        "collectives.rests-on.actors",
        { [share]: brokerage.collectiveShare },
        {
          share: percent(brokerage.collectiveShare),
        },
      ),
    );

  (brokerage.conveners ?? [])
    .map((convener, i) => ({ convener, i }))
    .filter(({ convener }) => convener.fromConvening > 0)
    .slice(0, MOST_NAMED)
    .forEach(({ convener, i }) => {
      const at = `${path}.brokerage.conveners[${i}]`;
      const cited: Figures = {
        [`${at}.betweennessAsStar`]: convener.betweennessAsStar,
        [`${at}.betweennessAsCoPresence`]: convener.betweennessAsCoPresence,
      };
      readings.push(
        message("collectives.convener", cited, {
          actor: context.cite(convener.actor, cited),
          collectives: { list: convener.collectives.map((id) => cite(id, cited)) },
          star: percent(convener.betweennessAsStar),
          coPresence: percent(convener.betweennessAsCoPresence),
        }),
      );
    });

  brokerage.gatekeepers.slice(0, MOST_NAMED).forEach((gatekeeper, i) => {
    const at = `${path}.brokerage.gatekeepers[${i}]`;
    const cited: Figures = {
      [`${at}.twoModeBetweenness`]: gatekeeper.twoModeBetweenness,
      [`${at}.bridges.length`]: gatekeeper.bridges.length,
    };
    const bridged = [...new Set(gatekeeper.bridges.flat())].map((id) => cite(id, cited));
    readings.push(
      message("collectives.gatekeeper", cited, {
        actor: context.cite(gatekeeper.actor, cited),
        pairs: gatekeeper.bridges.length,
        collectives: { list: bridged },
        betweenness: decimal(gatekeeper.twoModeBetweenness),
      }),
    );
  });
  return readings;
}
