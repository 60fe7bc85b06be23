/**
 * Rising brokers: the actors whose betweenness rose the most over the last
 * steps of a timeline — the article's weak signal of an actor moving into the
 * middle before anyone notices.
 *
 * Rise = betweenness at the last step − betweenness `window` steps before
 * (0 when the actor was absent then). Ranks are competition ranks by
 * betweenness, highest first ("1224"); an actor absent before ranks after
 * everyone present then. Betweenness is the analysis document's (normalised,
 * unweighted: `nx.betweenness_centrality(G)`).
 *
 * NOTE: a rising broker rose: its rank improved (strictly) AND its share of
 * all brokerage (its betweenness over everyone's, summed) grew. Normalised
 * betweenness alone can rise for an actor that everyone else overtakes, as
 * the network grows; such an actor is not listed. Brokers are ordered by the
 * growth of their share, largest first.
 */
import type { TimelineSnapshot } from "./timeline-types.js";

/** Options of the rising-broker signal. */
export interface RisingBrokersOptions {
  /** How many steps back the rise is measured from. Default 3. */
  window?: number;
  /** How many actors to keep. Default 5. */
  limit?: number;
}

/** An actor whose betweenness rose most between two snapshots. */
export interface RisingBroker {
  id: string;
  label: string;
  world: string;
  before: number;
  after: number;
  rise: number;
  /** Share of all brokerage (betweenness / Σ betweenness) before (0 when absent or no brokerage) and at the last step. */
  shareBefore: number;
  shareAfter: number;
  /** Rank before, or null when the actor was absent. */
  rankBefore: number | null;
  rankAfter: number;
  /** Places gained (rank before − rank after; an absent actor counts as ranked last + 1). */
  rankJump: number;
}

/** The rising brokers of one step. */
export interface RisingBrokersResult {
  fromYear: number;
  toYear: number;
  brokers: RisingBroker[];
}

/** Null when the timeline has fewer than two steps or betweenness is not available. */
export function risingBrokers(
  snapshots: readonly TimelineSnapshot[],
  options: RisingBrokersOptions = {},
): RisingBrokersResult | null {
  const window = options.window ?? 3;
  const limit = options.limit ?? 5;
  if (snapshots.length < 2) return null;
  const last = snapshots[snapshots.length - 1]!;
  const base = snapshots[Math.max(0, snapshots.length - 1 - window)]!;
  const after = betweennessOf(last);
  const before = betweennessOf(base);
  if (after === null || (before === null && base.document.actors.length > 0)) return null;
  const beforeValues = before ?? new Map<string, number>();
  const rankBefore = competitionRanks(beforeValues);
  const rankAfter = competitionRanks(after);
  const totalBefore = sum(beforeValues);
  const totalAfter = sum(after);
  const brokers: RisingBroker[] = [];
  for (const actor of last.document.actors) {
    const now = after.get(actor.id)!;
    const then = beforeValues.get(actor.id) ?? 0;
    const shareBefore = totalBefore > 0 ? then / totalBefore : 0;
    const shareAfter = totalAfter > 0 ? now / totalAfter : 0;
    const rb = rankBefore.get(actor.id) ?? null;
    const ra = rankAfter.get(actor.id)!;
    const rankJump = (rb ?? beforeValues.size + 1) - ra;
    if (!(rankJump > 0 && shareAfter > shareBefore)) continue;
    brokers.push({
      id: actor.id,
      label: actor.label,
      world: actor.world,
      before: then,
      after: now,
      rise: now - then,
      shareBefore,
      shareAfter,
      rankBefore: rb,
      rankAfter: ra,
      rankJump,
    });
  }
  brokers.sort(
    (a, b) =>
      b.shareAfter - b.shareBefore - (a.shareAfter - a.shareBefore) ||
      b.rankJump - a.rankJump ||
      compareText(a.id, b.id),
  );
  return { fromYear: base.year, toYear: last.year, brokers: brokers.slice(0, limit) };
}

function sum(values: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const value of values.values()) total += value;
  return total;
}

function betweennessOf(snapshot: TimelineSnapshot): Map<string, number> | null {
  const values = new Map<string, number>();
  for (const actor of snapshot.document.actors) {
    if (actor.betweenness === null) return null;
    values.set(actor.id, actor.betweenness);
  }
  return values;
}

/** Competition ranks, highest value first: equal values share the best rank. */
export function competitionRanks(values: ReadonlyMap<string, number>): Map<string, number> {
  const sorted = [...values].sort((a, b) => b[1] - a[1]);
  const ranks = new Map<string, number>();
  sorted.forEach(([id, value], i) => {
    const previous = sorted[i - 1];
    ranks.set(id, previous !== undefined && previous[1] === value ? ranks.get(previous[0])! : i + 1);
  });
  return ranks;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
