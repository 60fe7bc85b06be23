import { describe, expect, it } from "vitest";
import { inferType, parseDate, parseNumber } from "../src/values.js";

describe("parseNumber", () => {
  it("reads a decimal comma only when asked (delimiter ;)", () => {
    expect(parseNumber("2,5", true)).toBe(2.5);
    expect(parseNumber("2,5", false)).toBeNull();
    expect(parseNumber("2.5", true)).toBe(2.5);
  });
  it("reads French thousands separators with a decimal comma", () => {
    expect(parseNumber("1 250,5", true)).toBe(1250.5);
    expect(parseNumber("1\u202f000", true)).toBe(1000);
  });
  it("refuses text, empty cells and infinities", () => {
    expect(parseNumber("abc", true)).toBeNull();
    expect(parseNumber("", true)).toBeNull();
    expect(parseNumber("1e999", false)).toBeNull();
  });
});

describe("parseDate", () => {
  it("keeps ISO years, months and days", () => {
    expect(["2012", "2012-05", "2012-05-03"].map(parseDate)).toEqual(["2012", "2012-05", "2012-05-03"]);
  });
  it("turns French day-first dates into ISO dates", () => {
    expect(parseDate("3/5/2012")).toBe("2012-05-03");
    expect(parseDate("03.05.2012")).toBe("2012-05-03");
    expect(parseDate("05/2012")).toBe("2012-05");
  });
  it("refuses impossible dates", () => {
    expect(parseDate("31/13/2012")).toBeNull();
    expect(parseDate("2012-13")).toBeNull();
  });
});

describe("inferType", () => {
  it("prefers number, then boolean, then date, else string", () => {
    expect(inferType(["1", "2,5"], true)).toBe("number");
    expect(inferType(["VRAI", "false"], false)).toBe("boolean");
    expect(inferType(["2012", "2013-04"], false)).toBe("date");
    expect(inferType(["1", "x"], false)).toBe("string");
    expect(inferType([], false)).toBe("string");
  });
});
