import { describe, expect, it } from "vitest";
import {
  createTranslator,
  DOMAINS,
  LANGS,
  messageIds,
  messageParameters,
  messageSource,
} from "../src/index.js";

describe("catalogues", () => {
  it("every domain has the same keys in French and in English", () => {
    for (const domain of DOMAINS) {
      expect(Object.keys(domain.fr).sort(), domain.name).toEqual(Object.keys(domain.en).sort());
    }
  });
  it("every id is namespaced by its domain, and no id is defined twice", () => {
    const seen = new Set<string>();
    for (const domain of DOMAINS) {
      for (const id of Object.keys(domain.en)) {
        expect(id.startsWith(`${domain.name}.`), `${id} in ${domain.name}`).toBe(true);
        expect(seen.has(id), id).toBe(false);
        seen.add(id);
      }
    }
    expect(messageIds().length).toBe(seen.size);
  });
  it("no message is empty or left untranslated by mistake", () => {
    for (const id of messageIds()) {
      for (const lang of LANGS) expect(messageSource(lang, id)?.trim(), `${lang} ${id}`).toBeTruthy();
    }
  });
  it("French messages use the typographic apostrophe (a straight one quotes ICU syntax)", () => {
    for (const id of messageIds()) expect(messageSource("fr", id), id).not.toMatch(/'/);
  });
  it("every message parses and has the same parameters in both languages", () => {
    for (const id of messageIds()) {
      const names = messageParameters("en", id);
      expect(messageParameters("fr", id), id).toEqual(names);
      for (const lang of LANGS) {
        const params = Object.fromEntries(names.map((n) => [n, 2]));
        expect(() => createTranslator(lang).t(id, params), `${lang} ${id}`).not.toThrow();
      }
    }
  });
  it("messageParameters finds names inside selects and plurals, not the branch texts", () => {
    expect(messageParameters("en", "reading.dependence.only-link")).toEqual(["actor", "count", "dependents"]);
  });
});
