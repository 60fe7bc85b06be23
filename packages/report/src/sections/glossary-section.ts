/** The glossary: every term of the report in one plain line, from @catalyse/readings' glossary. */
import { glossary, type Translator } from "@catalyse/readings";
import type { ReportSection } from "../report-model.js";

export function glossarySection(t: Translator): ReportSection {
  return {
    id: "glossary",
    title: t.t("report.glossary.title"),
    blocks: [
      {
        kind: "list",
        items: glossary(t.lang).map((entry) =>
          t.t("report.glossary.entry", { name: entry.name, line: entry.line }),
        ),
      },
    ],
  };
}
