/** How the explorer prints a figure: through the readings' translator, so numbers follow the language. */
import type { Translator } from "@catalyse/readings";

/** At most `digits` decimals ("0,43" in French); "–" for a missing figure. */
export function formatNumber(value: number | null, digits: number, t: Translator): string {
  return t.number(value, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
