/**
 * The actors named by Catalyse's founding article (a French blog post of
 * January 2021 on four « exemples inspirants » of territorial alliances:
 * GAIA in Isère, La Poste's Alliance Dynamique, the CRESS Bretagne, the
 * Massif Central experiment). Organisations only: the people it names
 * (Marie-Gite Dufay, Jean-Paul Bailly, Philippe Wahl, Marie-Martine Lips) and
 * unnamed groups (« 53 réseaux de l’ESS », « 10 territoires pilotes ») are not actors,
 * nor are multi-party alliances such as La Poste's Alliance Dynamique: those
 * are collectives (seed-ecosystem-collectives.ts).
 *
 * `namedAs` is how the article names the actor; `worldBasis` says where its
 * world comes from: "stated" (the article says it), "implied" (the article's
 * wording places it) or "evident" (the article is silent; the world is the
 * organisation's well-known legal form). Coordinates are those of the city
 * centre; null when the article's actor has no single known city.
 */
import type { DatasetActor } from "./territory-writer.js";

export const SEED_ACTOR_COLUMNS = ["territory", "city", "named_as", "world_basis", "role"] as const;

const GRENOBLE = [45.1885, 5.7245] as const;
const LYON = [45.764, 4.8357] as const;
const PARIS = [48.8566, 2.3522] as const;
const STRASBOURG = [48.5734, 7.7521] as const;
const RENNES = [48.1173, -1.6778] as const;
const CLERMONT = [45.7772, 3.087] as const;

function actor(
  id: string,
  label: string,
  world: string,
  territory: string,
  city: string | null,
  at: readonly [number, number] | null,
  namedAs: string,
  worldBasis: string,
  role: string | null = null,
): DatasetActor {
  return {
    id,
    label,
    world,
    lat: at?.[0] ?? null,
    lon: at?.[1] ?? null,
    attributes: { territory, city, named_as: namedAs, world_basis: worldBasis, role },
  };
}

