/**
 * The report's collectives section: what collectives are, the readings on
 * them (who convenes, who bridges, whether brokerage rests on the
 * collectives), and one row per collective. Every text comes from
 * @catalyse/readings (catalogue "collectives"), in the report's language.
 */
import type { AnalysisDocument } from "@catalyse/core";
import { analysisReadings, createTranslator, type Lang } from "@catalyse/readings";
import type { ReportSection } from "../report-model.js";

/** The section, or null for a territory without collectives. */
export function collectivesSection(document: AnalysisDocument, lang: Lang = "en"): ReportSection | null {
  const collectives = document.collectives ?? [];
  if (collectives.length === 0) return null;
  const t = createTranslator(lang);
  const readings = analysisReadings(document, { lang })
    .filter((reading) => reading.id.startsWith("collectives."))
    .map((reading) => reading.text);
  return {
    id: "collectives",
    title: t.t("collectives.report.title"),
    blocks: [
      { kind: "paragraph", text: t.t("collectives.report.intro") },
      { kind: "list", items: readings },
      {
        kind: "table",
        caption: t.t("collectives.report.caption"),
        header: [
          t.t("collectives.column.collective"),
          t.t("collectives.column.kind"),
          t.t("collectives.column.size"),
          t.t("collectives.column.worlds"),
          t.t("collectives.column.twoModeDegree"),
          t.t("collectives.column.twoModeBetweenness"),
        ],
        rows: collectives.map((collective) => [
          collective.label,
          collective.kind,
          t.integer(collective.size),
          t.list(
            collective.worlds.map(({ world, members }) =>
              t.t("collectives.world-count", { world, count: t.integer(members) }),
            ),
          ),
          t.number(collective.twoMode.degree),
          t.number(collective.twoMode.betweenness),
        ]),
      },
    ],
  };
}
