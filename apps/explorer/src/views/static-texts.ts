/**
 * The page's fixed texts (index.html) in the chosen language: every element
 * names its catalogue id (`data-i18n` for its text, `data-i18n-label` for its
 * aria-label, `data-i18n-placeholder`), and `<html lang>` follows.
 */
import type { MessageId, Translator } from "@catalyse/readings";
import { defaultCsvDialect } from "../controllers/export-controller.js";
import { MAP_SVG_DEFAULTS } from "../export/map-svg.js";
import { byId } from "./by-id.js";

const PNG_SCALES: readonly { scale: number; id: MessageId }[] = [
  { scale: 1, id: "explorer.export.png.screen" },
  { scale: 2, id: "explorer.export.png.print" },
  { scale: 4, id: "explorer.export.png.poster" },
];

export function renderStaticTexts(t: Translator): void {
  document.documentElement.lang = t.lang;
  const text = (id: string | undefined) => (id && t.has(id) ? t.t(id) : null);
  for (const element of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    const value = text(element.dataset.i18n);
    if (value !== null) element.textContent = value;
  }
  for (const element of document.querySelectorAll<HTMLElement>("[data-i18n-label]")) {
    const value = text(element.dataset.i18nLabel);
    if (value !== null) element.setAttribute("aria-label", value);
  }
  for (const element of document.querySelectorAll<HTMLInputElement>("[data-i18n-placeholder]")) {
    const value = text(element.dataset.i18nPlaceholder);
    if (value !== null) element.placeholder = value;
  }
  const scale = byId<HTMLSelectElement>("png-scale");
  for (const option of scale.options) {
    const entry = PNG_SCALES.find((s) => String(s.scale) === option.value);
    if (entry) option.textContent = t.t(entry.id, { width: MAP_SVG_DEFAULTS.width * entry.scale });
  }
  byId<HTMLSelectElement>("lang-picker").value = t.lang;
  // A new language offers its CSV dialect first (French Excel's in French); the user may pick the other.
  byId<HTMLSelectElement>("csv-dialect").value = defaultCsvDialect(t.lang);
}
