/**
 * The glossary: each term's name and one plain line, for readers who are not
 * network scientists. Serves the report's glossary, the explorer's tooltips
 * and `catalyse explain <term>`. Ids: "glossary.<term>.name" and
 * "glossary.<term>.line"; the terms are listed in `GLOSSARY_TERMS`.
 */
import type { Catalogue } from "../catalogue.js";

export const glossaryEn = {
  "glossary.actor.name": "actor",
  "glossary.actor.line": "An organisation or person of the territory: a point of the network.",
  "glossary.link.name": "link",
  "glossary.link.line":
    "An alliance between two actors (a partnership, a joint project, a shared committee).",
  "glossary.world.name": "world",
  "glossary.world.line":
    "The kind of organisation an actor belongs to (public bodies, businesses, associations, research…), given in the data.",
  "glossary.community.name": "community",
  "glossary.community.line":
    "A group of actors more allied among themselves than with the rest, found by an algorithm (Leiden or Louvain) from the links alone.",
  "glossary.collective.name": "collective",
  "glossary.collective.line":
    "An alliance of more than two actors at once (a committee, a project, a consortium), which links each member to every other.",
  "glossary.degree.name": "degree",
  "glossary.degree.line": "The number of partners an actor has.",
  "glossary.strength.name": "strength",
  "glossary.strength.line":
    "The sum of the weights of an actor's links: degree counting how strong each link is.",
  "glossary.density.name": "density",
  "glossary.density.line": "The share of all possible links between actors that exist.",
  "glossary.component.name": "connected component",
  "glossary.component.line":
    "A set of actors that can all reach each other through links; separate components never meet.",
  "glossary.betweenness.name": "betweenness",
  "glossary.betweenness.line":
    "How often an actor lies on the shortest paths between two other actors: the share of those paths it could broker.",
  "glossary.closeness.name": "closeness",
  "glossary.closeness.line": "How few steps an actor needs, on average, to reach every other actor.",
  "glossary.harmonic.name": "harmonic centrality",
  "glossary.harmonic.line":
    "Closeness that still works when some actors cannot be reached: the average of one over the distance to each other actor.",
  "glossary.pagerank.name": "PageRank",
  "glossary.pagerank.line": "An actor's importance when being allied with important actors counts more.",
  "glossary.eigenvector.name": "eigenvector centrality",
  "glossary.eigenvector.line": "An actor's importance as the sum of its partners' importance.",
  "glossary.core.name": "core number",
  "glossary.core.line":
    "The largest k such that the actor belongs to a group where everyone has at least k partners in the group.",
  "glossary.corePeriphery.name": "core and periphery",
  "glossary.corePeriphery.line":
    "A structure where a core of actors is allied among themselves and with everyone, and a periphery is allied mostly with the core (Borgatti and Everett); its fit, from 0 to 1, says how close the links come to that pattern.",
  "glossary.coreness.name": "coreness",
  "glossary.coreness.line":
    "How close an actor stands to the core of a core and periphery: high for actors allied with each other and with many, low at the edge.",
  "glossary.layer.name": "kind of alliance",
  "glossary.layer.line":
    "The alliances of one link type (funding, governance, project, information…) taken as their own network, a layer, to see whether each kind rests on its own actors.",
  "glossary.qap.name": "QAP",
  "glossary.qap.line":
    "Quadratic assignment procedure: a regression asking whether pairs of actors that share something (a world, a commune, a short distance) ally more often, tested by shuffling the actors so that the network's own structure cannot pass for an effect.",
  "glossary.clustering.name": "clustering",
  "glossary.clustering.line":
    "The share of an actor's pairs of partners that are also allied with each other.",
  "glossary.transitivity.name": "transitivity",
  "glossary.transitivity.line":
    "Across the whole territory, the share of two-step paths that close into triangles.",
  "glossary.centralization.name": "centralization",
  "glossary.centralization.line":
    "How much one actor stands above all others on a centrality (1: a star around one actor; 0: everyone equal).",
  "glossary.gini.name": "Gini index",
  "glossary.gini.line":
    "How unequally a figure is spread among actors (0: everyone equal; 1: one actor holds everything).",
  "glossary.lorenz.name": "Lorenz curve",
  "glossary.lorenz.line":
    "The share of the total held by the smallest x % of actors, for every x: the further below the diagonal, the more unequal.",
  "glossary.brokerage.name": "brokerage",
  "glossary.brokerage.line":
    "Standing between two actors who are not allied directly, so that what passes between them can go through you.",
  "glossary.topBrokerShare.name": "top broker's share",
  "glossary.topBrokerShare.line":
    "The share of all actors' betweenness, added up, that the top broker holds.",
  "glossary.effectiveBrokers.name": "effective brokers",
  "glossary.effectiveBrokers.line":
    "How many equal brokers would give the same concentration of brokerage (the inverse of the Herfindahl index of betweenness).",
  "glossary.coordinator.name": "coordinator",
  "glossary.coordinator.line":
    "A brokerage role (Gould and Fernandez): brokering between two actors of one's own world.",
  "glossary.consultant.name": "consultant (itinerant)",
  "glossary.consultant.line":
    "A brokerage role (Gould and Fernandez): brokering between two actors of one same world, not one's own.",
  "glossary.representative.name": "representative",
  "glossary.representative.line":
    "A brokerage role (Gould and Fernandez): brokering between an actor of one's own world and an actor of another world (in directed networks, from one's own world outwards).",
  "glossary.gatekeeper.name": "gatekeeper",
  "glossary.gatekeeper.line":
    "A brokerage role (Gould and Fernandez): passing what comes from another world into one's own (directed networks only).",
  "glossary.liaison.name": "liaison",
  "glossary.liaison.line":
    "A brokerage role (Gould and Fernandez): brokering between two actors of two different worlds, neither of them one's own.",
  "glossary.constraint.name": "constraint",
  "glossary.constraint.line":
    "How much an actor's partners are tied to each other (Burt): high when all its partners know one another, low when it bridges separate groups.",
  "glossary.effectiveSize.name": "effective size",
  "glossary.effectiveSize.line":
    "An actor's number of partners minus the redundancy among them (Burt): the partners that open separate doors.",
  "glossary.blau.name": "Blau index",
  "glossary.blau.line":
    "The chance that two of an actor's partners, drawn at random, belong to different worlds (0: all in one world).",
  "glossary.eiIndex.name": "E-I index",
  "glossary.eiIndex.line":
    "Links between worlds minus links within worlds, over all links (Krackhardt and Stern): from −1 (only within) to +1 (only between).",
  "glossary.assortativity.name": "assortativity",
  "glossary.assortativity.line":
    "Whether actors ally within their own world more than chance would give (positive), less (negative) or as chance would (0).",
  "glossary.mixingMatrix.name": "mixing matrix",
  "glossary.mixingMatrix.line":
    "A table counting the links between each pair of worlds; an empty cell is a pair of worlds that never ally.",
  "glossary.modularity.name": "modularity",
  "glossary.modularity.line":
    "How much more the links fall inside groups than chance would give (near 0: no groups; above 0.3: clear groups).",
  "glossary.nullModel.name": "null model",
  "glossary.nullModel.line":
    "Random territories with the same actors and the same number of partners each, to tell what the structure itself explains from chance.",
  "glossary.zScore.name": "z-score",
  "glossary.zScore.line":
    "How many standard deviations an observed figure lies from its average in the null model (beyond 2 in absolute value: unlikely by chance).",
  "glossary.dependence.name": "dependence",
  "glossary.dependence.line":
    "How the territory comes apart when actors leave: the largest component after removing the top brokers one by one, recomputed after each departure.",
  "glossary.cutVertex.name": "cut vertex",
  "glossary.cutVertex.line":
    "An actor whose departure splits the network: some actors could no longer reach others.",
  "glossary.keyPlayer.name": "key player",
  "glossary.keyPlayer.line":
    "A set of actors whose joint departure breaks the network apart the most (Borgatti).",
  "glossary.keystone.name": "keystone",
  "glossary.keystone.line": "An actor whose departure disconnects two worlds that were connected.",
  "glossary.governance.name": "governance form",
  "glossary.governance.line":
    "How the alliances are steered (Provan and Kenis): shared among members, around a lead organisation, or through an administrative organisation.",
} as const satisfies Catalogue;
