/**
 * A reading of the territory's governance form (Provan & Kenis 2008, "Modes of
 * network governance: structure, management, and effectiveness", J. Public
 * Adm. Res. Theory 18:229–252) from the polycentricity figures:
 * - `shared`: participant-governed; no actor in the middle (low betweenness and
 *   degree centralization);
 * - `lead-organisation`: brokered by one member that is also the territory's
 *   hub: it brokers about as much as its many ties give it (broker ratio below
 *   the administrative threshold);
 * - `administrative-organisation`: brokered by a dedicated catalyst: the top
 *   broker is named as a facilitator (world, label or the data's role), or it brokers far more
 *   than its ties suggest (high betweenness with a low degree share);
 * - `undetermined`: too small, or the figures fall between the thresholds or
 *   disagree.
 * Thresholds live in `thresholds.ts`. Every reading lists its evidence, each
 * figure beside the threshold it was compared with. Measure, don't prescribe:
 * the reading describes a form, it never ranks the forms.
 */
import { GOVERNANCE_THRESHOLDS, type GovernanceThresholds } from "./thresholds.js";

/** Provan & Kenis (2008) network governance forms, or undetermined. */
export type GovernanceForm = "shared" | "lead-organisation" | "administrative-organisation" | "undetermined";

/** An actor named by the governance reading, with its degree and betweenness. */
export interface GovernanceActor {
  id: string;
  label: string;
  world: string;
  degree: number;
  /** Normalised betweenness. */
  betweenness: number;
  /** The role the data gives it (a `role` column), if any. */
  role?: string | null;
}

/** The figures the governance reading reads (from an analysis document). */
export interface GovernanceInput {
  actors: number;
  links: number;
  degreeCentralization: number | null;
  betweennessCentralization: number | null;
  topBrokerShare: number | null;
  effectiveBrokers: number | null;
  /** The actor with the highest betweenness; null without actors. */
  topBroker: GovernanceActor | null;
  /**
   * Every actor's role as the data gives it (a `role` column), when it has one.
   * Roles naming a facilitator on an actor other than the top broker are cited
   * as evidence ("facilitatorByRole"): the data names a catalyst that is not
   * the one in the middle. Default: none.
   */
  roles?: readonly { id: string; role: string }[];
}

/** One figure behind the governance reading, compared with its threshold. */
export interface GovernanceEvidence {
  figure: string;
  value: number | string | null;
  /** What the value was compared with, in words ("≤ 0.15"). */
  threshold: string | null;
  /** The form this figure points to, or null when it points to none. */
  suggests: GovernanceForm | null;
}

/** The governance form a territory's structure suggests, with the evidence and actors behind it. */
export interface GovernanceReading {
  form: GovernanceForm;
  /** One plain sentence describing the form, without judging it. */
  summary: string;
  /** The actor in the middle for brokered forms (id), else null. */
  centre: string | null;
  evidence: GovernanceEvidence[];
}

const SUMMARIES: Record<GovernanceForm, string> = {
  shared: "Shared governance: alliances spread over many actors, no single actor stands in the middle.",
  "lead-organisation":
    "Lead organisation: one member, also the territory's hub, stands in the middle of most alliances.",
  "administrative-organisation":
    "Administrative organisation: a dedicated catalyst stands in the middle, brokering between actors more than its own ties would suggest.",
  undetermined: "Undetermined: the figures do not point clearly to one governance form.",
};

/** Reads the governance form (shared, lead organisation, administrative organisation) from a territory's figures. */
export function readGovernance(
  input: GovernanceInput,
  thresholds: Readonly<GovernanceThresholds> = GOVERNANCE_THRESHOLDS,
): GovernanceReading {
  const t = thresholds;
  const evidence: GovernanceEvidence[] = [];
  const reading = (form: GovernanceForm, centre: string | null = null): GovernanceReading => ({
    form,
    summary: SUMMARIES[form],
    centre,
    evidence,
  });
  evidence.push({ figure: "actors", value: input.actors, threshold: `≥ ${t.minActors}`, suggests: null });
  if (input.actors < t.minActors || input.links === 0) return reading("undetermined");

  const cb = input.betweennessCentralization;
  const cd = input.degreeCentralization;
  const share = input.topBrokerShare;
  const lowCb = cb !== null && cb <= t.sharedMaxBetweennessCentralization;
  const lowCd = cd !== null && cd <= t.sharedMaxDegreeCentralization;
  const highCb = cb !== null && cb >= t.brokeredMinBetweennessCentralization;
  const highShare = share !== null && share >= t.brokeredMinTopBrokerShare;
  evidence.push({
    figure: "centralization.betweenness",
    value: cb,
    threshold: `shared ≤ ${t.sharedMaxBetweennessCentralization}, brokered ≥ ${t.brokeredMinBetweennessCentralization}`,
    suggests: lowCb ? "shared" : highCb ? "lead-organisation" : null,
  });
  evidence.push({
    figure: "centralization.degree",
    value: cd,
    threshold: `shared ≤ ${t.sharedMaxDegreeCentralization}`,
    suggests: lowCd ? "shared" : null,
  });
  evidence.push({
    figure: "topBrokerShare",
    value: share,
    threshold: `brokered ≥ ${t.brokeredMinTopBrokerShare}`,
    suggests: highShare ? "lead-organisation" : null,
  });
  evidence.push({
    figure: "effectiveBrokers",
    value: input.effectiveBrokers,
    threshold: null,
    suggests: null,
  });

  const brokered = highCb || highShare;
  if (lowCb && lowCd && !brokered) return reading("shared");
  const top = input.topBroker;
  if (!brokered || top === null) return reading("undetermined");

  const degreeShare = top.degree / (input.actors - 1);
  const ratio = degreeShare > 0 ? top.betweenness / degreeShare : null;
  const role = top.role ?? null;
  const marked =
    t.facilitatorPattern.test(top.world) ||
    t.facilitatorPattern.test(top.label) ||
    (role !== null && t.facilitatorPattern.test(role));
  const catalyst = marked || (ratio !== null && ratio >= t.administrativeMinBrokerRatio);
  evidence.push({ figure: "topBroker", value: top.id, threshold: null, suggests: null });
  evidence.push({
    figure: "topBroker.brokerRatio",
    value: ratio,
    threshold: `administrative ≥ ${t.administrativeMinBrokerRatio}`,
    suggests:
      ratio === null
        ? null
        : ratio >= t.administrativeMinBrokerRatio
          ? "administrative-organisation"
          : "lead-organisation",
  });
  evidence.push({
    figure: "topBroker.namedFacilitator",
    value: marked ? "yes" : "no",
    threshold: "world, label or role names a facilitator",
    suggests: marked ? "administrative-organisation" : null,
  });
  if (role !== null)
    evidence.push({ figure: "topBroker.role", value: role, threshold: null, suggests: null });
  // A catalyst the data names but that is not in the middle: said, without changing the form.
  for (const other of input.roles ?? [])
    if (other.id !== top.id && t.facilitatorPattern.test(other.role)) {
      evidence.push({ figure: "facilitatorByRole", value: other.id, threshold: null, suggests: null });
      evidence.push({ figure: "facilitatorByRole.role", value: other.role, threshold: null, suggests: null });
    }
  // Shared signs next to brokered ones: the figures disagree.
  if (lowCb && lowCd) return reading("undetermined");
  return reading(catalyst ? "administrative-organisation" : "lead-organisation", top.id);
}
