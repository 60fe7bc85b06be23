/** The null models in one reading: which figures lie beyond chance (|z| above the bound). */
import type { MessageId } from "../catalogues/index.js";
import { decimal, type Figures, readingMessage as message, nested, type ReadingMessage } from "../reading.js";
import { isMessageId } from "../translator.js";
import type { ReadingContext } from "./context.js";
import type { AnalysisReadingsOptions } from "./options.js";

/** The label id of a figure the null models test ("centralization.degree" → "figure.graph.centralization.degree"). */
export function nullFigureLabel(figure: string): MessageId | null {
  const id = `figure.graph.${figure}`;
  return isMessageId(id) ? id : null;
}

export function nullReadings(
  { document }: ReadingContext,
  options: Required<AnalysisReadingsOptions>,
): ReadingMessage[] {
  const nulls = document.graph.nullModels;
  if (nulls === null || nulls.figures.length === 0) return [];
  const figures: Figures = { "graph.nullModels.replicates": nulls.replicates };
  const above = nulls.figures
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.z !== null && Math.abs(f.z) > options.zBeyond)
    .map(({ f, i }) => {
      figures[`graph.nullModels.figures[${i}].z`] = f.z;
      const label = nullFigureLabel(f.figure);
      return nested("reading.null-models.item", {
        figure: label === null ? f.figure : nested(label),
        z: decimal(f.z, 1),
      });
    });
  return [
    message("reading.null-models", figures, {
      replicates: nulls.replicates,
      beyond: above.length === 0 ? "none" : "some",
      above: { list: above },
    }),
  ];
}
