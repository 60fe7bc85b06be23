/**
 * The QAP card: "Do shared worlds explain who allies with whom?". The user
 * ticks the predictors the view supports and runs core's `qapTerritory` in a
 * worker (seeded; an indeterminate progress bar while it runs); the card then
 * shows the coefficients with their permutation p-values, R² and the QAP
 * readings. Views beyond the explorer's cap get the reason instead.
 */
import { INTERCEPT } from "@catalyse/core";
import type { Reading, Translator } from "@catalyse/readings";
import { QAP_EXPLORER_DEFAULTS, type QapView, qapFits } from "../analysis/qap-view.js";
import { h } from "../dom.js";
import type { QapState } from "../state/app-state.js";
import { card, cardTable } from "./card.js";
import { formatNumber } from "./format.js";

export interface QapCardInput {
  qap: QapState;
  /** Whether `qap` describes the dataset and filters shown (see `analysisKey`). */
  current: boolean;
  /** Predictors the view supports, same-world first. */
  supported: readonly string[];
  actors: number;
  readings: (view: QapView) => readonly Reading[];
  onToggle: (predictor: string) => void;
  onRun: () => void;
  t: Translator;
}

export function qapCard(input: QapCardInput): HTMLElement {
  const { qap, current, supported, actors, t } = input;
  const title = t.t("explorer.middle.qap");
  const intro = h("p", { class: "muted" }, t.t("explorer.qap.intro"));
  if (!qapFits(actors))
    return card(
      title,
      [],
      h(
        "div",
        {},
        intro,
        h("p", {}, t.t("explorer.qap.too-large", { max: QAP_EXPLORER_DEFAULTS.maxActors, actors })),
      ),
      "qap-card",
    );
  const running = current && qap.status === "running";
  const form = h(
    "fieldset",
    { class: "qap-predictors" },
    h("legend", {}, t.t("explorer.qap.predictors")),
    supported.map((name, i) =>
      h(
        "label",
        { class: "check" },
        h("input", {
          type: "checkbox",
          id: `qap-predictor-${i}`,
          "data-predictor": name,
          checked: qap.predictors.includes(name),
          onChange: () => input.onToggle(name),
        }),
        predictorLabel(name, t),
      ),
    ),
  );
  const run = h(
    "button",
    {
      type: "button",
      id: "qap-run",
      // aria-disabled, not disabled: the button keeps the focus while the regression runs.
      "aria-disabled": running ? "true" : null,
      onClick: () => {
        if (!running) input.onRun();
      },
    },
    t.t("explorer.qap.run"),
  );
  const status = running
    ? h(
        "div",
        { class: "qap-status", role: "status" },
        h("progress", {
          "aria-label": t.t("explorer.qap.running", { permutations: QAP_EXPLORER_DEFAULTS.permutations }),
        }),
        h("p", {}, t.t("explorer.qap.running", { permutations: QAP_EXPLORER_DEFAULTS.permutations })),
      )
    : current && qap.status === "error"
      ? h("p", { class: "qap-error", role: "alert" }, t.t("explorer.qap.failed", { error: qap.error ?? "" }))
      : null;
  const view = current && qap.status === "done" ? qap.result : null;
  return card(
    title,
    view ? input.readings(view) : [],
    h("div", {}, intro, form, run, status, view ? qapResult(view, t) : null),
    "qap-card",
  );
}

function qapResult(view: QapView, t: Translator): HTMLElement {
  const { result } = view;
  const names = [INTERCEPT, ...view.predictors];
  return cardTable(
    t.t("explorer.middle.qap"),
    "qap-table",
    [t.t("figure.qap.predictor"), t.t("figure.qap.coefficients"), t.t("figure.qap.pValues")],
    names.map((name) => [
      predictorLabel(name, t),
      h("span", { "data-coefficient": name }, formatNumber(result.coefficients.get(name) ?? null, 4, t)),
      name === INTERCEPT ? "" : pValue(result.pValues.get(name) ?? null, result.permutations, t),
    ]),
  );
}

/** p = 0 means no permutation reached the observed |t|: the p-value is below one in N. */
function pValue(p: number | null, permutations: number, t: Translator): string {
  if (p === null) return "—";
  if (p === 0) return t.t("explorer.qap.p-below", { bound: formatNumber(1 / permutations, 4, t) });
  return formatNumber(p, 3, t);
}

/** A predictor's name for people: same-world, distance, co-membership, same-<attribute>, <attribute>. */
export function predictorLabel(name: string, t: Translator): string {
  if (name === INTERCEPT) return t.t("explorer.qap.predictor.intercept");
  if (name === "same-world") return t.t("explorer.qap.predictor.same-world");
  if (name === "distance") return t.t("explorer.qap.predictor.distance");
  if (name === "co-membership") return t.t("explorer.qap.predictor.co-membership");
  if (name.startsWith("same-")) return t.t("explorer.qap.predictor.same", { attribute: name.slice(5) });
  return t.t("explorer.qap.predictor.difference", { attribute: name });
}
