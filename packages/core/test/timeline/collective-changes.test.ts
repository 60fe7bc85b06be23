/**
 * Collectives across a timeline, on a territory built so that every change is
 * known: a committee without dates that gains a member in 2012, a project
 * from 2011 to 2013, and a collective without dates whose members only join
 * in 2015 (never said to have formed).
 */
import { describe, expect, it } from "vitest";
import { buildTimeline, createTerritory, type TerritoryInput } from "../../src/index.js";

const COLLECTIVES_IN_TIME: TerritoryInput = {
  actors: [
    { id: "a", label: "Asso A", world: "association" },
    { id: "b", label: "Asso B", world: "association" },
    { id: "c", label: "Firm C", world: "entreprise" },
    { id: "d", label: "State D", world: "État" },
    { id: "e", label: "Firm E", world: "entreprise" },
    { id: "f", label: "Fund F", world: "fondation" },
    { id: "__proto__", label: "Asso G", world: "association" },
  ],
  links: [
    { source: "a", target: "b", start: "2010" },
    { source: "c", target: "d", start: "2010" },
    { source: "e", target: "f", start: "2010" },
    { source: "__proto__", target: "a", start: "2010" },
  ],
  collectives: [
    { id: "K", label: "Committee" },
    { id: "P", label: "Project", start: "2011", end: "2013" },
    { id: "L", label: "Late circle" },
  ],
  memberships: [
    { collective: "K", actor: "a" },
    { collective: "K", actor: "c", start: "2012" },
    { collective: "P", actor: "b" },
    { collective: "P", actor: "d" },
    { collective: "L", actor: "e", start: "2015" },
    { collective: "L", actor: "f", start: "2015" },
  ],
};

describe("collectiveChanges", () => {
  const timeline = buildTimeline(createTerritory(COLLECTIVES_IN_TIME).graph);
  const changes = timeline.signals.collectiveChanges!;

  it("follows the steps of the timeline (2010 to 2015)", () => {
    expect(timeline.steps.map((s) => s.year)).toEqual([2010, 2011, 2012, 2013, 2014, 2015]);
  });

  it("says a dated collective formed in its start year and ended in its end year", () => {
    expect(changes.steps.flatMap((s) => s.formed)).toEqual([{ id: "P", label: "Project", year: 2011 }]);
    // Still active at the end of 2013, gone at the 2014 step: ended in 2013, its own end.
    expect(changes.steps.find((s) => s.ended.length > 0)).toMatchObject({
      fromYear: 2013,
      year: 2014,
      ended: [{ id: "P", label: "Project", year: 2013 }],
    });
  });

  it("never says that a collective without dates formed, even when its members come late", () => {
    const formed = changes.steps.flatMap((s) => s.formed.map((c) => c.id));
    expect(formed).not.toContain("L");
    expect(formed).not.toContain("K");
    // L's members joined no collective that existed before: L was not there at the previous step.
    expect(changes.steps.flatMap((s) => s.joined.map((j) => j.collective.id))).toEqual(["K"]);
  });

  it("names the actors joining a collective that already existed, at the step they joined", () => {
    expect(changes.steps.find((s) => s.joined.length > 0)).toEqual({
      fromYear: 2011,
      year: 2012,
      formed: [],
      ended: [],
      joined: [{ collective: { id: "K", label: "Committee" }, actors: [{ id: "c", label: "Firm C" }] }],
    });
  });

  it("gives the share of actors in a collective and the cross-world collectives, first and last step", () => {
    // 2010: a alone in K among 7 actors; 2015: a, c (K) and e, f (L).
    expect(changes.memberShare).toEqual({ fromYear: 2010, toYear: 2015, before: 1 / 7, after: 4 / 7 });
    // 2010: K has one member; 2015: K (association, entreprise) and L (entreprise, fondation).
    expect(changes.crossWorld).toEqual({ fromYear: 2010, toYear: 2015, before: 0, after: 2 });
  });

  it("is null for a territory without collectives", () => {
    const { collectives: _c, memberships: _m, ...plain } = COLLECTIVES_IN_TIME;
    expect(buildTimeline(createTerritory(plain).graph).signals.collectiveChanges).toBeNull();
  });
});
