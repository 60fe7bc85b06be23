import { describe, expect, it } from "vitest";
import { importFiles } from "../../../src/io-adapter.js";
import {
  collectiveDetails,
  collectivesForRows,
  collectivesOfActor,
} from "../../../src/state/dataset-collectives.js";

const bytes = (text: string) => new TextEncoder().encode(text);

async function territory() {
  const result = await importFiles([
    {
      name: "actors.csv",
      bytes: bytes("id,label,world\n__proto__,P,association\nb,B,État\nc,C,entreprise\n"),
    },
    { name: "links.csv", bytes: bytes("source,target\n__proto__,b\n") },
    { name: "collectifs.csv", bytes: bytes("identifiant;nom;type\nk;Comité;comité\nj;Projet;projet\n") },
    { name: "adhésions.csv", bytes: bytes("collectif;acteur;rôle\nk;__proto__;pilote\nk;c;\nj;b;\nj;c;\n") },
  ]);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

describe("collectives in the explorer's datasets", () => {
  it("imports collectives and memberships dropped with the actors and links (French names)", async () => {
    const dataset = await territory();
    expect(dataset.links).toHaveLength(1);
    expect(dataset.collectives?.map((c) => c.id)).toEqual(["k", "j"]);
    expect(collectivesOfActor(dataset, "__proto__")).toEqual([
      { id: "k", label: "Comité", kind: "comité", role: "pilote" },
    ]);
    expect(collectivesOfActor(dataset, "c").map((c) => c.id)).toEqual(["k", "j"]);
    expect(collectivesOfActor(dataset, "nobody")).toEqual([]);
  });

  it("sends the analysis only the memberships of the actors shown", async () => {
    const dataset = await territory();
    const shown = dataset.actors.filter((actor) => actor.id !== "c");
    const rows = collectivesForRows(dataset, shown);
    expect(rows.memberships.map((m) => [m.collective, m.actor])).toEqual([
      ["k", "__proto__"],
      ["j", "b"],
    ]);
    expect(rows.collectives.map((c) => c.id)).toEqual(["k", "j"]);
    expect(collectivesForRows(dataset, []).collectives).toEqual([]);
  });

  it("details a collective for its panel: members among the actors shown, once each, with world and role", async () => {
    const dataset = await territory();
    dataset.memberships = [...(dataset.memberships ?? []), { collective: "k", actor: "c", start: "2020" }];
    dataset.collectives = dataset.collectives?.map((c) => (c.id === "k" ? { ...c, start: "2019" } : c));
    expect(collectiveDetails(dataset, "k", dataset.actors)).toEqual({
      id: "k",
      label: "Comité",
      kind: "comité",
      start: "2019",
      end: null,
      members: [
        { id: "__proto__", label: "P", world: "association", role: "pilote" },
        { id: "c", label: "C", world: "entreprise", role: null },
      ],
    });
    const shown = dataset.actors.filter((actor) => actor.id !== "__proto__");
    expect(collectiveDetails(dataset, "k", shown)?.members.map((m) => m.id)).toEqual(["c"]);
    expect(collectiveDetails(dataset, "constructor", dataset.actors)).toBeUndefined();
  });
});
