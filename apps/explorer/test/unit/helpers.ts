import type { Dataset } from "../../src/state/dataset.js";

/** A small dataset with the odd ids every Catalyse test carries. */
export function oddDataset(): Dataset {
  return {
    key: "odd",
    name: "Odd ids",
    origin: "generated",
    meta: { name: "Odd ids", directed: false },
    actors: [
      { id: "__proto__", label: "<img src=x onerror=alert(1)>", world: "association", lat: 45.1, lon: 5.7 },
      { id: "constructor", label: "Mairie", world: "collectivité", lat: 45.2, lon: 5.6 },
      { id: "toString", label: "Université", world: "académique", lat: null, lon: null },
      { id: "01", label: "Fondation", world: "fondation", lat: 45.0, lon: 5.9 },
      { id: "x", label: "Entreprise X", world: "entreprise" },
    ],
    links: [
      { source: "__proto__", target: "constructor", weight: 2, type: "convention", start: "2010", end: null },
      { source: "constructor", target: "toString", weight: 1, type: "formation", start: "2015", end: "2017" },
      { source: "toString", target: "01", weight: 3, type: null, start: "2019", end: null },
      { source: "__proto__", target: "01", weight: 1, type: "convention|formation", start: null, end: null },
    ],
  };
}
