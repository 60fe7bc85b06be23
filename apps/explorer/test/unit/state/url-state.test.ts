import { describe, expect, it } from "vitest";
import { initialState } from "../../../src/state/app-state.js";
import { decodeUrlState, encodeUrlState } from "../../../src/state/url-state.js";
import { oddDataset } from "../helpers.js";

describe("URL state", () => {
  it("round-trips dataset, filters, encoding, layout, view, an odd selected id and all links drawn", () => {
    const state = {
      ...initialState(),
      dataset: oddDataset(),
      filters: {
        hiddenWorlds: ["État", "collectivité"],
        hiddenLinkTypes: ["co-portage"],
        minWeight: 2.5,
        years: [2010, 2015] as [number, number],
      },
      encoding: { colourBy: "community" as const, sizeBy: "betweenness" as const },
      layout: "geo" as const,
      view: "middle" as const,
      selected: "__proto__",
      drawAllLinks: true,
      threads: 3,
      lang: "fr" as const,
    };
    const decoded = decodeUrlState(`#${encodeUrlState(state)}`);
    expect(decoded).toEqual({
      dataset: "odd",
      filters: state.filters,
      encoding: state.encoding,
      layout: "geo",
      view: "middle",
      selected: "__proto__",
      drawAllLinks: true,
      threads: 3,
      lang: "fr",
    });
  });

  it("writes nothing but the dataset and the language for the default view", () => {
    expect(encodeUrlState({ ...initialState(), dataset: oddDataset() })).toBe("d=odd&lang=en");
  });

  it("reads the language from the hash, else from the query, and ignores an unknown one", () => {
    expect(decodeUrlState("#d=odd&lang=fr").lang).toBe("fr");
    expect(decodeUrlState("#d=odd", "?lang=fr").lang).toBe("fr");
    expect(decodeUrlState("#lang=en", "?lang=fr").lang).toBe("en");
    expect(decodeUrlState("#lang=de", "?lang=xx").lang).toBeUndefined();
  });

  it("ignores malformed parts instead of throwing", () => {
    expect(decodeUrlState("#mw=abc&y=20x&s=nonsense&v=evil&l=moon&threads=0&links=some")).toEqual({
      encoding: { colourBy: "world", sizeBy: "degree" },
    });
    expect(decodeUrlState("")).toEqual({});
  });
});
