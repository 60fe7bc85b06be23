/**
 * The alliances the founding article states or clearly implies, each with
 * its evidence: verbatim excerpts of the article, joined by « […] » when a
 * link needs two ({@link EVIDENCE_SEPARATOR}); the build refuses an excerpt
 * that is not in the article.
 *
 * `type` is the relation the text states; an `implied-` prefix marks a link
 * the text implies without stating it. Dates: `dateBasis` "stated" when the
 * excerpt gives the date; "relative" when it says « la semaine dernière » or
 * « juillet dernier », dated from the article itself, which was written in
 * 2021 (its training ran « Du 24 novembre 2020 au 14 janvier 2021 » and it
 * calls that session « La session du 14 janvier dernier »); empty when the
 * text gives no date. The text gives one end date (the training's); no other
 * link gets an end, since the article does not say any alliance ended.
 * `weight` counts the distinct relations the text gives for the pair.
 *
 * Links that only flattened a collective (GAIA's steering committee drawn as a
 * star around GAIA, the Massif Central experiment as every pair of its
 * participants, the CRESS Bretagne's project and Le RAMEAU's training of the
 * local ESS poles as stars, the 2012 working group, La Poste's Alliance
 * Dynamique) are memberships now: see seed-ecosystem-collectives.ts.
 */
import type { DatasetLink } from "./territory-writer.js";

export const SEED_LINK_COLUMNS = ["evidence", "date_basis"] as const;

export const EVIDENCE_SEPARATOR = " […] ";

function link(
  source: string,
  target: string,
  type: string,
  start: string | null,
  dateBasis: "stated" | "relative" | null,
  excerpts: readonly string[],
  weight = 1,
): DatasetLink {
  return {
    source,
    target,
    weight,
    type,
    start,
    end: null,
    attributes: { evidence: excerpts.join(EVIDENCE_SEPARATOR), date_basis: dateBasis },
  };
}

export const COMMITTEE =
  "GAIA a rassemblé la semaine dernière son Comité de pilotage des partenaires, afin de présenter son programme d’animation territoriale pour l’innovation sociale.";
export const COMMITTEE_MEMBERS =
  "Citons notamment la Métropole de Grenoble, la Ville de Grenoble, le département de l’Isère, la DIRECCTE, la Banque des Territoires, la Chaire ESS de l’IEP de Grenoble, la Chaire Territoire en transition de Grenoble Ecole de Management, Start-Up de Territoire, l’association French Impact, la Fondation de France Centre-Est, l’agence EDF « Une Rivière, Un Territoire » … et Le RAMEAU.";
export const WORKING_GROUP =
  "Lorsqu’en 2012, Alsace Active crée le 1er Labo des partenariats régional, un groupe de travail se met en place avec l’ARF, sous l’impulsion de Marie-Gite DUFAY.";
export const NETWORK_FOUNDED =
  "Ce dernier aboutira en 2014 à la création du Réseau des pionniers des alliances en Territoire qui capitalise les pratiques de « pionniers », et les met en partage";
export const CRESS_PROJECT =
  "La CRESS Bretagne pilote une démarche de développement des coopérations dans les territoires entre les entreprises « classiques » et les structures de l’ESS.";
export const CRESS_TERRITORIES =
  "Ce projet est lancé dans les territoires de Fougères, Vitré, Morlaix et Auray.";
export const TRAINING =
  "Le RAMEAU contribue à cette expérimentation via un appui méthodologique et une formation des responsables des pôles ESS locaux.";
export const TRAINING_DATES =
  "Du 24 novembre 2020 au 14 janvier 2021, il a animé 3 sessions pour partager son savoir-faire dans le domaine « RSE & Partenariat »";
export const MASSIF_INITIATED =
  "la Fondation RTE, la Chaire Interactions d’AgroParisTech et Le RAMEAU ont initié en mars 2020 une expérimentation innovante dans le Massif Central";
