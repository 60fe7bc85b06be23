import { describe, expect, it } from "vitest";
import { createTranslator, ReadingsError } from "../src/index.js";

// What CLDR (through Intl) puts in French: U+202F NARROW NO-BREAK SPACE
// between groups of thousands, U+00A0 NO-BREAK SPACE before "%". Either way a
// line never breaks inside a number.
const NNBSP = "\u202f";
const NBSP = "\u00a0";

describe("createTranslator: numbers through Intl", () => {
  const fr = createTranslator("fr");
  const en = createTranslator("en");
  it("writes decimals with the language's separator, at most two decimals", () => {
    expect(fr.number(0.4321)).toBe("0,43");
    expect(en.number(0.4321)).toBe("0.43");
    expect(fr.number(2)).toBe("2");
    expect(fr.number(1234.5)).toBe(`1${NNBSP}234,5`);
    expect(en.number(1234.5)).toBe("1,234.5");
    expect(fr.number(0.4321, { maximumFractionDigits: 3 })).toBe("0,432");
  });
  it("writes shares as whole percents, with one decimal below 10 %", () => {
    expect(fr.percent(0.37)).toBe(`37${NBSP}%`);
    expect(en.percent(0.37)).toBe("37%");
    expect(fr.percent(0.042)).toBe(`4,2${NBSP}%`);
    expect(en.percent(0)).toBe("0%");
    expect(en.percent(1)).toBe("100%");
  });
  it("writes counts with grouping and no decimals", () => {
    expect(fr.integer(12345)).toBe(`12${NNBSP}345`);
    expect(en.integer(12345)).toBe("12,345");
  });
  it("prints a dash for a missing figure instead of NaN or null", () => {
    for (const t of [fr, en]) {
      expect(t.number(null)).toBe("–");
      expect(t.percent(Number.NaN)).toBe("–");
      expect(t.integer(undefined)).toBe("–");
    }
  });
  it("writes link dates in words at their precision", () => {
    expect(fr.date("2012")).toBe("2012");
    expect(fr.date("2012-05")).toBe("mai 2012");
    expect(fr.date("2012-05-03")).toBe("3 mai 2012");
    expect(en.date("2012-05-03")).toBe("3 May 2012");
    expect(en.date("not a date")).toBe("not a date");
  });
  it("joins lists in the language", () => {
    expect(fr.list(["A", "B", "C"])).toBe("A, B et C");
    expect(en.list(["A", "B", "C"])).toBe("A, B and C");
    expect(fr.list(["A", "B"], "disjunction")).toBe("A ou B");
  });
});

describe("createTranslator: messages", () => {
  it("applies the language's plural rules", () => {
    const fr = createTranslator("fr");
    const en = createTranslator("en");
    const params = (actors: number, links: number) => ({ actors, worlds: 1, links, density: "50 %" });
    expect(fr.t("reading.size", params(1, 1))).toBe(
      "1 acteur de 1 monde, reliés par 1 lien : 50 % de tous les liens possibles entre eux existent.",
    );
    expect(fr.t("reading.size", params(5, 0))).toMatch(/^5 acteurs de 1 monde, reliés par 0 lien :/);
    expect(en.t("reading.size", params(5, 0))).toMatch(/^5 actors from 1 world, joined by 0 links:/);
    expect(en.t("reading.size", params(1, 2))).toMatch(/^1 actor from 1 world, joined by 2 links:/);
  });
  it("throws a ReadingsError naming an unknown id", () => {
    const t = createTranslator("en");
    // @ts-expect-error: an id no catalogue holds is a type error too
    expect(() => t.t("reading.nope")).toThrow(ReadingsError);
    expect(t.has("reading.nope")).toBe(false);
    expect(t.has("reading.size")).toBe(true);
  });
  it("throws a ReadingsError when a parameter is missing", () => {
    expect(() => createTranslator("fr").t("reading.size", { actors: 1 })).toThrow(/reading\.size.*fr/);
  });
  it("returns one translator per language", () => {
    expect(createTranslator("fr")).toBe(createTranslator("fr"));
    expect(createTranslator("fr").locale).toBe("fr-FR");
  });
});
