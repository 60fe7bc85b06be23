import { describe, expect, it } from "vitest";
import { defaultCsvDialect } from "../../../src/controllers/export-controller.js";
import { writeExportCsv } from "../../../src/io-adapter.js";

const rows = {
  meta: { name: "Test", directed: false },
  actors: [
    { id: "__proto__", label: "=1+2", world: "association", lat: 45.19, lon: 5.72 },
    { id: "b", label: "Mairie", world: "collectivité", lat: null, lon: null },
  ],
  links: [{ source: "__proto__", target: "b", weight: 2.5 }],
};

describe("the explorer's CSV export", () => {
  it("offers French Excel's dialect first in French, RFC 4180 in English", () => {
    expect(defaultCsvDialect("fr")).toBe("excel-fr");
    expect(defaultCsvDialect("en")).toBe("rfc4180");
  });

  it("writes RFC 4180: `,`, decimal point, no BOM, formulas neutralised", () => {
    const { actors, links } = writeExportCsv(rows, "rfc4180");
    expect(actors.startsWith("id,label,world,lat,lon")).toBe(true);
    expect(actors).toContain("\n__proto__,'=1+2,association,45.19,5.72");
    expect(links).toContain("\n__proto__,b,2.5,");
  });

  it("writes French Excel's dialect: BOM, `;`, decimal comma, CRLF, formulas neutralised", () => {
    const { actors, links } = writeExportCsv(rows, "excel-fr");
    expect(actors.startsWith("\ufeffid;label;world;lat;lon")).toBe(true);
    expect(actors).toContain("\r\n__proto__;'=1+2;association;45,19;5,72");
    expect(links.startsWith("\ufeffsource;target;weight")).toBe(true);
    expect(links).toContain("\r\n__proto__;b;2,5;");
  });
});
