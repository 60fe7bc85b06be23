/** Two small territories for the compare, timeline and report commands. */
import type { ActorInput, LinkInput } from "@catalyse/core";

export const NORTH_ACTORS: ActorInput[] = [
  { id: "hub", label: "Maison <script>alert(1)</script>", world: "collectivité" },
  { id: "a", label: "=cmd|' /C calc'!A0", world: "association" },
  { id: "b", label: "Bretagne Active", world: "association" },
  { id: "c", label: "Coop", world: "entreprise" },
  { id: "d", label: "Préfecture", world: "État" },
];

export const NORTH_LINKS: LinkInput[] = [
  { source: "hub", target: "a", start: "2015" },
  { source: "hub", target: "b", start: "2015" },
  { source: "hub", target: "c", start: "2017" },
  { source: "a", target: "b", start: "2016", end: "2017" },
  { source: "c", target: "d", start: "2018" },
];

export const SOUTH_ACTORS: ActorInput[] = ["p", "q", "r", "s", "t", "u"].map((id, i) => ({
  id,
  label: `Actor ${id}`,
  world: i % 2 === 0 ? "association" : "entreprise",
}));

export const SOUTH_LINKS: LinkInput[] = [
  { source: "p", target: "q" },
  { source: "q", target: "r" },
  { source: "r", target: "s" },
  { source: "s", target: "t" },
  { source: "t", target: "u" },
  { source: "u", target: "p" },
];
