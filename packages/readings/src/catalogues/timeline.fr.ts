/** Lectures d’une chronologie : la traduction de `timeline.en.ts`, mêmes clés. */
import type { TranslationOf } from "../catalogue.js";
import type { timelineEn } from "./timeline.en.js";

export const timelineFr: TranslationOf<typeof timelineEn> = {
  "timeline.regime-shift":
    "En {year}, le réseau est passé de {from, select, centralised {centralisé} other {partagé}} à {to, select, centralised {centralisé} other {partagé}} (centralisation de l’intermédiarité {before} → {after}).",
  "timeline.no-regime-shift":
    "Le réseau n’est pas passé de centralisé à partagé, ni l’inverse, sur la période (les années de moins de {min} acteurs ne sont pas lues).",
  "timeline.rising-brokers":
    "Intermédiaires montants entre {from} et {to} (rang et part de toute l’intermédiation en hausse) : {brokers}.",
  "timeline.rising-broker": "{actor} (rang {before} → {after}, part {shareBefore} → {shareAfter})",
  "timeline.rising-broker.new": "{actor} (nouveau, rang {after}, part {shareAfter})",
  "timeline.no-rising-broker":
    "Aucun acteur n’a gagné à la fois en rang et en part de toute l’intermédiation entre {from} et {to}.",
  "timeline.new-bridges":
    "{count, plural, one {Une paire de mondes a été reliée} other {# paires de mondes ont été reliées}} pour la première fois : {bridges}.",
  "timeline.new-bridges.year": "en {year}, {pairs}",
  "timeline.new-bridge": "{a}–{b}",
  "timeline.new-bridge.links": "{a}–{b} ({links})",
  "timeline.no-new-bridge": "Aucun lien n’a relié deux mondes qui ne l’étaient pas déjà.",
  "timeline.worlds-joined": "Mondes qui rejoignent le réseau : {items}.",
  "timeline.worlds-left": "Mondes qui quittent le réseau : {items}.",
  "timeline.world-year": "{worlds} en {year}",
  "timeline.communities":
    "{merges, plural, =0 {Aucune fusion} one {# fusion} other {# fusions}} et {splits, plural, =0 {aucune scission} one {# scission} other {# scissions}} de communautés {same, select, yes {en {from}} other {entre {from} et {to}}} ; le plus grand changement : {largest}.",
  "timeline.community-merge":
    "en {year}, {count, plural, one {# communauté} other {# communautés}} de {actors, plural, one {# acteur} other {# acteurs}} en tout ont fusionné (avec {examples})",
  "timeline.community-split":
    "en {year}, une communauté de {actors, plural, one {# acteur} other {# acteurs}} (avec {examples}) s’est scindée en {count}",
  "timeline.collectives-formed": "Collectifs créés : {items}.",
  "timeline.collectives-ended": "Collectifs arrivés à leur terme : {items}.",
  "timeline.collectives-year": "{collectives} en {year}",
  "timeline.collective-joins": "Nouveaux membres de collectifs qui existaient déjà : {items}.",
  "timeline.collective-join":
    "{collective} {span, select, one {en {year}} other {entre {from} et {year}}} ({more, select, yes {{count, number} acteurs, dont {actors}} other {{actors}}})",
  "timeline.collective-share":
    "La part des acteurs membres d’au moins un collectif est passée de {before} en {from} à {after} en {to}.",
  "timeline.collective-cross-world":
    "Collectifs rassemblant plusieurs mondes : {before, number} en {from}, {after, number} en {to}.",
};
