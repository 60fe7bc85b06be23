/**
 * A tiny DOM builder. Text is always set with `textContent` (never
 * `innerHTML`), so an actor named `<img src=x onerror=alert(1)>` shows as text.
 */
type Child = Node | string | number | null | undefined | false;
/** Children nest: arrays of arrays are flattened. */
export type Children = Child | readonly Children[];
type Props = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Children[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setProps(element, props);
  append(element, children);
  return element;
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Children[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  setProps(element, props);
  append(element, children);
  return element;
}

function setProps(element: Element, props: Props): void {
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.replace(/^on/, "").toLowerCase(), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
}

function append(element: Element, children: readonly Children[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(element, child as readonly Children[]);
    else if (child === null || child === undefined || child === false) continue;
    else element.append(typeof child === "object" ? (child as Node) : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function replace(element: Element, ...children: Children[]): void {
  element.replaceChildren();
  append(element, children);
}
