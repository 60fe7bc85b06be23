/** The page's fixed elements (index.html), by id. Throws on a missing one: a typo, not a state. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`explorer: no element #${id} in index.html`);
  return element as T;
}
