import { describe, expect, it } from "vitest";
import { langOf, resolveLang } from "../src/index.js";

describe("resolveLang", () => {
  it("takes the explicit choice first", () => {
    expect(resolveLang("fr", { LC_ALL: "en_GB.UTF-8", LANG: "en_US.UTF-8" })).toBe("fr");
    expect(resolveLang("EN", { LC_ALL: "fr_FR.UTF-8" })).toBe("en");
  });
  it("then LC_ALL, then LANG, else English", () => {
    expect(resolveLang(undefined, { LC_ALL: "fr_FR.UTF-8", LANG: "en_US.UTF-8" })).toBe("fr");
    expect(resolveLang(undefined, { LANG: "fr_CA.UTF-8" })).toBe("fr");
    expect(resolveLang(undefined, {})).toBe("en");
    expect(resolveLang()).toBe("en");
  });
  it("a set LC_ALL in another language overrides LANG (POSIX), giving English", () => {
    expect(resolveLang(undefined, { LC_ALL: "de_DE.UTF-8", LANG: "fr_FR.UTF-8" })).toBe("en");
    expect(resolveLang(undefined, { LC_ALL: "", LANG: "fr_FR.UTF-8" })).toBe("fr");
  });
  it("ignores an explicit value that names no language it speaks", () => {
    expect(resolveLang("de", { LANG: "fr_FR" })).toBe("fr");
  });
  it("langOf reads locale strings", () => {
    expect(langOf("fr-FR")).toBe("fr");
    expect(langOf("fr_FR.UTF-8@euro")).toBe("fr");
    expect(langOf("C")).toBeNull();
    expect(langOf("POSIX")).toBeNull();
    expect(langOf("")).toBeNull();
  });
});
