/**
 * A dataset's name in the page's language. Bundled territories carry the name
 * their territory.json gives (a proper name, shown as written); the generated
 * ones and the "(imported)" mark are catalogue messages, so "Synthetic 5,000
 * actors (stress test)" reads "Territoire synthétique, 5 000 acteurs (test de
 * charge)" in French.
 */
import type { Translator } from "@catalyse/readings";
import type { Message } from "./app-state.js";

export interface Named {
  /** The name as written (English for the generated datasets). */
  name: string;
  /** The name as a catalogue message, when it has one. */
  label?: Message;
}

export function datasetName(named: Named, t: Translator): string {
  return named.label ? t.t(named.label.id, named.label.params) : named.name;
}
