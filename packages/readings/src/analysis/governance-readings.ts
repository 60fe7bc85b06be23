/**
 * The governance reading (Provan & Kenis 2008) and its evidence, in words:
 * figures by name beside the thresholds they were compared with, actors by
 * label, and the data's role when it names the top broker a facilitator.
 * Thresholds printed are core's `GOVERNANCE_THRESHOLDS` (the ones `analyze`
 * uses unless a study overrides them).
 */
import { GOVERNANCE_THRESHOLDS, type GovernanceEvidence, type GovernanceThresholds } from "@catalyse/core";
import {
  decimal,
  type Figures,
  readingMessage as message,
  percent,
  type ReadingMessage,
} from "../reading.js";
import type { ReadingContext } from "./context.js";

function evidenceOf(evidence: readonly GovernanceEvidence[], figure: string): GovernanceEvidence | undefined {
  return evidence.find((e) => e.figure === figure);
}

const num = (value: GovernanceEvidence["value"] | undefined): number | null =>
  typeof value === "number" ? value : null;

export function governanceReadings(
  context: ReadingContext,
  thresholds: Readonly<GovernanceThresholds> = GOVERNANCE_THRESHOLDS,
): ReadingMessage[] {
  const reading = context.document.graph.governance;
  if (reading === null) return [];
  const t = thresholds;
  const evidence = reading.evidence;
  const actors = num(evidenceOf(evidence, "actors")?.value);
  if (reading.form === "undetermined" && (actors ?? 0) < t.minActors)
    return [
      message(
        "reading.governance.too-small",
        { "graph.governance.thresholds.minActors": t.minActors },
        { min: t.minActors },
      ),
    ];

  const readings: ReadingMessage[] = [];
  const headFigures: Figures = { "graph.governance.form": reading.form };
  const centre = reading.centre === null ? "" : context.cite(reading.centre, headFigures);
  // ICU select keys are identifiers: "lead-organisation" → "lead".
  const form =
    reading.form === "lead-organisation"
      ? "lead"
      : reading.form === "administrative-organisation"
        ? "administrative"
        : reading.form;
  readings.push(message("reading.governance", headFigures, { form, actor: centre }));

  const cb = evidenceOf(evidence, "centralization.betweenness");
  const cd = evidenceOf(evidence, "centralization.degree");
  if (cb !== undefined && cd !== undefined && (num(cb.value) !== null || num(cd.value) !== null))
    readings.push(
      message(
        "reading.governance.centralization",
        {
          "graph.centralization.betweenness": num(cb.value),
          "graph.centralization.degree": num(cd.value),
          "graph.governance.thresholds.sharedMaxBetweennessCentralization":
            t.sharedMaxBetweennessCentralization,
          "graph.governance.thresholds.brokeredMinBetweennessCentralization":
            t.brokeredMinBetweennessCentralization,
          "graph.governance.thresholds.sharedMaxDegreeCentralization": t.sharedMaxDegreeCentralization,
        },
        {
          betweenness: decimal(num(cb.value)),
          sharedMax: decimal(t.sharedMaxBetweennessCentralization),
          brokeredMin: decimal(t.brokeredMinBetweennessCentralization),
          degree: decimal(num(cd.value)),
          sharedDegreeMax: decimal(t.sharedMaxDegreeCentralization),
        },
      ),
    );
  const share = num(evidenceOf(evidence, "topBrokerShare")?.value);
  if (share !== null)
    readings.push(
      message(
        "reading.governance.share",
        {
          "graph.topBrokerShare": share,
          "graph.governance.thresholds.brokeredMinTopBrokerShare": t.brokeredMinTopBrokerShare,
        },
        { share: percent(share), min: percent(t.brokeredMinTopBrokerShare) },
      ),
    );

  const top = evidenceOf(evidence, "topBroker")?.value;
  if (typeof top === "string") {
    const ratio = num(evidenceOf(evidence, "topBroker.brokerRatio")?.value);
    if (ratio !== null) {
      const figures: Figures = {
        "graph.governance.topBroker.brokerRatio": ratio,
        "graph.governance.thresholds.administrativeMinBrokerRatio": t.administrativeMinBrokerRatio,
      };
      readings.push(
        message("reading.governance.ratio", figures, {
          actor: context.cite(top, figures),
          ratio: decimal(ratio, 1),
          above: ratio >= t.administrativeMinBrokerRatio ? "yes" : "no",
          min: decimal(t.administrativeMinBrokerRatio, 1),
        }),
      );
    }
    const named = evidenceOf(evidence, "topBroker.namedFacilitator")?.value === "yes";
    const role = evidenceOf(evidence, "topBroker.role")?.value;
    const byRole = named && typeof role === "string" && t.facilitatorPattern.test(role);
    const figures: Figures = { "graph.governance.topBroker.namedFacilitator": named ? "yes" : "no" };
    if (typeof role === "string") figures["graph.governance.topBroker.role"] = role;
    readings.push(
      message("reading.governance.named", figures, {
        named: byRole ? "role" : named ? "yes" : "no",
        actor: context.cite(top, figures),
        role: typeof role === "string" ? role : "",
      }),
    );
    // Catalysts the data names that are not in the middle (pairs: id, then role).
    evidence.forEach((e, i) => {
      const next = evidence[i + 1];
      if (e.figure !== "facilitatorByRole" || typeof e.value !== "string" || typeof next?.value !== "string")
        return;
      const other: Figures = { "graph.governance.facilitatorByRole.role": next.value };
      readings.push(
        message("reading.governance.other-facilitator", other, {
          actor: context.cite(e.value, other),
          role: next.value,
          top: context.cite(top, other),
        }),
      );
    });
  }
  return readings;
}
