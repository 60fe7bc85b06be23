/**
 * The filter controls. Built once per dataset (worlds, link types and years
 * depend on it) and kept in the DOM while filters change, so a slider being
 * dragged keeps its focus. Controls only emit new filters; the app derives
 * everything else.
 */
import type { Translator } from "@catalyse/readings";
import { h, replace } from "../dom.js";
import { type Dataset, datasetLinkTypes, datasetWorlds, datasetYears } from "../state/dataset.js";
import type { Filters } from "../state/filters.js";
import { onlyLinkType, showOnlyLinkType } from "../state/link-type-filter.js";
import { worldMark } from "./world-shapes.js";

export interface FiltersPanel {
  element: HTMLElement;
  /** Reflects filters set elsewhere (URL, reset) in the controls. */
  sync(filters: Filters): void;
}

export function createFiltersPanel(
  dataset: Dataset,
  initial: Filters,
  worldColour: (world: string) => string,
  onChange: (update: (filters: Filters) => Filters) => void,
  t: Translator,
): FiltersPanel {
  const worlds = datasetWorlds(dataset);
  const types = datasetLinkTypes(dataset);
  const span = datasetYears(dataset);
  let maxWeight = 1;
  for (const link of dataset.links) maxWeight = Math.max(maxWeight, link.weight ?? 1);

  const worldBoxes = worlds.map((world) => {
    const box = h("input", { type: "checkbox", checked: true, "data-world": world });
    box.addEventListener("change", () =>
      onChange((f) => ({
        ...f,
        hiddenWorlds: box.checked ? f.hiddenWorlds.filter((w) => w !== world) : [...f.hiddenWorlds, world],
      })),
    );
    return { world, box };
  });
  const typeBoxes = types.map((type) => {
    const box = h("input", { type: "checkbox", checked: true, "data-type": type });
    box.addEventListener("change", () =>
      onChange((f) => ({
        ...f,
        hiddenLinkTypes: box.checked
          ? f.hiddenLinkTypes.filter((t) => t !== type)
          : [...f.hiddenLinkTypes, type],
      })),
    );
    return { type, box };
  });

  // One kind of alliance on the map (the checkboxes below say the same in detail).
  const kind = h(
    "select",
    { id: "layer-filter" },
    h("option", { value: "" }, t.t("explorer.filters.layer.all")),
    types.map((type) => h("option", { value: type }, type)),
  );
  kind.addEventListener("change", () => onChange((f) => showOnlyLinkType(types, kind.value || null, f)));

  const weight = h("input", {
    type: "range",
    id: "min-weight",
    min: 0,
    max: Math.ceil(maxWeight),
    step: maxWeight > 10 ? 1 : 0.5,
    value: 0,
    "aria-describedby": "min-weight-value",
  });
  const weightValue = h("output", { id: "min-weight-value" }, "0");
  weight.addEventListener("input", () => onChange((f) => ({ ...f, minWeight: Number(weight.value) })));

  const periodBox = h("input", { type: "checkbox", id: "period-on" });
  const from = h("input", {
    type: "range",
    id: "year-from",
    "aria-label": t.t("explorer.filters.first-year"),
    min: span?.[0] ?? 0,
    max: span?.[1] ?? 0,
    step: 1,
    value: span?.[0] ?? 0,
  });
  const to = h("input", {
    type: "range",
    id: "year-to",
    "aria-label": t.t("explorer.filters.last-year"),
    min: span?.[0] ?? 0,
    max: span?.[1] ?? 0,
    step: 1,
    value: span?.[1] ?? 0,
  });
  const yearsValue = h("output", { id: "years-value" });
  const play = h(
    "button",
    { type: "button", id: "play-growth", class: "secondary" },
    t.t("explorer.filters.replay"),
  );
  let timer: ReturnType<typeof setInterval> | null = null;
  const setYears = () => {
    const a = Number(from.value);
    const b = Number(to.value);
    onChange((f) => ({ ...f, years: periodBox.checked ? [Math.min(a, b), Math.max(a, b)] : null }));
  };
  periodBox.addEventListener("change", setYears);
  from.addEventListener("input", () => {
    periodBox.checked = true;
    setYears();
  });
  to.addEventListener("input", () => {
    periodBox.checked = true;
    setYears();
  });
  const stopPlay = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    replace(play, t.t("explorer.filters.replay"));
  };
  play.addEventListener("click", () => {
    if (!span) return;
    if (timer !== null) return stopPlay();
    periodBox.checked = true;
    from.value = String(span[0]);
    to.value = String(span[0]);
    setYears();
    replace(play, t.t("explorer.filters.replay.stop"));
    timer = setInterval(() => {
      const next = Number(to.value) + 1;
      if (next > span[1]) return stopPlay();
      to.value = String(next);
      setYears();
    }, 1200);
  });

  const element = h(
    "div",
    { class: "filters" },
    h(
      "fieldset",
      {},
      h("legend", {}, t.t("explorer.filters.worlds")),
      worldBoxes.map(({ world, box }) =>
        h("label", { class: "check" }, box, worldMark(world, worlds, worldColour(world)), world),
      ),
    ),
    types.length > 1
      ? h("div", { class: "field" }, h("label", { for: "layer-filter" }, t.t("explorer.filters.layer")), kind)
      : null,
    types.length > 1
      ? h(
          "fieldset",
          {},
          h("legend", {}, t.t("explorer.filters.link-types")),
          typeBoxes.map(({ type, box }) => h("label", { class: "check" }, box, type)),
        )
      : null,
    h(
      "div",
      { class: "field" },
      h("label", { for: "min-weight" }, `${t.t("explorer.filters.min-weight")} `),
      weightValue,
      weight,
    ),
    span
      ? h(
          "fieldset",
          { class: "period" },
          h("legend", {}, t.t("explorer.filters.period")),
          h("label", { class: "check" }, periodBox, t.t("explorer.filters.period.on"), " ", yearsValue),
          from,
          to,
          play,
        )
      : h("p", { class: "muted" }, t.t("explorer.filters.no-dates")),
  );

  const sync = (filters: Filters) => {
    const hiddenWorlds = new Set(filters.hiddenWorlds);
    for (const { world, box } of worldBoxes) box.checked = !hiddenWorlds.has(world);
    const hiddenTypes = new Set(filters.hiddenLinkTypes);
    for (const { type, box } of typeBoxes) box.checked = !hiddenTypes.has(type);
    kind.value = onlyLinkType(types, filters) ?? "";
    if (Number(weight.value) !== filters.minWeight) weight.value = String(filters.minWeight);
    replace(weightValue, String(filters.minWeight));
    periodBox.checked = filters.years !== null;
    if (filters.years) {
      from.value = String(filters.years[0]);
      to.value = String(filters.years[1]);
    }
    replace(
      yearsValue,
      filters.years ? `${filters.years[0]}–${filters.years[1]}` : span ? `${span[0]}–${span[1]}` : "",
    );
  };
  sync(initial);
  return { element, sync };
}
