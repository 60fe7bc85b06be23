import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutraliseCell, unneutraliseCell } from "../src/neutralise.js";

describe("neutraliseCell", () => {
  it("prefixes cells starting with = + - @ tab or CR with a quote", () => {
    expect(["=1+1", "+33 6", "-x", "@SUM(A1)", "\tx", "\rx"].map(neutraliseCell)).toEqual([
      "'=1+1",
      "'+33 6",
      "'-x",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ]);
  });

  it("leaves plain numbers alone, so -3.5 stays a number", () => {
    expect(["-3.5", "+2", "-2,5", "-1e-7"].map(neutraliseCell)).toEqual(["-3.5", "+2", "-2,5", "-1e-7"]);
  });

  it("adds one more quote to a value that already starts with quotes before a trigger", () => {
    expect(neutraliseCell("'=x")).toBe("''=x");
    expect(unneutraliseCell("''=x")).toBe("'=x");
  });

  it("leaves other cells alone", () => {
    expect(["abc", "'quoted", "a=b", ""].map(neutraliseCell)).toEqual(["abc", "'quoted", "a=b", ""]);
  });

  it("is undone exactly by unneutraliseCell, for any string", () => {
    const trigger = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "'", "1", "a", " ");
    const text = fc.oneof(
      fc.string(),
      fc.array(trigger, { maxLength: 6 }).map((chars) => chars.join("")),
    );
    fc.assert(
      fc.property(text, (value) => {
        expect(unneutraliseCell(neutraliseCell(value))).toBe(value);
      }),
    );
  });
});
