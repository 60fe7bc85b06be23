import { describe, expect, it } from "vitest";
import { importFiles } from "../../src/io-adapter.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("importFiles (through @catalyse/io)", () => {
  it("reads a French Excel CSV pair chosen together, odd ids included", async () => {
    const result = await importFiles([
      { name: "liens.csv", bytes: bytes("source;cible;poids\r\n__proto__;constructor;2,5\r\n") },
      {
        name: "acteurs.csv",
        bytes: bytes(
          "identifiant;nom;monde\r\n__proto__;<b>x</b>;association\r\nconstructor;Mairie;collectivité\r\n",
        ),
      },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.actors.map((a) => a.id)).toEqual(["__proto__", "constructor"]);
    expect(result.dataset.actors[0]!.label).toBe("<b>x</b>");
    expect(result.dataset.links[0]).toMatchObject({
      source: "__proto__",
      target: "constructor",
      weight: 2.5,
    });
    expect(result.dataset.origin).toBe("imported");
  });

  it("returns every problem with its file and line instead of throwing", async () => {
    const result = await importFiles([
      { name: "actors.csv", bytes: bytes("id,label,world\na,A,association\n") },
      { name: "links.csv", bytes: bytes("source,target\na,zz\n") },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ file: "links.csv", line: 2, field: "target" });
  });

  it("says which files a lone CSV lacks, and refuses unknown file types", async () => {
    const lone = await importFiles([{ name: "actors.csv", bytes: bytes("id\na\n") }]);
    expect(lone.ok).toBe(false);
    if (!lone.ok) expect(lone.problems.some((p) => p.file.includes("links.csv"))).toBe(true);
    const odd = await importFiles([{ name: "notes.txt", bytes: bytes("hello") }]);
    expect(odd.ok).toBe(false);
  });
});
