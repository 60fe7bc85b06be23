/**
 * Builds `datasets/seed-ecosystem/` from the actors and links transcribed in
 * `seed-ecosystem-actors.ts` and `seed-ecosystem-links.ts`, after checking
 * that every evidence excerpt is a verbatim part of the founding article.
 *
 * Run from the repo root: `pnpm exec tsx scripts/datasets/build-seed-ecosystem.ts [article.txt]`.
 * The article defaults to the first `.txt` in `$CATALYSE_SEED_ARTICLES` or
 * `../shared/seeds/` from the repository root (where the project's shared
 * folder sits beside every clone); it is not copied into the repo.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SEED_ACTOR_COLUMNS, SEED_ACTORS } from "./seed-ecosystem-actors.js";
import {
  SEED_COLLECTIVE_COLUMNS,
  SEED_COLLECTIVES,
  SEED_MEMBERSHIP_COLUMNS,
  SEED_MEMBERSHIPS,
} from "./seed-ecosystem-collectives.js";
import { EVIDENCE_SEPARATOR, SEED_LINK_COLUMNS, SEED_LINKS } from "./seed-ecosystem-links.js";
import { type DatasetLink, type DatasetTerritory, writeTerritoryFolder } from "./territory-writer.js";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The founding article's path, or undefined when it is not on this machine. */
export function findSeedArticle(): string | undefined {
  const folders = [process.env.CATALYSE_SEED_ARTICLES, join(REPO_ROOT, "../shared/seeds")].filter(
    (folder): folder is string => folder !== undefined && existsSync(folder),
  );
  for (const folder of folders) {
    const text = readdirSync(folder)
      .filter((name) => name.endsWith(".txt"))
      .sort()[0];
    if (text !== undefined) return join(folder, text);
  }
  return undefined;
}

/** The excerpts of a row's evidence cell (link, collective, membership) that are not verbatim in `article`. */
export function missingExcerpts(row: Pick<DatasetLink, "attributes">, article: string): string[] {
  const evidence = row.attributes.evidence;
  if (typeof evidence !== "string" || evidence === "") return ["(no evidence)"];
  return evidence.split(EVIDENCE_SEPARATOR).filter((excerpt) => !article.includes(excerpt));
}

function main(): void {
  const articlePath = process.argv[2] ?? findSeedArticle();
  if (articlePath === undefined)
    throw new Error("founding article not found; pass its path: build-seed-ecosystem.ts <article.txt>");
  const article = readFileSync(articlePath, "utf8");
  const problems = [
    ...SEED_LINKS.map((link) => [`${link.source}–${link.target}`, link] as const),
    ...SEED_COLLECTIVES.map((collective) => [collective.id, collective] as const),
    ...SEED_MEMBERSHIPS.map((m) => [`${m.collective} ∋ ${m.actor}`, m] as const),
  ].flatMap(([name, row]) => missingExcerpts(row, article).map((excerpt) => `${name}: «${excerpt}»`));
  if (problems.length > 0)
    throw new Error(`evidence not found verbatim in ${articlePath}:\n  ${problems.join("\n  ")}`);
  writeTerritoryFolder(join(REPO_ROOT, "datasets/seed-ecosystem"), seedEcosystem());
  console.log(
    `seed-ecosystem: ${SEED_ACTORS.length} actors, ${SEED_LINKS.length} links, ${SEED_COLLECTIVES.length} collectives, ${SEED_MEMBERSHIPS.length} memberships, evidence verified`,
  );
}

/** The territory as transcribed, ready for {@link writeTerritoryFolder}. */
export function seedEcosystem(): DatasetTerritory {
  return {
    meta: {
      name: "Écosystème des alliances territoriales de l'article fondateur",
      description:
        "The organisations named by Catalyse's founding article (a French blog post of January 2021 on four " +
        "« exemples inspirants »: GAIA and the Labo des partenariats de Grenoble in Isère, La Poste's Alliance " +
        "Dynamique, the CRESS Bretagne and its local ESS poles, the Massif Central experiment) and the " +
        "alliances the article states or clearly implies, each with a verbatim evidence excerpt.",
      source:
        "Founding article of Catalyse (French blog post, January 2021; shared/seeds/000_58537266f1e6b89e.txt), " +
        "transcribed by scripts/datasets/build-seed-ecosystem.ts",
      directed: false,
      worlds: ["association", "entreprise", "collectivité", "État", "académique", "fondation"],
      synthetic: false,
      licence:
        "Facts transcribed from the article; evidence cells are short quotations with their source " +
        "(French right of quotation, CPI L122-5 3° a). The transcription is MIT, like Catalyse.",
      articleDate: "2021-01",
      columns: {
        territory:
          "the territory the actor belongs to in the article (Isère, Bretagne, Massif Central, …) or national",
        city: "the city whose centre gives lat/lon",
        named_as: "how the article names the actor",
        world_basis: "stated / implied / evident, and why",
        role: "a role the article gives (GAIA: « catalyseur territorial »)",
        evidence: "verbatim excerpts of the article, joined by « […] »",
        date_basis:
          "stated (the excerpt dates it) or relative (« la semaine dernière », the article being of 2021)",
        unnamed_members:
          "members of a collective the article counts without naming them (« 53 réseaux de l’ESS »)",
      },
    },
    actorColumns: SEED_ACTOR_COLUMNS,
    linkColumns: SEED_LINK_COLUMNS,
    actors: SEED_ACTORS,
    links: SEED_LINKS,
    collectiveColumns: SEED_COLLECTIVE_COLUMNS,
    membershipColumns: SEED_MEMBERSHIP_COLUMNS,
    collectives: SEED_COLLECTIVES,
    memberships: SEED_MEMBERSHIPS,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
