/**
 * Generates `datasets/pilots/`: ten SYNTHETIC territories, three or four of
 * each network governance form (Provan & Kenis 2008), 36 to 400 actors, for
 * comparing territories, testing null models and checking that the
 * polycentricity figures tell the forms apart.
 *
 * Run from the repo root: `pnpm datasets:pilots` (= `tsx scripts/datasets/generate-pilots.ts`).
 * The output is a pure function of the specs below: rerunning it rewrites
 * identical files.
 */
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type GovernanceForm, PilotBuilder, type PilotSpec, WORLD_SHARES } from "./pilot-builder.js";
import { COLLECTIVE_PARAMS, drawPilotCollectives } from "./pilot-collectives.js";
import {
  ADMINISTRATIVE_PARAMS,
  drawAdministrativeOrganisation,
  drawLeadOrganisation,
  drawShared,
  LEAD_PARAMS,
  SHARED_PARAMS,
} from "./pilot-forms.js";
import { type DatasetTerritory, writeTerritoryFolder } from "./territory-writer.js";

/** Base of every pilot's seed; pilot k uses BASE_SEED + k. */
export const BASE_SEED = 20_081_024;

// Bounding boxes are real French areas of a few thousand km², so maps look
// plausible; the territory and actor names are fictitious.
export const PILOT_SPECS: readonly PilotSpec[] = [
  spec("01", "val-d-exemple", "Val d'Exemple", "shared", 48, [44.55, 44.95, 4.75, 5.35], 4),
  spec(
    "02",
    "presqu-ile-fictive",
    "Presqu'île Fictive",
    "lead-organisation",
    36,
    [47.9, 48.25, -3.2, -2.6],
    3,
  ),
  spec(
    "03",
    "plateau-imaginaire",
    "Plateau Imaginaire",
    "administrative-organisation",
    60,
    [45.6, 46.1, 2.7, 3.4],
    4,
  ),
  spec("04", "vallee-simulee", "Vallée Simulée", "shared", 120, [48.45, 48.95, 6.9, 7.6], 6),
  spec(
    "05",
    "pays-de-nulle-part",
    "Pays de Nulle-Part",
    "lead-organisation",
    150,
    [43.45, 43.95, 1.1, 1.8],
    6,
    "collectivité",
  ),
  spec(
    "06",
    "estuaire-modele",
    "Estuaire Modèle",
    "administrative-organisation",
    180,
    [47.1, 47.6, -1.9, -1.2],
    7,
  ),
  spec("07", "montagne-synthetique", "Montagne Synthétique", "shared", 240, [45.0, 45.6, 5.4, 6.2], 8),
  spec("08", "bassin-fictif", "Bassin Fictif", "lead-organisation", 300, [50.2, 50.75, 2.8, 3.6], 9),
  spec(
    "09",
    "garrigue-factice",
    "Garrigue Factice",
    "administrative-organisation",
    340,
    [43.4, 44.0, 4.6, 5.5],
    9,
  ),
  spec("10", "plaine-d-essai", "Plaine d'Essai", "shared", 400, [47.05, 47.6, 4.7, 5.4], 10),
];

function spec(
  code: string,
  slug: string,
  place: string,
  form: GovernanceForm,
  actors: number,
  [south, north, west, east]: readonly [number, number, number, number],
  towns: number,
  leadWorld?: string,
): PilotSpec {
  const base = {
    code,
    slug,
    name: `Territoire synthétique ${code} — ${place} (fictif)`,
    form,
    actors,
    seed: BASE_SEED + Number(code),
    box: { south, north, west, east },
    towns,
  };
  return leadWorld === undefined ? base : { ...base, leadWorld };
}

const FORM_DESCRIPTION: Record<GovernanceForm, string> = {
  "lead-organisation": "lead organisation: one large member holds most alliances (hub and spoke)",
  "administrative-organisation":
    "administrative organisation: a small catalyst association bridges clusters that each gather mostly one world",
  shared: "shared governance: a dense cross-world mesh with several medium anchors and no one in the middle",
};

const FORM_PARAMS: Record<GovernanceForm, Record<string, number>> = {
  "lead-organisation": LEAD_PARAMS,
  "administrative-organisation": ADMINISTRATIVE_PARAMS,
  shared: SHARED_PARAMS,
};

export interface PilotSummary {
  folder: string;
  name: string;
  governance: GovernanceForm;
  actors: number;
  links: number;
}

/** The folder name of a pilot under `datasets/pilots/`. */
export function pilotFolder(pilot: PilotSpec): string {
  return `${pilot.code}-${pilot.slug}`;
}

/** Draws one pilot: a pure function of its spec. */
export function drawPilot(pilot: PilotSpec): DatasetTerritory {
  const builder = new PilotBuilder(pilot);
  if (pilot.form === "lead-organisation") drawLeadOrganisation(builder);
  else if (pilot.form === "administrative-organisation") drawAdministrativeOrganisation(builder);
  else drawShared(builder);
  const collectives = drawPilotCollectives(builder);
  const { actors, links } = builder.finish();
  return {
    meta: {
      name: pilot.name,
      description:
        `SYNTHETIC territory, not real data: ${actors.length} fictitious actors and ${links.length} alliances ` +
        `(2008–2024) drawn by a seeded generator to the pattern of ${FORM_DESCRIPTION[pilot.form]}.`,
      source:
        "Catalyse synthetic pilot generator (scripts/datasets/generate-pilots.ts), Catalyse project, MIT",
      directed: false,
      worlds: WORLD_SHARES.map(([world]) => world),
      synthetic: true,
      governance: pilot.form,
      boundingBox: pilot.box,
      generator: {
        script: "scripts/datasets/generate-pilots.ts",
        command: "pnpm datasets:pilots",
        seed: pilot.seed,
        actors: pilot.actors,
        towns: pilot.towns,
        worldShares: Object.fromEntries(WORLD_SHARES),
        years: [2008, 2024],
        ...(pilot.leadWorld === undefined ? {} : { leadWorld: pilot.leadWorld }),
        params: FORM_PARAMS[pilot.form],
        collectives: COLLECTIVE_PARAMS,
      },
    },
    actorColumns: ["territory", "commune", "size", "role"],
    linkColumns: [],
    actors,
    links,
    ...collectives,
  };
}

/** Draws one pilot and writes its folder under `root`. */
export function generatePilot(pilot: PilotSpec, root: string): PilotSummary {
  const territory = drawPilot(pilot);
  const folder = pilotFolder(pilot);
  writeTerritoryFolder(join(root, folder), territory);
  const { actors, links } = territory;
  return { folder, name: pilot.name, governance: pilot.form, actors: actors.length, links: links.length };
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), "../../datasets/pilots");
  rmSync(root, { recursive: true, force: true });
  const summaries = PILOT_SPECS.map((pilot) => generatePilot(pilot, root));
  // NOTE: the folder holds only territory folders, so that `catalyse compare datasets/pilots/*`
  // works in any shell; the synthetic-data notice lives in datasets/README.md and in every
  // territory.json (`synthetic: true`, a description starting with SYNTHETIC).
  for (const summary of summaries)
    console.log(`${summary.folder}: ${summary.governance}, ${summary.actors} actors, ${summary.links} links`);
}

// Run only as a script, so that tests may import the specs without rewriting files.
if (process.argv[1] === fileURLToPath(import.meta.url)) main();
