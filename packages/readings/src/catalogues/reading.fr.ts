/** Les lectures d’un document d’analyse : la traduction de `reading.en.ts`, mêmes clés. */
import type { TranslationOf } from "../catalogue.js";
import type { readingEn } from "./reading.en.js";

export const readingFr: TranslationOf<typeof readingEn> = {
  "reading.size":
    "{actors, plural, one {# acteur} other {# acteurs}} de {worlds, plural, one {# monde} other {# mondes}}, reliés par {links, plural, one {# lien} other {# liens}} : {density} de tous les liens possibles entre eux existent.",
  "reading.too-small": "Trop peu d’acteurs ou de liens pour dire si quelqu’un se tient au milieu.",
  "reading.components.one": "Chaque acteur peut joindre tous les autres par une chaîne d’alliances.",
  "reading.components.many":
    "Le réseau se divise en {components} morceaux séparés ; le plus grand réunit {share} des acteurs.",
  "reading.communities":
    "{communities, plural, one {Une communauté} other {# communautés}} : des groupes d’acteurs plus alliés entre eux qu’avec le reste (modularité {modularity}).",
  "reading.top-broker":
    "{actor} se tient le plus souvent au milieu : {paths} des plus courts chemins entre les autres acteurs passent par lui (son intermédiarité), et il détient {share} de toute l’intermédiation (l’intermédiarité de tous les acteurs additionnée).",
  "reading.top-broker.none":
    "Aucun acteur ne se tient entre les autres : chaque paire d’acteurs est soit alliée directement, soit sans lien du tout.",
  "reading.top-brokers":
    "Les acteurs qui se tiennent le plus souvent entre les autres (intermédiarité) : {brokers}.",
  "reading.top-brokers.item": "{actor} ({betweenness})",
  "reading.effective-brokers":
    "L’intermédiation est concentrée comme si {brokers} des {actors} acteurs en détenaient des parts égales (intermédiaires effectifs).",
  "reading.top-shares":
    "Part de toute l’intermédiation détenue par les acteurs qui relaient le plus : {shares}.",
  "reading.top-shares.item":
    "les premiers {fraction} des acteurs ({count, plural, one {# acteur} other {# acteurs}}) en détiennent {share}",
  "reading.centralization":
    "Centralisation, de 0 (tous semblables) à 1 (une étoile avec un acteur au milieu) : intermédiarité {betweenness}, degré {degree}, proximité {closeness}.",
  "reading.gini":
    "Inégalité (indice de Gini, de 0 : tous égaux, à 1 : un acteur détient tout) : nombre de partenaires {degree}, intermédiation {betweenness}.",
  "reading.worlds.single": "Un seul monde : aucune alliance ne peut relier deux mondes.",
  "reading.worlds.mixing":
    "{mostly, select, across {La plupart des alliances relient deux mondes} within {La plupart des alliances restent au sein d’un monde} other {La moitié des alliances relient deux mondes}} ({share} des alliances, indice E-I {ei}) ; {chance, select, more {les acteurs s’allient dans leur propre monde plus que le hasard ne le donnerait avec des mondes de ces tailles} less {les acteurs s’allient dans leur propre monde moins que le hasard ne le donnerait : ils vont vers les autres mondes} other {les acteurs s’allient dans leur propre monde à peu près comme le hasard le donnerait} } (assortativité {assortativity}).",
  "reading.worlds.null":
    "Comparée à {replicates, plural, one {# répartition aléatoire} other {# répartitions aléatoires}} des mondes, cette préférence {beyond, select, yes {dépasse le hasard} other {reste dans ce que donne le hasard}} (score z {z}).",
  "reading.worlds.never":
    "{count, plural, one {Une paire de mondes ne s’allie jamais} other {# paires de mondes ne s’allient jamais}} : {pairs}.",
  "reading.worlds.never.none": "Chaque paire de mondes a au moins une alliance.",
  "reading.worlds.link": "{a}–{b}",
  "reading.worlds.inward":
    "{count, plural, one {Un monde s’allie} other {# mondes s’allient}} davantage en interne qu’avec l’extérieur : {worlds}.",
  "reading.worlds.inward.item": "{world} (indice E-I {ei})",
  "reading.dependence.targeted":
    "Si {count, plural, one {le premier intermédiaire partait} other {les # premiers intermédiaires partaient l’un après l’autre}} ({actors}), {recomputed, select, yes {l’intermédiarité étant recalculée après chaque départ} other {dans l’ordre de leur intermédiarité initiale, non recalculée sur un territoire de cette taille}}, {pairs} des paires d’acteurs resteraient reliées, contre {random} si autant d’acteurs partaient au hasard.",
  "reading.dependence.cross-world":
    "Paires d’acteurs de mondes différents encore reliées après ces départs : {pairs} (départs au hasard : {random}).",
  "reading.dependence.only-link":
    "{actor} est le seul partenaire de {count, plural, one {# acteur} other {# acteurs}} ({dependents}) : son départ {count, plural, one {le laisserait} other {les laisserait}} sans aucun partenaire.",
  "reading.dependence.only-link.more": "{names} et {others, plural, one {# autre} other {# autres}}",
  "reading.dependence.key-players":
    "{count, plural, one {L’acteur dont le départ fragmenterait} other {Les # acteurs dont le départ fragmenterait}} le plus le territoire : {actors} ({share} des paires d’acteurs coupées).",
  "reading.dependence.keystones":
    "{count, plural, one {Un acteur est} other {# acteurs sont}} le seul pont entre deux mondes : {keystones}.",
  "reading.dependence.keystone.item": "{actor} ({pairs})",
  "reading.dependence.keystones.none": "Le départ d’aucun acteur à lui seul ne déconnecterait deux mondes.",
  "reading.governance":
    "Lecture de la gouvernance (Provan et Kenis) : {form, select, shared {gouvernance partagée : les alliances se répartissent entre de nombreux acteurs, aucun ne se tient seul au milieu} lead {organisation pilote : {actor}, un membre qui est aussi le pivot du territoire, se tient au milieu de la plupart des alliances} administrative {organisation administrative : {actor}, un catalyseur dédié, se tient au milieu} other {indéterminée : les chiffres ne désignent clairement aucune forme de gouvernance}}.",
  "reading.governance.too-small":
    "Lecture de la gouvernance : indéterminée, le territoire compte moins de {min} acteurs ou aucun lien.",
  "reading.governance.centralization":
    "Indice : centralisation de l’intermédiarité {betweenness} (gouvernance partagée jusqu’à {sharedMax}, forme pilotée à partir de {brokeredMin}) ; centralisation du degré {degree} (gouvernance partagée jusqu’à {sharedDegreeMax}).",
  "reading.governance.share":
    "Indice : le premier intermédiaire détient {share} de toute l’intermédiation (forme pilotée à partir de {min}).",
  "reading.governance.ratio":
    "Indice : {actor} relaie {ratio} fois ce que son seul nombre de partenaires lui donnerait ({above, select, yes {au niveau ou au-dessus} other {en dessous}} du seuil de {min} qui marque un catalyseur dédié).",
  "reading.governance.named":
    "Indice : {named, select, role {les données donnent à {actor} le rôle « {role} », qui désigne un facilitateur} yes {le nom ou le monde de {actor} désigne un facilitateur} other {rien dans le nom, le monde ou le rôle de {actor} ne désigne un facilitateur}}.",
  "reading.actor.partners":
    "{actor} ({world}) a {degree, plural, one {# partenaire} other {# partenaires}} de {worlds, plural, one {# monde} other {# mondes}} (indice de Blau {blau}).",
  "reading.actor.isolated": "{actor} ({world}) n’a aucun partenaire.",
  "reading.actor.brokerage":
    "{actor} se tient entre {total, plural, one {# paire} other {# paires}} d’acteurs qui ne sont pas alliés entre eux : {roles}.",
  "reading.actor.brokerage.none":
    "{actor} ne se tient entre aucune paire d’acteurs : tous ses partenaires sont alliés entre eux, ou il en a moins de deux.",
  "reading.actor.role":
    "{count} comme {role, select, coordinator {coordinateur} consultant {consultant} representative {représentant} gatekeeper {gardien} other {agent de liaison}}",
  "reading.actor.roles-beyond-chance": "Au-delà du hasard (mondes répartis au hasard) : {roles}.",
  "reading.actor.role-z":
    "{role, select, coordinator {coordinateur} consultant {consultant} representative {représentant} gatekeeper {gardien} other {agent de liaison}} ({direction, select, above {plus} other {moins}} que le hasard, score z {z})",
  "reading.governance.other-facilitator":
    "Indice : les données donnent à {actor} le rôle « {role} », qui désigne un facilitateur, mais {actor} n’est pas l’acteur au milieu : c’est {top}.",
  "reading.null-models":
    "Face au hasard ({replicates, plural, one {# réseau aléatoire} other {# réseaux aléatoires}} avec les mêmes nombres de partenaires ; mondes répartis au hasard pour les chiffres des mondes) : {beyond, select, none {aucun chiffre ne dépasse le hasard} other {au-delà du hasard : {above}}}.",
  "reading.null-models.item": "{figure} (score z {z})",
};
