import { describe, expect, test } from "vitest";
import { datasetLinkTypes } from "../../../src/state/dataset.js";
import { DEFAULT_FILTERS, filterDataset } from "../../../src/state/filters.js";
import { onlyLinkType, showOnlyLinkType } from "../../../src/state/link-type-filter.js";
import { oddDataset } from "../helpers.js";

describe("showing one kind of alliance", () => {
  const dataset = oddDataset();
  const types = datasetLinkTypes(dataset);

  test("showOnlyLinkType hides every other type, untyped links too, and keeps a link with several types", () => {
    expect(types).toEqual(["(none)", "convention", "formation"]);
    const filters = showOnlyLinkType(types, "convention", DEFAULT_FILTERS);
    expect(filters.hiddenLinkTypes).toEqual(["(none)", "formation"]);
    const links = filterDataset(dataset, filters).links.map((link) => `${link.source}-${link.target}`);
    expect(links).toEqual(["__proto__-constructor", "__proto__-01"]);
  });

  test("onlyLinkType reads the choice back; null for every kind, several kinds, or a single-type dataset", () => {
    expect(onlyLinkType(types, showOnlyLinkType(types, "formation", DEFAULT_FILTERS))).toBe("formation");
    expect(onlyLinkType(types, showOnlyLinkType(types, null, DEFAULT_FILTERS))).toBeNull();
    expect(onlyLinkType(types, { ...DEFAULT_FILTERS, hiddenLinkTypes: ["(none)"] })).toBeNull();
    expect(onlyLinkType(["convention"], DEFAULT_FILTERS)).toBeNull();
  });

  test("other filters are kept", () => {
    const filters = showOnlyLinkType(types, "convention", {
      ...DEFAULT_FILTERS,
      minWeight: 2,
      years: [2010, 2012],
    });
    expect(filters).toMatchObject({ minWeight: 2, years: [2010, 2012] });
  });
});
