/**
 * Readings of an analysis document: one message per reading id. Figures arrive
 * formatted (percent, decimal parameters); counts arrive as numbers and drive
 * the plurals. Measure, don't prescribe: readings describe, they never say a
 * value is good or bad.
 */
import type { Catalogue } from "../catalogue.js";

export const readingEn = {
  "reading.size":
    "{actors, plural, one {# actor} other {# actors}} from {worlds, plural, one {# world} other {# worlds}}, joined by {links, plural, one {# link} other {# links}}: {density} of all possible links between them exist.",
  "reading.too-small": "Too few actors or links to tell whether anyone stands in the middle.",
  "reading.components.one": "Every actor can reach every other through a chain of alliances.",
  "reading.components.many":
    "The network falls into {components} separate pieces; the largest holds {share} of the actors.",
  "reading.communities":
    "{communities, plural, one {One community} other {# communities}}: groups of actors more allied among themselves than with the rest (modularity {modularity}).",
  "reading.top-broker":
    "{actor} stands in the middle most often: {paths} of the shortest paths between other actors go through it (its betweenness), and it holds {share} of all brokerage (every actor’s betweenness added up).",
  "reading.top-broker.none":
    "No actor stands between others: every pair of actors is either allied directly or not connected at all.",
  "reading.top-brokers": "The actors standing most often between others (betweenness): {brokers}.",
  "reading.top-brokers.item": "{actor} ({betweenness})",
  "reading.effective-brokers":
    "Brokerage is concentrated as if {brokers} of the {actors} actors held equal parts of it (effective brokers).",
  "reading.top-shares": "Share of all brokerage held by the actors who broker most: {shares}.",
  "reading.top-shares.item":
    "the top {fraction} of actors ({count, plural, one {# actor} other {# actors}}) hold {share}",
  "reading.centralization":
    "Centralization, from 0 (everyone alike) to 1 (a star with one actor in the middle): betweenness {betweenness}, degree {degree}, closeness {closeness}.",
  "reading.gini":
    "Inequality (Gini index, from 0: all equal, to 1: one actor holds everything): number of partners {degree}, brokerage {betweenness}.",
  "reading.worlds.single": "A single world: no alliance can cross worlds.",
  "reading.worlds.mixing":
    "{mostly, select, across {Most alliances cross worlds} within {Most alliances stay within a world} other {Half the alliances cross worlds}} ({share} of alliances, E-I index {ei}); {chance, select, more {actors ally within their own world more than chance would give with worlds of these sizes} less {actors ally within their own world less than chance would give: they seek other worlds} other {actors ally within their own world about as chance would give} } (assortativity {assortativity}).",
  "reading.worlds.null":
    "Against {replicates, plural, one {# random shuffle} other {# random shuffles}} of the worlds, this preference is {beyond, select, yes {beyond chance} other {within what chance gives}} (z-score {z}).",
  "reading.worlds.never":
    "{count, plural, one {One pair of worlds never allies} other {# pairs of worlds never ally}}: {pairs}.",
  "reading.worlds.never.none": "Every pair of worlds has at least one alliance.",
  "reading.worlds.link": "{a}–{b}",
  "reading.worlds.inward":
    "{count, plural, one {One world allies} other {# worlds ally}} more inside than outside: {worlds}.",
  "reading.worlds.inward.item": "{world} (E-I index {ei})",
  "reading.dependence.targeted":
    "If the {count, plural, one {top broker} other {# top brokers}} left one after another ({actors}), {recomputed, select, yes {betweenness being recomputed after each departure} other {in the order of their initial betweenness, not recomputed on a territory this large}}, {pairs} of actor pairs would still be connected, against {random} if as many actors left at random.",
  "reading.dependence.cross-world":
    "Pairs of actors from different worlds still connected after these departures: {pairs} (random departures: {random}).",
  "reading.dependence.only-link":
    "{actor} is the only partner of {count, plural, one {# actor} other {# actors}} ({dependents}): its departure would leave {count, plural, one {it} other {them}} with no partner at all.",
  "reading.dependence.only-link.more": "{names} and {others, plural, one {# other} other {# others}}",
  "reading.dependence.key-players":
    "The {count, plural, one {actor} other {# actors}} whose departure would fragment the territory most: {actors} ({share} of actor pairs cut off).",
  "reading.dependence.keystones":
    "{count, plural, one {One actor is} other {# actors are}} the only bridge between two worlds: {keystones}.",
  "reading.dependence.keystone.item": "{actor} ({pairs})",
  "reading.dependence.keystones.none": "No single actor’s departure would disconnect two worlds.",
  "reading.governance":
    "Governance reading (Provan and Kenis): {form, select, shared {shared governance: alliances are spread over many actors, no single actor stands in the middle} lead {lead organisation: {actor}, a member that is also the territory’s hub, stands in the middle of most alliances} administrative {administrative organisation: {actor}, a dedicated catalyst, stands in the middle} other {undetermined: the figures do not point clearly to one governance form}}.",
  "reading.governance.too-small":
    "Governance reading: undetermined, the territory has fewer than {min} actors or no link.",
  "reading.governance.centralization":
    "Evidence: betweenness centralization {betweenness} (shared governance at most {sharedMax}, a brokered form from {brokeredMin}); degree centralization {degree} (shared governance at most {sharedDegreeMax}).",
  "reading.governance.share":
    "Evidence: the top broker holds {share} of all brokerage (a brokered form from {min}).",
  "reading.governance.ratio":
    "Evidence: {actor} brokers {ratio} times what its number of partners alone would give ({above, select, yes {at or above} other {below}} the {min} that marks a dedicated catalyst).",
  "reading.governance.named":
    "Evidence: {named, select, role {the data gives {actor} the role “{role}”, which names a facilitator} yes {{actor}’s name or world names a facilitator} other {nothing in {actor}’s name, world or role names a facilitator}}.",
  "reading.actor.partners":
    "{actor} ({world}) has {degree, plural, one {# partner} other {# partners}} from {worlds, plural, one {# world} other {# worlds}} (Blau index {blau}).",
  "reading.actor.isolated": "{actor} ({world}) has no partner.",
  "reading.actor.brokerage":
    "{actor} stands between {total, plural, one {# pair} other {# pairs}} of actors who are not allied with each other: {roles}.",
  "reading.actor.brokerage.none":
    "{actor} stands between no pair of actors: all its partners are allied with each other, or it has fewer than two.",
  "reading.actor.role":
    "{count} as {role, select, coordinator {coordinator} consultant {consultant} representative {representative} gatekeeper {gatekeeper} other {liaison}}",
  "reading.actor.roles-beyond-chance": "Beyond chance (random worlds): {roles}.",
  "reading.actor.role-z":
    "{role, select, coordinator {coordinator} consultant {consultant} representative {representative} gatekeeper {gatekeeper} other {liaison}} ({direction, select, above {more} other {less}} than chance, z-score {z})",
  "reading.governance.other-facilitator":
    "Evidence: the data gives {actor} the role “{role}”, which names a facilitator, but {actor} is not the actor in the middle: {top} is.",
  "reading.null-models":
    "Against chance ({replicates, plural, one {# random network} other {# random networks}} with the same numbers of partners; worlds shuffled for the world figures): {beyond, select, none {no figure lies beyond chance} other {beyond chance: {above}}}.",
  "reading.null-models.item": "{figure} (z-score {z})",
} as const satisfies Catalogue;
