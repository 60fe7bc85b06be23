/**
 * A card's charts as a standalone SVG file: the page styles its charts
 * with CSS classes, which a file opened elsewhere lacks, so the computed
 * presentation properties are written onto each element of a copy.
 */
const PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "opacity",
  "font-size",
  "font-family",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
] as const;

const SVG_NS = "http://www.w3.org/2000/svg";

/** A copy of `svg` carrying its computed presentation properties, without the page's classes. */
function inlinedCopy(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [copy, ...copy.querySelectorAll("*")];
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!target) return;
    const style = getComputedStyle(original);
    for (const property of PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value) target.setAttribute(property, value);
    }
    target.removeAttribute("class");
  });
  return copy;
}

/**
 * The charts of a card as one SVG file. One chart is written as it is; several
 * (the gauges card's three gauges) are nested in one SVG, each where the page
 * places it relative to the others, so the file shows the whole card.
 */
export function standaloneSvg(svgs: readonly SVGSVGElement[], title: string): string {
  const boxes = svgs.map((svg) => svg.getBoundingClientRect());
  let root: SVGSVGElement;
  if (svgs.length === 1) {
    root = inlinedCopy(svgs[0]!);
    const box = boxes[0]!;
    if (!root.getAttribute("width")) root.setAttribute("width", String(Math.round(box.width)));
    if (!root.getAttribute("height")) root.setAttribute("height", String(Math.round(box.height)));
  } else {
    const left = Math.min(...boxes.map((box) => box.left));
    const top = Math.min(...boxes.map((box) => box.top));
    const width = Math.max(...boxes.map((box) => box.right)) - left;
    const height = Math.max(...boxes.map((box) => box.bottom)) - top;
    root = document.createElementNS(SVG_NS, "svg");
    root.setAttribute("width", String(Math.round(width)));
    root.setAttribute("height", String(Math.round(height)));
    root.setAttribute("viewBox", `0 0 ${Math.round(width)} ${Math.round(height)}`);
    svgs.forEach((svg, i) => {
      const copy = inlinedCopy(svg);
      const box = boxes[i]!;
      copy.setAttribute("x", String(Math.round(box.left - left)));
      copy.setAttribute("y", String(Math.round(box.top - top)));
      copy.setAttribute("width", String(Math.round(box.width)));
      copy.setAttribute("height", String(Math.round(box.height)));
      copy.removeAttribute("xmlns");
      root.append(copy);
    });
  }
  root.setAttribute("xmlns", SVG_NS);
  const titleElement = document.createElementNS(SVG_NS, "title");
  titleElement.textContent = title;
  root.prepend(titleElement);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}
