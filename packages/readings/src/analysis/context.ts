/**
 * What every analysis reading needs besides the figures: an actor's label and
 * its path in the document, by id (a Map: ids like "__proto__" are data).
 */
import type { AnalysisDocument } from "@catalyse/core";
import type { Figures } from "../reading.js";

export interface ReadingContext {
  document: AnalysisDocument;
  /** The actor's label (its id when the document does not hold it). */
  label(id: string): string;
  /** Cites the actor's label in `figures` under "actors[i].label" and returns the label. */
  cite(id: string, figures: Figures): string;
}

export function createContext(document: AnalysisDocument): ReadingContext {
  const position = new Map<string, number>();
  document.actors.forEach((actor, i) => {
    position.set(actor.id, i);
  });
  const label = (id: string) => {
    const i = position.get(id);
    return i === undefined ? id : (document.actors[i]?.label ?? id);
  };
  return {
    document,
    label,
    cite(id, figures) {
      const i = position.get(id);
      const text = label(id);
      figures[i === undefined ? `actor:${id}` : `actors[${i}].label`] = text;
      return text;
    },
  };
}