export const MASSIF_CROSSED =
  "en croisant les expériences du PETR du Grand Clermont, de l’Agence de Développement Macéo, de Ronalpia & CoCoShaker ainsi que du site de Clermont Ferrand d’AgroParisTech pour étudier les synergies entre les démarches issues des acteurs publics, des acteurs économiques, de l’ESS et des acteurs académiques.";

export const COMMITTEE_PARTNERS = [
  "metropole-grenoble",
  "ville-grenoble",
  "departement-isere",
  "direccte-auvergne-rhone-alpes",
  "banque-des-territoires",
  "chaire-ess-iep-grenoble",
  "chaire-territoire-transition-gem",
  "start-up-de-territoire",
  "french-impact",
  "fondation-de-france-centre-est",
  "edf-une-riviere-un-territoire",
];
export const LOCAL_ESS_POLES = ["pole-ess-fougeres", "pole-ess-vitre", "pole-ess-morlaix", "pole-ess-auray"];
export const MASSIF_INITIATORS = ["fondation-rte", "chaire-interactions-agroparistech", "le-rameau"];
export const MASSIF_EXPERIENCES = [
  "petr-grand-clermont",
  "maceo",
  "ronalpia-cocoshaker",
  "agroparistech-clermont",
];

export const SEED_LINKS: readonly DatasetLink[] = [
  // Isère.
  link("gaia", "labo-partenariats-grenoble", "founded", null, null, [
    "L’exemple de GAIA, qui a fondé le Labo des partenariats de Grenoble, est inspirant.",
  ]),
  link("gaia", "alsace-active", "inspiration", null, null, [
    "Lors de la création du Labo, il s’est notamment inspiré de l’expérience d’Alsace Active qui s’est très tôt mis en route pour inventer une 3éme ingénierie locale.",
  ]),
  // What the committee does not cover: Le RAMEAU's long observation of GAIA.
  link("gaia", "le-rameau", "inspiration", null, null, [
    "Le RAMEAU a souligné qu’il observait depuis longtemps le cheminement inspirant de GAIA",
  ]),
  link("gaia", "reseau-pionniers-alliances", "implied-membership", null, null, [
    NETWORK_FOUNDED,
    "GAIA fait partie des 350 « catalyseurs territoriaux » qui incarnent et inventent tous les jours les moyens les plus pertinents de « jouer collectif » en territoire",
  ]),
  // Alsace and the national network.
  link("alsace-active", "labo-partenariats-alsace", "founded", "2012", "stated", [WORKING_GROUP]),
  link("alsace-active", "reseau-pionniers-alliances", "implied-co-founding", "2014", "stated", [
    WORKING_GROUP,
    NETWORK_FOUNDED,
  ]),
  link("arf", "reseau-pionniers-alliances", "implied-co-founding", "2014", "stated", [
    WORKING_GROUP,
    NETWORK_FOUNDED,
  ]),
  // Bretagne.
  link("le-rameau", "cress-bretagne", "expertise-sharing", "2020-07", "relative", [
    "En juillet dernier, en écho à la 6éme Rencontre du Réseau des pionniers des alliances en Territoire, la Vice-présidente de la CRESS Bretagne a exposé les spécificités de coopération de sa région",
    "Depuis, Le RAMEAU s’est engagé aux côtés de la CRESS Bretagne pour partager son expertise sur l’engagement territorial des entreprises.",
  ]),
  link("cress-bretagne", "reseau-pionniers-alliances", "implied-participation", "2020-07", "relative", [
    "En juillet dernier, en écho à la 6éme Rencontre du Réseau des pionniers des alliances en Territoire, la Vice-présidente de la CRESS Bretagne a exposé les spécificités de coopération de sa région",
  ]),
  // National milestones.
  link("presidence-republique", "cese", "implied-patronage", "2016", "stated", [
    "Dès 2016, sous le Haut-patronage du Président de la République, un Colloque au CESE lance le référentiel « Co-construction territoriale ».",
  ]),
];
