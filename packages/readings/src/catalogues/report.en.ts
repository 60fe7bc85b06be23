/**
 * The reports (HTML and Markdown): section titles, captions of pictures,
 * table headers that are not figure labels (those come from `figure.*`).
 * No sentence here says anything about a figure's value: the reports print
 * the readings (`reading.*`) for that.
 */
import type { Catalogue } from "../catalogue.js";

export const reportEn = {
  "report.subtitle":
    "A network of links: who is linked to whom, whether the worlds talk, who stands in the middle.",
  "report.contents": "Contents",
  "report.footer": "Made with Catalyse.",
  "report.not-available": "Not available for this territory yet.",

  "report.figures.title": "The territory in figures",
  "report.figures.readings": "What the figures say",
  "report.null.caption":
    "More than chance? Each figure against {replicates, plural, one {# random network} other {# random networks}} of the same territory (same numbers of partners; worlds shuffled for the world figures)",
  "report.null.figure": "figure",
  "report.null.observed": "observed",
  "report.null.chance": "chance gives",
  "report.null.z": "z-score",

  "report.map.title": "The map of the network",
  "report.map.caption":
    "Each dot is an actor, coloured by its world and sized by its number of partners; each line is a link. {geographic, select, yes {Actors are placed by their latitude and longitude.} other {Actors close on the map are closely linked (ForceAtlas2 layout).}} Hover over a dot to see the actor’s name.",
  "report.map.aria": "Map of the network: {actors, plural, one {# actor} other {# actors}} coloured by world",
  "report.map.per-world": "Actors per world",

  "report.lorenz.title": "Who holds the network together",
  "report.lorenz.links": "links",
  "report.lorenz.brokerage": "brokerage",
  "report.lorenz.caption":
    "Actors sorted from the least to the most central. On the dashed diagonal everyone holds an equal share; the further a curve sags below it, the more a few actors hold.",
  "report.lorenz.aria": "Lorenz curves of {names}",
  "report.lorenz.axis": "share of actors (least to most central)",
  "report.lorenz.shares": "Shares held by the most central actors",
  "report.lorenz.top": "the top {share} of actors ({count, plural, one {# actor} other {# actors}})",
  "report.lorenz.share-of-links": "share of links",
  "report.lorenz.share-of-brokerage": "share of brokerage",

  "report.mixing.title": "Do the worlds talk to each other?",
  "report.mixing.none": "There is only one world, or no link: there is no mixing to show.",
  "report.mixing.caption":
    "Number of links between each pair of worlds; the diagonal counts links within a world. Darker cells hold more links.",
  "report.mixing.table": "Links between worlds",
  "report.mixing.aria": "Links between worlds: a {n} by {n} grid",

  "report.brokers.title": "Top brokers",
  "report.brokers.by-betweenness":
    "The actors through which the most shortest paths between other actors go (betweenness), with the role they most often play between worlds.",
  "report.brokers.by-degree":
    "Betweenness was not computed, so actors are listed by their number of partners.",
  "report.brokers.no-role": "none",

  "report.communities.title": "Communities and worlds",
  "report.communities.intro":
    "Groups of actors more linked among themselves than with the rest, named by their most central members, and the worlds their members come from.",
  "report.communities.name":
    "{others, plural, =0 {{names}} one {{names} and # other} other {{names} and # others}}",
  "report.communities.community": "community",

  "report.timeline.title": "Over time: the timeline and weak signals",
  "report.timeline.undated": "No link or actor carries a date: there is no timeline to show.",
  "report.timeline.caption": "Actors and links active at the end of each year.",
  "report.timeline.aria": "Actors and links year by year",
  "report.timeline.year": "year",
  "report.timeline.worlds": "worlds",
  "report.timeline.signals": "Weak signals: what is changing before it shows.",

  "report.standing.title": "Where the territory stands among the pilots",
  "report.standing.none": "No pilot territories were given to compare with.",
  "report.standing.caption":
    "Each line is a figure, from its lowest to its highest value among the {count} territories; grey dots are the pilots, the red dot is {name}.",
  "report.standing.aria": "Where the territory stands among the others, figure by figure",
  "report.standing.rank": "rank (1 = largest)",
  "report.standing.rank-of": "{rank} of {count}",
  "report.standing.lowest": "lowest",
  "report.standing.highest": "highest",

  "report.core-periphery.title": "Is there a group in the middle? Core and periphery",
  "report.core-periphery.intro":
    "A core and periphery is a group of actors allied among themselves and with everyone, around which the others gather (Borgatti and Everett). The article’s principle is that no one stands in the middle: a clear core says that a group does.",
  "report.core-periphery.caption":
    "The actors closest to the core (coreness, highest first), and whether each is in the core",
  "report.core-periphery.in-core": "in the core",
  "report.yes": "yes",
  "report.no": "no",
  "report.layers.title": "Kinds of alliance",
  "report.layers.intro":
    "Each kind of alliance (the link type: funding, governance, project…) taken as its own network: does each rest on its own actors?",
  "report.layers.caption": "One row per kind of alliance",
  "report.layers.spanned": "The actors taking part in the most kinds of alliance",
  "report.qap.title": "Does sharing a world explain who allies with whom? (QAP)",
  "report.qap.note": "note",
  "report.glossary.title": "Glossary",
  "report.glossary.entry": "{name}: {line}",

  "report.comparison.title": "Comparing {count} territories",
  "report.comparison.figures": "Figures side by side",
  "report.comparison.figures-intro":
    "One row per territory. The number in brackets is the territory’s rank for that figure (1 = largest value).",
  "report.comparison.size": "Size and structure",
  "report.comparison.middle": "No one in the middle",
  "report.comparison.worlds": "Do the worlds talk to each other?",
  "report.comparison.collectives": "Collectives",
  "report.comparison.territory": "territory",
  "report.comparison.standout": "What stands out",
  "report.comparison.null": "Against chance",
  "report.comparison.null-intro":
    "How many standard deviations each figure lies from what random networks of the same territory give (same actors and numbers of partners; worlds shuffled for the world figures). Beyond ±2, chance alone rarely gives such a value.",
  "report.comparison.governance": "Governance readings",
  "report.comparison.lorenz": "How unequal are the links?",
  "report.comparison.lorenz-caption":
    "Lorenz curves of the number of partners, one per territory: the further below the diagonal, the more a few actors hold the links.",
  "report.comparison.maps": "The territories at a glance",
  "report.comparison.map-fallback":
    "{name}: {actors, plural, one {# actor} other {# actors}}, {links, plural, one {# link} other {# links}}.",
} as const satisfies Catalogue;
