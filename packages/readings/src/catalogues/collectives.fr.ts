/** Les lectures sur les collectifs : la traduction de `collectives.en.ts`, mêmes clés. */
import type { TranslationOf } from "../catalogue.js";
import type { collectivesEn } from "./collectives.en.js";

export const collectivesFr: TranslationOf<typeof collectivesEn> = {
  "collectives.overview":
    "{count, plural, one {# collectif} other {# collectifs}} (comités, projets, consortiums…) réunissent {share} des acteurs ; {crossWorld, plural, =0 {aucun ne rassemble} one {# rassemble} other {# rassemblent}} des membres de plusieurs mondes.",
  "collectives.projection.newman":
    "Les membres d’un collectif comptent comme alliés entre eux, chaque collectif de k membres ajoutant 1/(k−1) à chaque paire.",
  "collectives.projection.count":
    "Les membres d’un collectif comptent comme alliés entre eux, une fois par collectif partagé.",
  "collectives.projection.none":
    "Les collectifs sont laissés hors du réseau des liens ; ils ne comptent que dans les chiffres du réseau acteurs–collectifs.",
  "collectives.rests-on.collectives":
    "L’intermédiation repose sur les collectifs, comme le veut le principe que personne ne se tienne au milieu : dans le réseau acteurs–collectifs, les collectifs portent {share} de l’intermédiation.",
  "collectives.rests-on.one-actor":
    "L’intermédiation repose sur un acteur plutôt que sur les collectifs : dans le réseau acteurs–collectifs, {actor} porte {actorShare} de l’intermédiation et les collectifs {share}.",
  "collectives.rests-on.actors":
    "L’intermédiation repose sur plusieurs acteurs plutôt que sur les collectifs : dans le réseau acteurs–collectifs, les collectifs ne portent que {share} de l’intermédiation.",
  "collectives.convener":
    "{actor} réunit {collectives} : dessiné en étoile autour de lui, il se tiendrait sur {star} des plus courts chemins entre les autres acteurs ; ses collectifs comptés comme coprésence, il se tient sur {coPresence}. Sa place centrale vient de ce qu’il réunit, non de ce qu’il relaie.",
  "collectives.gatekeeper":
    "{actor} est le seul membre commun à {pairs, plural, one {# paire} other {# paires}} des collectifs dont il est membre ({collectives}) : il relie des collectifs qui ne partagent personne d’autre (un gardien), et se tient au milieu même collectifs comptés (son intermédiarité dans le réseau acteurs–collectifs est de {betweenness}).",
  "collectives.report.title": "Collectifs",
  "collectives.report.intro":
    "Les alliances de plus de deux acteurs à la fois (comités, projets, consortiums) : leurs membres comptent comme coprésents plutôt que liés deux à deux, pour que personne ne soit mis au milieu par la façon dont un collectif a été dessiné.",
  "collectives.report.caption":
    "Chaque collectif, ses membres par monde et sa place dans le réseau acteurs–collectifs",
  "collectives.column.collective": "collectif",
  "collectives.column.kind": "type",
  "collectives.column.size": "membres",
  "collectives.column.worlds": "membres par monde",
  "collectives.column.twoModeDegree": "degré à deux modes",
  "collectives.column.twoModeBetweenness": "intermédiarité à deux modes",
  "collectives.world-count": "{world} : {count}",
};
