import { describe, expect, it } from "vitest";
import { explain, GLOSSARY_TERMS, glossary } from "../src/index.js";

describe("glossary", () => {
  it("covers the terms every surface explains", () => {
    for (const term of [
      "betweenness",
      "closeness",
      "coordinator",
      "consultant",
      "representative",
      "gatekeeper",
      "liaison",
      "constraint",
      "effectiveSize",
      "effectiveBrokers",
      "blau",
      "eiIndex",
      "assortativity",
      "gini",
      "lorenz",
      "modularity",
      "centralization",
      "community",
      "world",
      "collective",
      "nullModel",
      "zScore",
      "cutVertex",
      "dependence",
    ]) {
      expect(GLOSSARY_TERMS, term).toContain(term);
    }
  });
  it("gives one line per term in each language, in the same order", () => {
    const en = glossary("en");
    const fr = glossary("fr");
    expect(en.map((e) => e.term)).toEqual(fr.map((e) => e.term));
    for (const entry of [...en, ...fr]) {
      expect(entry.line).not.toMatch(/\n/);
      expect(entry.line.length).toBeGreaterThan(20);
    }
    expect(fr.find((e) => e.term === "betweenness")?.name).toBe("intermédiarité");
  });
  it("explain finds a term by key, by name in either language, or by alias", () => {
    expect(explain("betweenness", "fr")?.name).toBe("intermédiarité");
    expect(explain("Intermédiarité", "en")?.name).toBe("betweenness");
    expect(explain("E-I index", "fr")?.term).toBe("eiIndex");
    expect(explain("indice e-i", "en")?.term).toBe("eiIndex");
    expect(explain("itinerant", "en")?.term).toBe("consultant");
    expect(explain("point d’articulation", "en")?.term).toBe("cutVertex");
    expect(explain("z-score", "fr")?.name).toBe("score z");
  });
  it("explains the research methods: core and periphery, kinds of alliance, QAP", () => {
    expect(explain("cœur et périphérie", "en")?.name).toBe("core and periphery");
    expect(explain("core-periphery", "fr")?.name).toBe("cœur et périphérie");
    expect(explain("périphérie", "en")?.term).toBe("corePeriphery");
    expect(explain("couche", "en")?.name).toBe("kind of alliance");
    expect(explain("multiplex", "fr")?.name).toBe("type d’alliance");
    expect(explain("MRQAP", "fr")?.line).toMatch(/^Procédure d’affectation quadratique/);
    // "core" stays the core number (k-core): the two ideas are different.
    expect(explain("core", "en")?.term).toBe("core");
  });
  it("explain returns null for an unknown term", () => {
    expect(explain("flux capacitor", "en")).toBeNull();
    expect(explain("", "en")).toBeNull();
  });
});
