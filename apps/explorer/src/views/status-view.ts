/**
 * Status lines: the analysis progress, ForceAtlas2's button and progress,
 * the outcome of the last import (a success in a calm box, errors in the
 * alert box), the filter summary with the link notice, and the toast.
 */
import { inputProblemText, type Translator, territoryIssueText } from "@catalyse/readings";
import { h, replace } from "../dom.js";
import type { AppState, ImportReport } from "../state/app-state.js";
import { isFiltering } from "../state/filters.js";
import { byId } from "./by-id.js";
import { SOFTWARE_LINK_BUDGET } from "./link-budget.js";
import type { VisualResult } from "./visual-graph.js";

const TOAST_MS = 3500;
const MAX_PROBLEMS = 30;

export interface StatusActions {
  dismissReport: () => void;
  drawAllLinks: (all: boolean) => void;
}

export function renderAnalysisStatus(state: AppState, t: Translator): void {
  const a = state.analysis;
  const progress = byId<HTMLProgressElement>("analysis-progress");
  const text =
    a.status === "running"
      ? t.t("explorer.analysis.running", { percent: t.percent(a.done / Math.max(1, a.total)) })
      : a.status === "done"
        ? t.t("explorer.analysis.done", {
            seconds: t.number((a.elapsedMs ?? 0) / 1000, {
              maximumFractionDigits: 1,
              minimumFractionDigits: 1,
            }),
          })
        : a.status === "error"
          ? t.t("explorer.analysis.failed", { error: a.error ?? "" })
          : state.dataset
            ? ""
            : t.t("explorer.loading");
  replace(byId("analysis-status"), text);
  progress.hidden = a.status !== "running";
  if (a.status === "running") progress.value = a.total > 0 ? a.done / a.total : 0;
}

export function renderLayoutStatus(state: AppState, t: Translator): void {
  replace(byId("fa2-toggle"), t.t(state.layoutRun.running ? "explorer.layout.stop" : "explorer.layout.run"));
  byId<HTMLProgressElement>("fa2-progress").value = state.layoutRun.progress;
  byId("layout-force").setAttribute("aria-pressed", String(state.layout === "force"));
  byId("layout-geo").setAttribute("aria-pressed", String(state.layout === "geo"));
}

/** Errors go to the alert box; a success (with its warnings) to the calm one. */
export function renderImportReport(report: ImportReport | null, actions: StatusActions, t: Translator): void {
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
  // In the page's language: io's problems from their code, core's issues from theirs.
  const line = (p: ImportReport["problems"][number]) =>
    t.t(p.field ? "explorer.import.problem.field" : "explorer.import.problem", {
      where: [p.file, p.line, p.column].filter((part) => part !== undefined).join(":"),
      field: p.field ?? "",
      ...(p.issue
        ? { found: territoryIssueText(p.issue, t), expected: t.t("explorer.import.valid-territory") }
        : inputProblemText(p, t)),
    });
  box.hidden = false;
  replace(
    box,
    h("h2", {}, t.t(report.ok ? "explorer.import.ok" : "explorer.import.failed")),
    report.message ? h("p", {}, t.t(report.message.id, report.message.params)) : null,
    problems.length > 0
      ? h(
          "ul",
          {},
          problems.slice(0, MAX_PROBLEMS).map((p) => h("li", { class: p.severity }, line(p))),
        )
      : null,
    problems.length > MAX_PROBLEMS
      ? h("p", {}, t.t("explorer.import.more", { count: problems.length - MAX_PROBLEMS }))
      : null,
    h(
      "button",
      { type: "button", class: "link small", onClick: actions.dismissReport },
      t.t("explorer.import.dismiss"),
    ),
  );
}

export function renderFilterSummary(
  state: AppState,
  visual: VisualResult | null,
  shown: { actors: number; links: number },
  softwareWebGL: boolean,
  actions: StatusActions,
  t: Translator,
): void {
  const dataset = state.dataset;
  if (!dataset) return;
  const actors = dataset.actors.length;
  const links = dataset.links.length;
  const summary = isFiltering(state.filters)
    ? t.t("explorer.summary.filtered", { shownActors: shown.actors, actors, shownLinks: shown.links, links })
    : t.t("explorer.summary.all", { actors, links });
  const drawn = visual?.links ?? { drawn: 0, total: 0 };
  const notice = (text: string, button: string, all: boolean) =>
    h(
      "span",
      { class: "link-notice", "data-drawn": String(drawn.drawn) },
      ` ${text} `,
      h("button", { type: "button", class: "link small", onClick: () => actions.drawAllLinks(all) }, button),
    );
  replace(
    byId("filter-summary"),
    summary,
    drawn.drawn < drawn.total
      ? notice(
          t.t("explorer.links.budget", { drawn: drawn.drawn, total: drawn.total }),
          t.t("explorer.links.draw-all"),
          true,
        )
      : state.drawAllLinks && softwareWebGL && drawn.total > SOFTWARE_LINK_BUDGET
        ? notice(
            t.t("explorer.links.all-drawn"),
            t.t("explorer.links.draw-strongest", { budget: SOFTWARE_LINK_BUDGET }),
            false,
          )
        : "",
  );
}

/** Shows the notice for a few seconds; a newer notice restarts the clock. */
export function createToast(): (notice: AppState["notice"], t: Translator) => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return (notice, t) => {
    const element = byId("toast");
    if (!notice) return;
    replace(element, t.t(notice.message.id, notice.message.params));
    element.classList.add("shown");
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => element.classList.remove("shown"), TOAST_MS);
  };
}
