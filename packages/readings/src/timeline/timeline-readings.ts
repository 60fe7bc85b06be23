/**
 * Readings of a timeline, grouped and ranked, most important first: regime
 * shifts (core reads none below REGIME_THRESHOLDS.minActors actors), rising
 * brokers (rank and share of brokerage both up, per core), new bridges
 * between worlds in one reading, community merges and splits summarised with
 * the largest named, worlds joining or leaving, then the collectives
 * (collective-readings.ts). Years are printed as years (no grouping).
 */
import { type CommunityChange, REGIME_THRESHOLDS, type TimelineResult } from "@catalyse/core";
import type { Lang } from "../lang.js";
import {
  decimal,
  type Figures,
  list,
  readingMessage as message,
  nested,
  percent,
  type Reading,
  type ReadingMessage,
  type ReadingParam,
  renderReading,
} from "../reading.js";
import { createTranslator } from "../translator.js";
import { collectiveTimelineMessages } from "./collective-readings.js";

/** New bridges named with their links when there are at most this many. */
const BRIDGES_WITH_LINKS = 3;

const communitySize = (change: CommunityChange) =>
  change.kind === "merge" ? change.from.reduce((sum, c) => sum + c.size, 0) : (change.from[0]?.size ?? 0);

/** The readings of a timeline's weak signals as messages, in no language yet. */
export function timelineMessages(timeline: TimelineResult): ReadingMessage[] {
  const { signals, steps } = timeline;
  const readings: ReadingMessage[] = [];

  signals.regimeShifts.forEach((shift, i) => {
    readings.push(
      message(
        "timeline.regime-shift",
        {
          [`signals.regimeShifts[${i}].year`]: shift.year,
          [`signals.regimeShifts[${i}].centralizationBefore`]: shift.centralizationBefore,
          [`signals.regimeShifts[${i}].centralizationAfter`]: shift.centralizationAfter,
        },
        {
          year: String(shift.year),
          from: shift.from,
          to: shift.to,
          before: decimal(shift.centralizationBefore),
          after: decimal(shift.centralizationAfter),
        },
      ),
    );
  });
  if (signals.regimeShifts.length === 0 && steps.length > 1)
    readings.push(
      message(
        "timeline.no-regime-shift",
        { "REGIME_THRESHOLDS.minActors": REGIME_THRESHOLDS.minActors },
        { min: REGIME_THRESHOLDS.minActors },
      ),
    );

  const rising = signals.risingBrokers;
  if (rising !== null) {
    const figures: Figures = {
      "signals.risingBrokers.fromYear": rising.fromYear,
      "signals.risingBrokers.toYear": rising.toYear,
    };
    if (rising.brokers.length === 0)
      readings.push(
        message("timeline.no-rising-broker", figures, {
          from: String(rising.fromYear),
          to: String(rising.toYear),
        }),
      );
    else {
      const items = rising.brokers.map((b, i) => {
        const path = `signals.risingBrokers.brokers[${i}]`;
        figures[`${path}.label`] = b.label;
        figures[`${path}.rankAfter`] = b.rankAfter;
        figures[`${path}.shareAfter`] = b.shareAfter;
        if (b.rankBefore === null)
          return nested("timeline.rising-broker.new", {
            actor: b.label,
            after: b.rankAfter,
            shareAfter: percent(b.shareAfter),
          });
        figures[`${path}.rankBefore`] = b.rankBefore;
        figures[`${path}.shareBefore`] = b.shareBefore;
        return nested("timeline.rising-broker", {
          actor: b.label,
          before: b.rankBefore,
          after: b.rankAfter,
          shareBefore: percent(b.shareBefore),
          shareAfter: percent(b.shareAfter),
        });
      });
      readings.push(
        message("timeline.rising-brokers", figures, {
          from: String(rising.fromYear),
          to: String(rising.toYear),
          brokers: list(items),
        }),
      );
    }
  }

  if (signals.newBridges.length === 0) {
    if (steps.length > 1) readings.push(message("timeline.no-new-bridge", {}));
  } else {
    const figures: Figures = { "signals.newBridges.length": signals.newBridges.length };
    const withLinks = signals.newBridges.length <= BRIDGES_WITH_LINKS;
    // Grouped by year, in the order the signals come (by year).
    const byYear = new Map<number, ReadingParam[]>();
    signals.newBridges.forEach((bridge, i) => {
      figures[`signals.newBridges[${i}].year`] = bridge.year;
      figures[`signals.newBridges[${i}].worlds[0]`] = bridge.worlds[0];
      figures[`signals.newBridges[${i}].worlds[1]`] = bridge.worlds[1];
      let item: ReadingParam;
      if (!withLinks) item = nested("timeline.new-bridge", { a: bridge.worlds[0], b: bridge.worlds[1] });
      else {
        bridge.labels.flat().forEach((label, k) => {
          figures[`signals.newBridges[${i}].labels.${k}`] = label;
        });
        item = nested("timeline.new-bridge.links", {
          a: bridge.worlds[0],
          b: bridge.worlds[1],
          links: list(bridge.labels.map(([x, y]) => `${x} – ${y}`)),
        });
      }
      byYear.set(bridge.year, [...(byYear.get(bridge.year) ?? []), item]);
    });
    const items = [...byYear].map(([year, pairs]) =>
      nested("timeline.new-bridges.year", { year: String(year), pairs: list(pairs) }),
    );
    readings.push(
      message("timeline.new-bridges", figures, {
        count: signals.newBridges.length,
        bridges: list(items, "semicolon"),
      }),
    );
  }

  const changes = signals.communityChanges;
  if (changes !== null && changes.length > 0) {
    const merges = changes.filter((c) => c.kind === "merge").length;
    const largestIndex = changes.reduce(
      (best, change, i) => (communitySize(change) > communitySize(changes[best]!) ? i : best),
      0,
    );
    const largest = changes[largestIndex]!;
    const path = `signals.communityChanges[${largestIndex}]`;
    const examples = largest.from.flatMap((c) => c.examples).slice(0, 3);
    const figures: Figures = {
      "signals.communityChanges.merges": merges,
      "signals.communityChanges.splits": changes.length - merges,
      "signals.communityChanges.fromYear": changes[0]!.year,
      "signals.communityChanges.toYear": changes.at(-1)!.year,
      [`${path}.year`]: largest.year,
      [`${path}.actors`]: communitySize(largest),
      [`${path}.${largest.kind === "merge" ? "from" : "to"}.length`]:
        largest.kind === "merge" ? largest.from.length : largest.to.length,
    };
    examples.forEach((label, k) => {
      figures[`${path}.examples.${k}`] = label;
    });
    const largestParam: ReadingParam =
      largest.kind === "merge"
        ? nested("timeline.community-merge", {
            year: String(largest.year),
            count: largest.from.length,
            actors: communitySize(largest),
            examples: list(examples),
          })
        : nested("timeline.community-split", {
            year: String(largest.year),
            actors: communitySize(largest),
            examples: list(examples),
            count: largest.to.length,
          });
    readings.push(
      message("timeline.communities", figures, {
        merges,
        splits: changes.length - merges,
        from: String(changes[0]!.year),
        to: String(changes.at(-1)!.year),
        same: changes[0]!.year === changes.at(-1)!.year ? "yes" : "no",
        largest: largestParam,
      }),
    );
  }

  for (const side of ["joined", "left"] as const) {
    const years = signals.worldChanges
      .map((change, i) => ({ change, i }))
      .filter(({ change }) => change[side].length > 0);
    if (years.length === 0) continue;
    const figures: Figures = {};
    const items = years.map(({ change, i }) => {
      figures[`signals.worldChanges[${i}].year`] = change.year;
      change[side].forEach((world, k) => {
        figures[`signals.worldChanges[${i}].${side}[${k}]`] = world;
      });
      return nested("timeline.world-year", { worlds: list(change[side]), year: String(change.year) });
    });
    readings.push(
      message(side === "joined" ? "timeline.worlds-joined" : "timeline.worlds-left", figures, {
        items: list(items, "semicolon"),
      }),
    );
  }
  readings.push(...collectiveTimelineMessages(signals.collectiveChanges));
  return readings;
}

/** The readings of a timeline's weak signals, rendered in `options.lang`. */
export function timelineReadings(timeline: TimelineResult, options: { lang: Lang }): Reading[] {
  const translator = createTranslator(options.lang);
  return timelineMessages(timeline).map((m) => renderReading(m, translator));
}
