/** The weak signals of a timeline in plain sentences, for reports and `catalyse timeline`. */
import type { TimelineResult } from "@catalyse/core";
import { formatValue } from "./format-number.js";

const MANY_BRIDGES = 4;

/** Sentences telling a timeline's weak signals. */
export function weakSignalSentences(timeline: TimelineResult): string[] {
  const { signals } = timeline;
  const sentences: string[] = [];
  const rising = signals.risingBrokers;
  if (rising === null) sentences.push("Rising brokers: not available (betweenness is not computed yet).");
  else if (rising.brokers.length === 0)
    sentences.push(`No actor's betweenness rose between ${rising.fromYear} and ${rising.toYear}.`);
  else
    for (const broker of rising.brokers)
      sentences.push(
        `Rising broker: ${broker.label} (${broker.world}) went from betweenness ${formatValue(broker.before, 3)} to ${formatValue(broker.after, 3)} between ${rising.fromYear} and ${rising.toYear}, rank ${broker.rankBefore ?? "absent"} → ${broker.rankAfter}.`,
      );
  if (signals.newBridges.length === 0)
    sentences.push("No new link between two worlds that were not linked before.");
  // Many bridges in one year (a new programme, a new partner) read better as one sentence.
  const byYear = new Map<number, typeof signals.newBridges>();
  for (const bridge of signals.newBridges)
    byYear.set(bridge.year, [...(byYear.get(bridge.year) ?? []), bridge]);
  for (const [year, bridges] of byYear) {
    if (bridges.length >= MANY_BRIDGES)
      sentences.push(
        `New bridges in ${year}: ${bridges.length} pairs of worlds are linked for the first time (${bridges.map((b) => `${b.worlds[0]} – ${b.worlds[1]}`).join(", ")}).`,
      );
    else
      for (const bridge of bridges)
        sentences.push(
          `New bridge in ${year}: ${bridge.worlds[0]} and ${bridge.worlds[1]} are linked for the first time (${bridge.labels.map(([a, b]) => `${a} – ${b}`).join(", ")}).`,
        );
  }
  for (const change of signals.worldChanges) {
    if (change.joined.length > 0)
      sentences.push(`In ${change.year}, ${change.joined.join(", ")} joined the network.`);
    if (change.left.length > 0)
      sentences.push(`In ${change.year}, ${change.left.join(", ")} left the network.`);
  }
  if (signals.communityChanges === null)
    sentences.push("Communities merging or splitting: not available (communities are not computed yet).");
  else
    for (const change of signals.communityChanges) {
      const describe = (c: { size: number; examples: string[] }) =>
        `${c.size} actors (${c.examples.join(", ")}${c.size > c.examples.length ? ", …" : ""})`;
      sentences.push(
        change.kind === "merge"
          ? `In ${change.year}, ${change.from.length} communities merged: ${change.from.map(describe).join("; ")}.`
          : `In ${change.year}, a community of ${describe(change.from[0]!)} split into ${change.to.length}.`,
      );
    }
  for (const shift of signals.regimeShifts)
    sentences.push(
      `In ${shift.year}, the network crossed from ${shift.from} to ${shift.to} (betweenness centralization ${formatValue(shift.centralizationBefore)} → ${formatValue(shift.centralizationAfter)}).`,
    );
  if (signals.regimeShifts.length === 0 && timeline.steps.length > 1)
    sentences.push("The network did not cross between centralised and shared over the period.");
  return sentences;
}