// biome-ignore format: one actor per line reads as a table
export const SEED_ACTORS: readonly DatasetActor[] = [
  // Isère: GAIA and its steering committee of partners.
  actor("gaia", "GAIA", "association", "Isère", "Grenoble", GRENOBLE, "GAIA", "evident: an association acting as « catalyseur territorial »", "catalyseur territorial"),
  actor("labo-partenariats-grenoble", "Labo des partenariats de Grenoble", "association", "Isère", "Grenoble", GRENOBLE, "le Labo des partenariats de Grenoble", "evident: founded by GAIA, an association"),
  actor("metropole-grenoble", "Grenoble-Alpes Métropole", "collectivité", "Isère", "Grenoble", GRENOBLE, "la Métropole de Grenoble", "evident: a local government"),
  actor("ville-grenoble", "Ville de Grenoble", "collectivité", "Isère", "Grenoble", GRENOBLE, "la Ville de Grenoble", "evident: a local government"),
  actor("departement-isere", "Département de l'Isère", "collectivité", "Isère", "Grenoble", GRENOBLE, "le département de l’Isère", "evident: a local government"),
  actor("direccte-auvergne-rhone-alpes", "DIRECCTE (Auvergne-Rhône-Alpes)", "État", "Auvergne-Rhône-Alpes", "Lyon", LYON, "la DIRECCTE", "evident: a State regional directorate; the region is inferred from GAIA’s territory"),
  actor("banque-des-territoires", "Banque des Territoires", "État", "national", "Paris", PARIS, "la Banque des Territoires", "evident: part of the Caisse des Dépôts, a public financial institution"),
  actor("chaire-ess-iep-grenoble", "Chaire ESS de l'IEP de Grenoble", "académique", "Isère", "Saint-Martin-d'Hères", [45.1911, 5.7686], "la Chaire ESS de l’IEP de Grenoble", "evident: a university chair"),
  actor("chaire-territoire-transition-gem", "Chaire Territoire en transition, Grenoble École de Management", "académique", "Isère", "Grenoble", GRENOBLE, "la Chaire Territoire en transition de Grenoble Ecole de Management", "evident: a business-school chair"),
  actor("start-up-de-territoire", "Start Up de Territoire", "association", "Drôme", "Romans-sur-Isère", [45.0433, 5.0511], "Start-Up de Territoire", "evident: a social-innovation movement (« démarche d’innovation sociale »)"),
  actor("french-impact", "French Impact", "association", "national", "Paris", PARIS, "l’association French Impact", "stated: « l’association French Impact »"),
  actor("fondation-de-france-centre-est", "Fondation de France Centre-Est", "fondation", "Auvergne-Rhône-Alpes", "Lyon", LYON, "la Fondation de France Centre-Est", "evident: a foundation"),
  actor("edf-une-riviere-un-territoire", "Agence EDF « Une Rivière, Un Territoire »", "entreprise", "Isère", "Grenoble (approximate)", GRENOBLE, "l’agence EDF « Une Rivière, Un Territoire »", "evident: an agency of the company EDF"),
  actor("le-rameau", "Le RAMEAU", "association", "national", "Paris", PARIS, "Le RAMEAU", "evident: an association (research laboratory on alliances)"),
  actor("mission-ministerielle-alliances", "Mission ministérielle sur l'accélération des alliances stratégiques", "État", "national", "Paris", PARIS, "La mission ministérielle sur l’accélération des alliances stratégiques", "evident: a government mission"),
  // The national network the Alsace working group founded.
  actor("reseau-pionniers-alliances", "Réseau des pionniers des alliances en Territoire", "association", "national", null, null, "le Réseau des pionniers des alliances en Territoire", "evident: a network of practitioners, not stated"),
  // Alsace.
  actor("alsace-active", "Alsace Active", "association", "Alsace", "Strasbourg", STRASBOURG, "Alsace Active", "evident: an association (France Active network)"),
  actor("labo-partenariats-alsace", "Labo des partenariats d'Alsace Active", "association", "Alsace", "Strasbourg", STRASBOURG, "le 1er Labo des partenariats régional", "evident: created by Alsace Active, an association"),
  actor("arf", "Association des Régions de France (ARF)", "collectivité", "national", "Paris", PARIS, "l’ARF", "evident: the association of regional councils, classed with the local governments it represents"),
  // La Poste.
  actor("groupe-la-poste", "Groupe La Poste", "entreprise", "national", "Paris", PARIS, "le Groupe La Poste", "stated: « L’entreprise s’est questionnée dès 2008 »"),
  // Bretagne.
  actor("cress-bretagne", "CRESS Bretagne", "association", "Bretagne", "Rennes", RENNES, "la CRESS Bretagne", "evident: the regional chamber of the social economy, an association"),
  actor("direccte-bretagne", "DIRECCTE (Bretagne)", "État", "Bretagne", "Rennes", RENNES, "la DIRECCTE", "evident: a State regional directorate; the region is the CRESS Bretagne’s"),
  actor("pole-ess-fougeres", "Pôle ESS local (Fougères)", "association", "Bretagne", "Fougères", [48.3525, -1.1986], "les pôles ESS locaux; « Fougères »", "implied: « structures de l’ESS »"),
  actor("pole-ess-vitre", "Pôle ESS local (Vitré)", "association", "Bretagne", "Vitré", [48.1236, -1.2089], "les pôles ESS locaux; « Vitré »", "implied: « structures de l’ESS »"),
  actor("pole-ess-morlaix", "Pôle ESS local (Morlaix)", "association", "Bretagne", "Morlaix", [48.5777, -3.828], "les pôles ESS locaux; « Morlaix »", "implied: « structures de l’ESS »"),
  actor("pole-ess-auray", "Pôle ESS local (Auray)", "association", "Bretagne", "Auray", [47.6679, -2.9822], "les pôles ESS locaux; « Auray »", "implied: « structures de l’ESS »"),
  // Massif Central: the initiators and the experiences the experiment crosses.
  actor("fondation-rte", "Fondation RTE", "fondation", "national", "Paris-La Défense", [48.8919, 2.2384], "la Fondation RTE", "evident: a corporate foundation"),
  actor("chaire-interactions-agroparistech", "Chaire Interactions d'AgroParisTech", "académique", "national", "Paris", PARIS, "la Chaire Interactions d’AgroParisTech", "evident: a chair of a higher-education school"),
  actor("petr-grand-clermont", "PETR du Grand Clermont", "collectivité", "Massif Central", "Clermont-Ferrand", CLERMONT, "le PETR du Grand Clermont", "implied: « acteurs publics »"),
  actor("maceo", "Agence de développement Macéo", "entreprise", "Massif Central", "Clermont-Ferrand", CLERMONT, "l’Agence de Développement Macéo", "implied: « acteurs économiques » (a development agency, not a company)"),
  actor("ronalpia-cocoshaker", "Ronalpia & CoCoShaker", "association", "Massif Central", "Clermont-Ferrand", CLERMONT, "Ronalpia & CoCoShaker", "implied: « de l’ESS »"),
  actor("agroparistech-clermont", "AgroParisTech, site de Clermont-Ferrand", "académique", "Massif Central", "Clermont-Ferrand", CLERMONT, "le site de Clermont Ferrand d’AgroParisTech", "implied: « acteurs académiques »"),
  // National milestones.
  actor("cese", "Conseil économique, social et environnemental (CESE)", "État", "national", "Paris", PARIS, "le CESE", "evident: a constitutional assembly of the State"),
  actor("presidence-republique", "Présidence de la République", "État", "national", "Paris", PARIS, "le Président de la République", "evident: the head of State"),
  actor("fonds-odd-17", "Fonds ODD 17", "fondation", "national", null, null, "le Fonds ODD 17", "evident: an endowment fund"),
];
