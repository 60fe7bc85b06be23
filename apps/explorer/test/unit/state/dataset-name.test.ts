import { createTranslator } from "@catalyse/readings";
import { describe, expect, it } from "vitest";
import { datasetName } from "../../../src/state/dataset-name.js";
import { GENERATED_DATASETS } from "../../../src/state/example-territory.js";

const en = createTranslator("en");
const fr = createTranslator("fr");
const names = (t: typeof en) =>
  Object.values(GENERATED_DATASETS).map((generated) => datasetName(generated, t));

describe("dataset names in the page's language", () => {
  it("names the generated datasets in English and in French, numbers as each language writes them", () => {
    expect(names(en)).toEqual([
      "Example territory (synthetic, Isère)",
      "Synthetic 5,000 actors (stress test)",
      "Synthetic 10,000 actors (stress test)",
    ]);
    expect(names(fr)).toEqual([
      "Territoire d’exemple (synthétique, Isère)",
      "Territoire synthétique, 5\u202f000 acteurs (test de charge)",
      "Territoire synthétique, 10\u202f000 acteurs (test de charge)",
    ]);
  });

  it("gives the loaded dataset the picker's name, and the English name as written stays the fallback", () => {
    const dataset = GENERATED_DATASETS["synthetic-5000"]!.create();
    expect(datasetName(dataset, fr)).toBe(names(fr)[1]);
    expect(dataset.name).toBe("Synthetic 5,000 actors (stress test)");
    expect(datasetName({ name: "Val d’Exemple" }, fr)).toBe("Val d’Exemple");
  });

  it("marks an imported dataset in each language", () => {
    const label = { id: "explorer.dataset.imported", params: { name: "__proto__" } } as const;
    expect(datasetName({ name: "x", label }, en)).toBe("__proto__ (imported)");
    expect(datasetName({ name: "x", label }, fr)).toBe("__proto__ (importé)");
  });
});
