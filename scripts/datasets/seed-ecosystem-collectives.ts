/**
 * The collectives of the founding article: multi-party alliances whose
 * members are co-present (a steering committee, a project, a training, an
 * experiment), each with verbatim evidence. Before collectives existed they
 * were flattened into pairwise links (GAIA's committee as a star around GAIA,
 * the Massif Central experiment as every pair of its participants), which
 * decided who « stands in the middle »; those links are now memberships.
 *
 * Roles: `convener` where the text says who gathers or pilots the collective
 * (« GAIA a rassemblé », « La CRESS Bretagne pilote », « il a animé »);
 * `co-initiator` for the three that « ont initié » the Massif Central
 * experiment together (no single convener); `member` otherwise, `implied-…`
 * where the text implies the membership without stating it.
 */
import {
  COMMITTEE,
  COMMITTEE_MEMBERS,
  COMMITTEE_PARTNERS,
  CRESS_PROJECT,
  CRESS_TERRITORIES,
  EVIDENCE_SEPARATOR,
  LOCAL_ESS_POLES,
  MASSIF_CROSSED,
  MASSIF_EXPERIENCES,
  MASSIF_INITIATED,
  MASSIF_INITIATORS,
  TRAINING,
  TRAINING_DATES,
  WORKING_GROUP,
} from "./seed-ecosystem-links.js";
import type { DatasetCollective, DatasetMembership } from "./territory-writer.js";

export const SEED_COLLECTIVE_COLUMNS = ["named_as", "evidence", "date_basis", "unnamed_members"] as const;
export const SEED_MEMBERSHIP_COLUMNS = ["evidence"] as const;

const ALLIANCE_DYNAMIQUE =
  "C’est à partir de ce retour d’expériences que La Poste a créé dès 2014 l’Alliance Dynamique avec 53 réseaux de l’ESS.";
const MISSION =
  "La mission ministérielle sur l’accélération des alliances stratégiques a souligné les enjeux majeurs d’apprendre à faire alliance, d’animer et de structurer ces coopérations locales.";
const DIRECCTE_SUPPORT = "Il est soutenu par la DIRECCTE.";

function collective(
  id: string,
  label: string,
  kind: string,
  start: string | null,
  end: string | null,
  dateBasis: "stated" | "relative" | null,
  namedAs: string,
  excerpts: readonly string[],
  unnamedMembers: number | null = null,
): DatasetCollective {
  return {
    id,
    label,
    kind,
    start,
    end,
    attributes: {
      named_as: namedAs,
      evidence: excerpts.join(EVIDENCE_SEPARATOR),
      date_basis: dateBasis,
      unnamed_members: unnamedMembers,
    },
  };
}

function member(
  collective: string,
  actor: string,
  role: string,
  excerpts: readonly string[],
): DatasetMembership {
  return {
    collective,
    actor,
    role,
    start: null,
    end: null,
    attributes: { evidence: excerpts.join(EVIDENCE_SEPARATOR) },
  };
}

export const SEED_COLLECTIVES: readonly DatasetCollective[] = [
  collective(
    "copil-gaia-2021",
    "Comité de pilotage des partenaires de GAIA (2021)",
    "steering-committee",
    "2021",
    null,
    "relative",
    "son Comité de pilotage des partenaires",
    [COMMITTEE, COMMITTEE_MEMBERS],
  ),
  collective(
    "groupe-travail-labo-alsace",
    "Groupe de travail Alsace Active – ARF (2012)",
    "working-group",
    "2012",
    null,
    "stated",
    "un groupe de travail",
    [WORKING_GROUP],
  ),
  collective(
    "alliance-dynamique",
    "Alliance Dynamique (Groupe La Poste et 53 réseaux de l'ESS)",
    "alliance",
    "2014",
    null,
    "stated",
    "l’Alliance Dynamique",
    [ALLIANCE_DYNAMIQUE],
    53,
  ),
  collective(
    "cooperations-cress-bretagne",
    "Démarche de coopérations ESS – entreprises de la CRESS Bretagne",
    "project",
    null,
    null,
    null,
    "une démarche de développement des coopérations dans les territoires",
    [CRESS_PROJECT, CRESS_TERRITORIES],
  ),
  collective(
    "formation-poles-ess-bretagne",
    "Formation des responsables des pôles ESS locaux (3 sessions)",
    "training",
    "2020-11-24",
    "2021-01-14",
    "stated",
    "une formation des responsables des pôles ESS locaux",
    [TRAINING, TRAINING_DATES],
  ),
  collective(
    "experimentation-massif-central",
    "Expérimentation « L'ODD 17 en pratique » dans le Massif Central",
    "experiment",
    "2020-03",
    null,
    "stated",
    "une expérimentation innovante dans le Massif Central",
    [MASSIF_INITIATED, MASSIF_CROSSED],
  ),
];

export const SEED_MEMBERSHIPS: readonly DatasetMembership[] = [
  member("copil-gaia-2021", "gaia", "convener", [COMMITTEE]),
  ...[...COMMITTEE_PARTNERS, "le-rameau"].map((partner) =>
    member("copil-gaia-2021", partner, "member", [COMMITTEE_MEMBERS]),
  ),
  member("copil-gaia-2021", "mission-ministerielle-alliances", "implied-member", [COMMITTEE, MISSION]),
  member("groupe-travail-labo-alsace", "alsace-active", "convener", [WORKING_GROUP]),
  member("groupe-travail-labo-alsace", "arf", "member", [WORKING_GROUP]),
  member("alliance-dynamique", "groupe-la-poste", "convener", [ALLIANCE_DYNAMIQUE]),
  member("cooperations-cress-bretagne", "cress-bretagne", "convener", [CRESS_PROJECT]),
  ...LOCAL_ESS_POLES.map((pole) =>
    member("cooperations-cress-bretagne", pole, "implied-member", [CRESS_PROJECT, CRESS_TERRITORIES]),
  ),
  member("cooperations-cress-bretagne", "direccte-bretagne", "supporter", [DIRECCTE_SUPPORT]),
  member("cooperations-cress-bretagne", "le-rameau", "methodological-support", [TRAINING]),
  member("formation-poles-ess-bretagne", "le-rameau", "convener", [TRAINING_DATES]),
  ...LOCAL_ESS_POLES.map((pole) => member("formation-poles-ess-bretagne", pole, "member", [TRAINING])),
  ...MASSIF_INITIATORS.map((initiator) =>
    member("experimentation-massif-central", initiator, "co-initiator", [MASSIF_INITIATED]),
  ),
  ...MASSIF_EXPERIENCES.map((experience) =>
    member("experimentation-massif-central", experience, "implied-member", [MASSIF_CROSSED]),
  ),
];
