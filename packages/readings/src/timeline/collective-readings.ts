/**
 * Readings of a timeline's collectives (core's `signals.collectiveChanges`):
 * collectives formed, collectives ended, new members of collectives that
 * already existed (up to JOINS_NAMED names per collective), then how the
 * share of actors in a collective and the number of cross-world collectives
 * moved from the first step to the last, when they moved. Nothing for a
 * territory without collectives; a collective is only said to have formed or
 * ended on its own dates (core's rule).
 */
import type { CollectiveChanges, CollectiveStepChange } from "@catalyse/core";
import {
  type Figures,
  list,
  readingMessage as message,
  nested,
  percent,
  type ReadingMessage,
  type ReadingParam,
} from "../reading.js";

/** New members named per collective and step; beyond, the count and the first ones. */
const JOINS_NAMED = 3;

const PATH = "signals.collectiveChanges";

/** Collectives formed or ended, grouped by the year of their own date: "A and B in 2014; C in 2020". */
function formedOrEnded(changes: CollectiveChanges, side: "formed" | "ended"): ReadingMessage | null {
  const figures: Figures = {};
  const byYear = new Map<number, string[]>();
  changes.steps.forEach((step, i) => {
    step[side].forEach((collective, k) => {
      figures[`${PATH}.steps[${i}].${side}[${k}].label`] = collective.label;
      figures[`${PATH}.steps[${i}].${side}[${k}].year`] = collective.year;
      byYear.set(collective.year, [...(byYear.get(collective.year) ?? []), collective.label]);
    });
  });
  if (byYear.size === 0) return null;
  const items = [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([year, labels]) =>
      nested("timeline.collectives-year", { collectives: list(labels), year: String(year) }),
    );
  return message(side === "formed" ? "timeline.collectives-formed" : "timeline.collectives-ended", figures, {
    items: list(items, "semicolon"),
  });
}

function joins(steps: readonly CollectiveStepChange[]): ReadingMessage | null {
  const figures: Figures = {};
  const items: ReadingParam[] = [];
  steps.forEach((step, i) => {
    step.joined.forEach((join, j) => {
      const path = `${PATH}.steps[${i}].joined[${j}]`;
      figures[`${PATH}.steps[${i}].fromYear`] = step.fromYear;
      figures[`${PATH}.steps[${i}].year`] = step.year;
      figures[`${path}.collective.label`] = join.collective.label;
      figures[`${path}.actors.length`] = join.actors.length;
      const named = join.actors.slice(0, JOINS_NAMED);
      named.forEach((actor, k) => {
        figures[`${path}.actors[${k}].label`] = actor.label;
      });
      items.push(
        nested("timeline.collective-join", {
          collective: join.collective.label,
          // One year between the steps: "in 2016"; more: "between 2010 and 2015".
          span: step.year - step.fromYear === 1 ? "one" : "more",
          from: String(step.fromYear),
          year: String(step.year),
          more: join.actors.length > JOINS_NAMED ? "yes" : "no",
          count: join.actors.length,
          actors: list(named.map((actor) => actor.label)),
        }),
      );
    });
  });
  return items.length === 0
    ? null
    : message("timeline.collective-joins", figures, { items: list(items, "semicolon") });
}

/** The readings of a timeline's collectives, in no language yet; none when `changes` is null. */
export function collectiveTimelineMessages(changes: CollectiveChanges | null): ReadingMessage[] {
  if (changes === null) return [];
  const readings: ReadingMessage[] = [];
  for (const side of ["formed", "ended"] as const) {
    const reading = formedOrEnded(changes, side);
    if (reading !== null) readings.push(reading);
  }
  const joined = joins(changes.steps);
  if (joined !== null) readings.push(joined);
  const share = changes.memberShare;
  if (
    share.before !== null &&
    share.after !== null &&
    share.fromYear !== share.toYear &&
    share.before !== share.after
  )
    readings.push(
      message(
        "timeline.collective-share",
        {
          [`${PATH}.memberShare.fromYear`]: share.fromYear,
          [`${PATH}.memberShare.toYear`]: share.toYear,
          [`${PATH}.memberShare.before`]: share.before,
          [`${PATH}.memberShare.after`]: share.after,
        },
        {
          before: percent(share.before),
          after: percent(share.after),
          from: String(share.fromYear),
          to: String(share.toYear),
        },
      ),
    );
  const cross = changes.crossWorld;
  if (cross.before !== null && cross.after !== null && cross.before !== cross.after)
    readings.push(
      message(
        "timeline.collective-cross-world",
        {
          [`${PATH}.crossWorld.fromYear`]: cross.fromYear,
          [`${PATH}.crossWorld.toYear`]: cross.toYear,
          [`${PATH}.crossWorld.before`]: cross.before,
          [`${PATH}.crossWorld.after`]: cross.after,
        },
        { before: cross.before, after: cross.after, from: String(cross.fromYear), to: String(cross.toYear) },
      ),
    );
  return readings;
}
