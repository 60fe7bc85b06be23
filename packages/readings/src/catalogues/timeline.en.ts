/** Readings of a timeline: its weak signals, grouped and ranked, most important first. */
import type { Catalogue } from "../catalogue.js";

export const timelineEn = {
  "timeline.regime-shift":
    "In {year}, the network crossed from {from, select, centralised {centralised} other {shared}} to {to, select, centralised {centralised} other {shared}} (betweenness centralization {before} → {after}).",
  "timeline.no-regime-shift":
    "The network did not cross between centralised and shared over the period (years with fewer than {min} actors are not read).",
  "timeline.rising-brokers":
    "Rising brokers between {from} and {to} (rank and share of all brokerage both up): {brokers}.",
  "timeline.rising-broker": "{actor} (rank {before} → {after}, share {shareBefore} → {shareAfter})",
  "timeline.rising-broker.new": "{actor} (new, rank {after}, share {shareAfter})",
  "timeline.no-rising-broker": "No actor rose in rank and in share of all brokerage between {from} and {to}.",
  "timeline.new-bridges":
    "{count, plural, one {One pair of worlds was} other {# pairs of worlds were}} linked for the first time: {bridges}.",
  "timeline.new-bridges.year": "in {year}, {pairs}",
  "timeline.new-bridge": "{a}–{b}",
  "timeline.new-bridge.links": "{a}–{b} ({links})",
  "timeline.no-new-bridge": "No link joined two worlds that were not linked before.",
  "timeline.worlds-joined": "Worlds joining the network: {items}.",
  "timeline.worlds-left": "Worlds leaving the network: {items}.",
  "timeline.world-year": "{worlds} in {year}",
  "timeline.communities":
    "{merges, plural, =0 {No merger} one {# merger} other {# mergers}} and {splits, plural, =0 {no split} one {# split} other {# splits}} of communities {same, select, yes {in {from}} other {between {from} and {to}}}; the largest change: {largest}.",
  "timeline.community-merge":
    "in {year}, {count, plural, one {# community} other {# communities}} of {actors, plural, one {# actor} other {# actors}} in all merged (with {examples})",
  "timeline.community-split":
    "in {year}, a community of {actors, plural, one {# actor} other {# actors}} (with {examples}) split into {count}",
  "timeline.collectives-formed": "Collectives formed: {items}.",
  "timeline.collectives-ended": "Collectives ended: {items}.",
  "timeline.collectives-year": "{collectives} in {year}",
  "timeline.collective-joins": "New members in collectives that already existed: {items}.",
  "timeline.collective-join":
    "{collective} {span, select, one {in {year}} other {between {from} and {year}}} ({more, select, yes {{count, number} actors, among them {actors}} other {{actors}}})",
  "timeline.collective-share":
    "The share of actors in at least one collective went from {before} in {from} to {after} in {to}.",
  "timeline.collective-cross-world":
    "Collectives bringing together several worlds: {before, number} in {from}, {after, number} in {to}.",
} as const satisfies Catalogue;
