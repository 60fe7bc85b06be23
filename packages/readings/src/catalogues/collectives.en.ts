/**
 * Readings on collectives (multi-party alliances): how many, who is in one,
 * and "no one in the middle" with collectives counted as co-presence —
 * whether brokerage rests on the collectives or on one actor, who convenes,
 * who bridges collectives alone (a gatekeeper).
 */
import type { Catalogue } from "../catalogue.js";

export const collectivesEn = {
  "collectives.overview":
    "{count, plural, one {# collective} other {# collectives}} (committees, projects, consortia…) gather {share} of the actors; {crossWorld, plural, =0 {none brings together} one {# brings together} other {# bring together}} members of several worlds.",
  "collectives.projection.newman":
    "Members of a collective count as allied with each other, each collective of k members adding 1/(k−1) to each pair.",
  "collectives.projection.count":
    "Members of a collective count as allied with each other, once per shared collective.",
  "collectives.projection.none":
    "Collectives are left out of the network of links; they count only in the figures of the actor–collective network.",
  "collectives.rests-on.collectives":
    "Brokerage rests on the collectives, as the principle of no one in the middle wishes: in the actor–collective network, the collectives carry {share} of the brokerage.",
  "collectives.rests-on.one-actor":
    "Brokerage rests on one actor rather than on the collectives: in the actor–collective network, {actor} carries {actorShare} of the brokerage and the collectives {share}.",
  "collectives.rests-on.actors":
    "Brokerage rests on several actors rather than on the collectives: in the actor–collective network, the collectives carry only {share} of the brokerage.",
  "collectives.convener":
    "{actor} convenes {collectives}: drawn as a star around it, it would stand on {star} of the shortest paths between other actors; with its collectives counted as co-presence, it stands on {coPresence}. Its central place comes from convening, not from brokering.",
  "collectives.gatekeeper":
    "{actor} is the only member shared by {pairs, plural, one {# pair} other {# pairs}} of the collectives it belongs to ({collectives}): it bridges collectives that share no one else (a gatekeeper), and stands in the middle even with collectives counted (its betweenness in the actor–collective network is {betweenness}).",
  "collectives.report.title": "Collectives",
  "collectives.report.intro":
    "Alliances of more than two actors at once (committees, projects, consortia): their members count as co-present rather than as linked pair by pair, so that no one is put in the middle by the way a collective was drawn.",
  "collectives.report.caption":
    "Each collective, its members by world and its place in the actor–collective network",
  "collectives.column.collective": "collective",
  "collectives.column.kind": "kind",
  "collectives.column.size": "members",
  "collectives.column.worlds": "members by world",
  "collectives.column.twoModeDegree": "two-mode degree",
  "collectives.column.twoModeBetweenness": "two-mode betweenness",
  "collectives.world-count": "{world}: {count}",
} as const satisfies Catalogue;
