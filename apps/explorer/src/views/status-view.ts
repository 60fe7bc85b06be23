/**
 * Status lines: the analysis progress, ForceAtlas2's button and progress,
 * the outcome of the last import (a success in a calm box, errors in the
 * alert box), the filter summary with the link notice, and the toast.
 */
import { h, replace } from "../dom.js";
import type { AppState, ImportReport } from "../state/app-state.js";
import { isFiltering } from "../state/filters.js";
import { byId } from "./by-id.js";
import { formatCount } from "./format.js";
import { SOFTWARE_LINK_BUDGET } from "./link-budget.js";
import type { VisualResult } from "./visual-graph.js";

const TOAST_MS = 3500;
const MAX_PROBLEMS = 30;

export interface StatusActions {
  dismissReport: () => void;
  drawAllLinks: (all: boolean) => void;
}

export function renderAnalysisStatus(state: AppState): void {
  const a = state.analysis;
  const progress = byId<HTMLProgressElement>("analysis-progress");
  const text =
    a.status === "running"
      ? `Computing metrics in the background (${Math.round((100 * a.done) / Math.max(1, a.total))}%): ${a.step}`
      : a.status === "done"
        ? `Metrics ready (${((a.elapsedMs ?? 0) / 1000).toFixed(1)} s, in a worker).`
        : a.status === "error"
          ? `The analysis failed: ${a.error}`
          : state.dataset
            ? ""
            : "Loading…";
  replace(byId("analysis-status"), text);
  progress.hidden = a.status !== "running";
  if (a.status === "running") progress.value = a.total > 0 ? a.done / a.total : 0;
}

export function renderLayoutStatus(state: AppState): void {
  replace(byId("fa2-toggle"), state.layoutRun.running ? "Stop layout" : "Run ForceAtlas2");
  byId<HTMLProgressElement>("fa2-progress").value = state.layoutRun.progress;
  byId("layout-force").setAttribute("aria-pressed", String(state.layout === "force"));
  byId("layout-geo").setAttribute("aria-pressed", String(state.layout === "geo"));
}

/** Errors go to the alert box; a success (with its warnings) to the calm one. */
export function renderImportReport(report: ImportReport | null, actions: StatusActions): void {
  const errorBox = byId("import-problems");
  const okBox = byId("import-success");
  const box = report?.ok === false ? errorBox : okBox;
  const other = box === errorBox ? okBox : errorBox;
  other.hidden = true;
  replace(other);
  if (!report) {
    box.hidden = true;
    replace(box);
    return;
  }
  const { problems } = report;
  box.hidden = false;
  replace(
    box,
    h("h2", {}, report.ok ? "Imported" : "The file could not be imported"),
    report.message ? h("p", {}, report.message) : null,
    problems.length > 0
      ? h(
          "ul",
          {},
          problems
            .slice(0, MAX_PROBLEMS)
            .map((p) =>
              h(
                "li",
                { class: p.severity },
                h("strong", {}, [p.file, p.line, p.column].filter((part) => part !== undefined).join(":")),
                p.field ? ` (column “${p.field}”)` : "",
                `: ${p.found}; expected ${p.expected}`,
              ),
            ),
        )
      : null,
    problems.length > MAX_PROBLEMS ? h("p", {}, `… and ${problems.length - MAX_PROBLEMS} more`) : null,
    h("button", { type: "button", class: "link small", onClick: actions.dismissReport }, "dismiss"),
  );
}

export function renderFilterSummary(
  state: AppState,
  visual: VisualResult | null,
  shown: { actors: number; links: number },
  softwareWebGL: boolean,
  actions: StatusActions,
): void {
  const dataset = state.dataset;
  if (!dataset) return;
  const n = formatCount;
  const summary = isFiltering(state.filters)
    ? `Showing ${n(shown.actors)} of ${n(dataset.actors.length)} actors and ${n(shown.links)} of ${n(dataset.links.length)} links.`
    : `${n(dataset.actors.length)} actors, ${n(dataset.links.length)} links.`;
  const links = visual?.links ?? { drawn: 0, total: 0 };
  const notice = (text: string, button: string, all: boolean) =>
    h(
      "span",
      { class: "link-notice", "data-drawn": String(links.drawn) },
      text,
      h("button", { type: "button", class: "link small", onClick: () => actions.drawAllLinks(all) }, button),
    );
  replace(
    byId("filter-summary"),
    summary,
    links.drawn < links.total
      ? notice(
          ` Drawing the ${n(links.drawn)} strongest of ${n(links.total)} links: this browser draws with software WebGL (no GPU), where every link slows each frame. The metrics count all links. `,
          "draw all links",
          true,
        )
      : state.drawAllLinks && softwareWebGL && links.total > SOFTWARE_LINK_BUDGET
        ? notice(
            " All links drawn (software WebGL: each frame is slow). ",
            `draw the ${n(SOFTWARE_LINK_BUDGET)} strongest`,
            false,
          )
        : "",
  );
}

/** Shows the notice for a few seconds; a newer notice restarts the clock. */
export function createToast(): (notice: AppState["notice"]) => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return (notice) => {
    const element = byId("toast");
    if (!notice) return;
    replace(element, notice.text);
    element.classList.add("shown");
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => element.classList.remove("shown"), TOAST_MS);
  };
}
