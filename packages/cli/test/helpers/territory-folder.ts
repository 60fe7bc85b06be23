/** Writes a territory as a CSV folder (actors.csv + links.csv), as users give it to `catalyse`. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ActorInput, LinkInput } from "@catalyse/core";

const cell = (value: unknown) => {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export async function writeTerritoryFolder(
  folder: string,
  actors: readonly ActorInput[],
  links: readonly LinkInput[],
): Promise<string> {
  await mkdir(folder, { recursive: true });
  await writeFile(
    join(folder, "actors.csv"),
    ["id,label,world", ...actors.map((a) => [a.id, a.label ?? a.id, a.world].map(cell).join(","))].join(
      "\n",
    ) + "\n",
  );
  await writeFile(
    join(folder, "links.csv"),
    [
      "source,target,weight,start,end",
      ...links.map((l) =>
        [l.source, l.target, l.weight ?? 1, l.start ?? "", l.end ?? ""].map(cell).join(","),
      ),
    ].join("\n") + "\n",
  );
  return folder;
}
