/**
 * Imported datasets survive reloads in IndexedDB (localStorage's ~5 MB is too
 * small for a 25,000-link territory). One object store, keyed by dataset key.
 * Every call degrades to a no-op when IndexedDB is unavailable (private mode).
 */
import type { Dataset } from "./dataset.js";

const DB_NAME = "catalyse-explorer";
const STORE = "datasets";

function open(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    if (typeof indexedDB === "undefined") return resolve(null);
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "key" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
  });
}

function run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | null> {
  return open().then(
    (db) =>
      new Promise<T | null>((resolve) => {
        if (!db) return resolve(null);
        const transaction = db.transaction(STORE, mode);
        const request = body(transaction.objectStore(STORE));
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(null);
        transaction.oncomplete = () => db.close();
      }),
  );
}

export async function saveDataset(dataset: Dataset): Promise<void> {
  await run("readwrite", (store) => store.put(dataset));
}

export async function loadDatasets(): Promise<Dataset[]> {
  return ((await run("readonly", (store) => store.getAll())) as Dataset[] | null) ?? [];
}

export async function deleteDataset(key: string): Promise<void> {
  await run("readwrite", (store) => store.delete(key));
}
