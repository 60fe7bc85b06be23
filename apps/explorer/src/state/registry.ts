/**
 * Where datasets come from: the territories of the repository's `datasets/`
 * folder (bundled at build time, loaded on demand), the generated ones, and
 * those the user imported (IndexedDB).
 */
import { importFiles, type NamedBytes } from "../io-adapter.js";
import type { DatasetEntry } from "./app-state.js";
import type { Dataset } from "./dataset.js";
import { GENERATED_DATASETS } from "./example-territory.js";
import { loadDatasets } from "./persistence.js";

// Every territory folder under datasets/ (any depth): actors.csv + links.csv (+ territory.json,
// collectives.csv + memberships.csv).
// Imported as URLs and fetched as bytes: some are Windows-1252, which only
// the reader's encoding detection can decode.
const FILES = import.meta.glob(
  "../../../../datasets/**/{actors.csv,links.csv,territory.json,collectives.csv,memberships.csv}",
  {
    query: "?url",
    import: "default",
    eager: true,
  },
) as Record<string, string>;

// The names in territory.json, read at build time: the picker and Compare show
// "Territoire synthétique 01 — Val d'Exemple (fictif)", accents included, not the folder name.
const META = import.meta.glob("../../../../datasets/**/territory.json", {
  import: "default",
  eager: true,
}) as Record<string, { name?: unknown }>;

const SEED = "bundled:seed-ecosystem";
/** Bundled folders that are the synthetic reference pilots. */
const REFERENCE_PREFIX = "bundled:pilots/";

interface BundledFolder {
  key: string;
  name: string;
  files: Map<string, string>;
}

function bundledFolders(): BundledFolder[] {
  const folders = new Map<string, BundledFolder>();
  for (const [path, url] of Object.entries(FILES)) {
    const match = /datasets\/(.+)\/([^/]+)$/.exec(path);
    if (!match) continue;
    const folder = match[1]!;
    let entry = folders.get(folder);
    if (!entry) {
      const declared = Object.entries(META).find(([metaPath]) =>
        metaPath.endsWith(`datasets/${folder}/territory.json`),
      )?.[1]?.name;
      entry = {
        key: `bundled:${folder}`,
        name:
          typeof declared === "string" && declared.trim() !== ""
            ? declared
            : folder.replace(/\//g, " / ").replace(/-/g, " "),
        files: new Map(),
      };
      folders.set(folder, entry);
    }
    entry.files.set(match[2]!, url);
  }
  return [...folders.values()]
    .filter((folder) => folder.files.has("actors.csv") && folder.files.has("links.csv"))
    .sort((a, b) => (a.key === SEED ? -1 : b.key === SEED ? 1 : a.key.localeCompare(b.key)));
}

export class DatasetRegistry {
  private readonly bundled = bundledFolders();
  private readonly imported = new Map<string, Dataset>();

  async init(): Promise<void> {
    for (const dataset of await loadDatasets()) this.imported.set(dataset.key, dataset);
  }

  entries(): DatasetEntry[] {
    return [
      ...this.bundled.map((folder) => ({
        key: folder.key,
        name: folder.name,
        origin: "bundled" as const,
        reference: folder.key.startsWith(REFERENCE_PREFIX),
      })),
      ...Object.entries(GENERATED_DATASETS).map(([key, generated]) => ({
        key,
        name: generated.name,
        label: generated.label,
        origin: "generated" as const,
        reference: false,
      })),
      ...[...this.imported.values()].map((dataset) => ({
        key: dataset.key,
        name: `${dataset.name} (imported)`,
        label: { id: "explorer.dataset.imported", params: { name: dataset.name } } as const,
        origin: "imported" as const,
        reference: false,
      })),
    ];
  }

  /** The default territory: seed-ecosystem when bundled, else the example. */
  defaultKey(): string {
    return this.bundled[0]?.key ?? "example";
  }

  addImported(dataset: Dataset): void {
    this.imported.set(dataset.key, dataset);
  }

  async load(key: string): Promise<Dataset | null> {
    const imported = this.imported.get(key);
    if (imported) return imported;
    const generated = Object.hasOwn(GENERATED_DATASETS, key) ? GENERATED_DATASETS[key] : undefined;
    if (generated) return generated.create();
    const folder = this.bundled.find((entry) => entry.key === key);
    if (!folder) return null;
    const files: NamedBytes[] = [];
    let name = folder.name;
    for (const [file, url] of folder.files) {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${folder.name}/${file}: HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (file === "territory.json") {
        const text = new TextDecoder().decode(bytes);
        try {
          const meta = JSON.parse(text) as { name?: unknown };
          if (typeof meta.name === "string" && meta.name.trim() !== "") name = meta.name;
        } catch {
          // A malformed territory.json: the reader below reports it.
        }
      }
      files.push({ name: file, bytes });
    }
    const result = await importFiles(files);
    if (!result.ok)
      throw new Error(
        `${folder.name}: ${result.problems.map((p) => `${p.file}:${p.line ?? ""} ${p.found}`).join("; ")}`,
      );
    return { ...result.dataset, key, name, origin: "bundled", meta: { ...result.dataset.meta, name } };
  }
}
