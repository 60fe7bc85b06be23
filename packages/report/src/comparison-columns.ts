/** Labels of comparison columns and governance forms, from the one `figure.*` table. */
import { columnLabel as columnLabelId, type MessageId, type Translator } from "@catalyse/readings";

/** A comparison column's label (core's `COMPARISON_COLUMNS` key) in the translator's language. */
export function columnLabel(key: string, t: Translator): string {
  return t.t(columnLabelId(key));
}

/** A governance form ("lead organisation" or "lead-organisation") by its `figure.governance.*` label. */
export function governanceLabel(form: string | null, t: Translator): string | null {
  if (form === null) return null;
  const id = `figure.governance.${form.replaceAll(" ", "-")}`;
  return t.has(id) ? t.t(id as MessageId) : form;
}
