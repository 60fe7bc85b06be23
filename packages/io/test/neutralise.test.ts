import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutralizeCell, unneutralizeCell } from "../src/neutralise.js";

describe("neutralizeCell", () => {
  it("prefixes cells starting with = + - @ tab or CR with a quote", () => {
    expect(["=1+1", "+33 6", "-x", "@SUM(A1)", "\tx", "\rx"].map(neutralizeCell)).toEqual([
      "'=1+1",
      "'+33 6",
      "'-x",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ]);
  });

  it("leaves plain numbers alone, so -3.5 stays a number", () => {
    expect(["-3.5", "+2", "-2,5", "-1e-7"].map(neutralizeCell)).toEqual(["-3.5", "+2", "-2,5", "-1e-7"]);
  });

  it("adds one more quote to a value that already starts with quotes before a trigger", () => {
    expect(neutralizeCell("'=x")).toBe("''=x");
    expect(unneutralizeCell("''=x")).toBe("'=x");
  });

  it("leaves other cells alone", () => {
    expect(["abc", "'quoted", "a=b", ""].map(neutralizeCell)).toEqual(["abc", "'quoted", "a=b", ""]);
  });

  it("is undone exactly by unneutralizeCell, for any string", () => {
    const trigger = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "'", "1", "a", " ");
    const text = fc.oneof(
      fc.string(),
      fc.array(trigger, { maxLength: 6 }).map((chars) => chars.join("")),
    );
    fc.assert(
      fc.property(text, (value) => {
        expect(unneutralizeCell(neutralizeCell(value))).toBe(value);
      }),
    );
  });
});
