/**
 * Map labels that never overlap: a greedy placement in the spirit of
 * Imhof's cartographic rules and of the candidate-position methods (Christensen,
 * Marks & Shieber 1995, "An empirical study of algorithms for point-feature
 * label placement"): labels are taken by importance; each tries a fixed list of
 * positions around its point (right, left, above, below, then the corners) and
 * takes the first whose box stays inside the chart and meets no label already
 * placed, preferring positions that cover no other actor's dot. A label with
 * no free position is left out: its actor is still named on hover by the
 * dot's `<title>`.
 *
 * Text boxes are estimated from the character count, on the wide side (so
 * that an estimate never hides a real overlap): SVG text is not measured
 * outside a browser.
 */

export interface LabelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelCandidate {
  /** Anything identifying the label (the actor's key). */
  key: string;
  text: string;
  /** The point labelled and the radius of its dot. */
  x: number;
  y: number;
  radius: number;
}

export interface PlacedLabel {
  key: string;
  text: string;
  /** Where the `<text>` element goes, and its `text-anchor`. */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  box: LabelBox;
}

export interface PlaceLabelsOptions {
  /** The area labels must stay in. */
  bounds: LabelBox;
  /** Font size in pixels. Default 10. */
  fontSize?: number;
  /** Every dot on the chart, which labels avoid covering when they can. */
  dots?: readonly { x: number; y: number; radius: number }[];
}

export const PLACE_LABELS_DEFAULTS = { fontSize: 10 } as const;

/** Room left around a label's text (its white halo is 1.5 px wide). */
const PADDING = 2;
const GAP = 2;
/** Line height, in font sizes. */
const LINE = 1.2;

/** The box a text of `text.length` characters takes, its anchor at (x, y) on the baseline. */
export function labelBox(
  text: string,
  x: number,
  y: number,
  anchor: PlacedLabel["anchor"],
  fontSize: number = PLACE_LABELS_DEFAULTS.fontSize,
): LabelBox {
  const width = textWidth(text, fontSize);
  const left = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
  return {
    left: left - PADDING,
    right: left + width + PADDING,
    top: y - 0.8 * fontSize - PADDING,
    bottom: y + 0.25 * fontSize + PADDING,
  };
}

/** A generous width: capitals and wide letters count more, and no glyph less than a half em. */
function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text)
    ems += /[MW@%]/.test(char)
      ? 0.95
      : /[A-Z0-9&]/.test(char)
        ? 0.72
        : /[ilI.,:;'|!]/.test(char)
          ? 0.35
          : 0.6;
  return ems * fontSize;
}

export function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function inside(box: LabelBox, bounds: LabelBox): boolean {
  return (
    box.left >= bounds.left &&
    box.right <= bounds.right &&
    box.top >= bounds.top &&
    box.bottom <= bounds.bottom
  );
}

function coversDot(box: LabelBox, dot: { x: number; y: number; radius: number }): boolean {
  const nearestX = Math.max(box.left, Math.min(dot.x, box.right));
  const nearestY = Math.max(box.top, Math.min(dot.y, box.bottom));
  return (nearestX - dot.x) ** 2 + (nearestY - dot.y) ** 2 < dot.radius ** 2;
}

/** The positions a label tries, best first: the eight around its dot, then above and below at one and two lines more. */
function positions(candidate: LabelCandidate, fontSize: number): Omit<PlacedLabel, "key" | "text" | "box">[] {
  const { x, y, radius: r } = candidate;
  const middle = y + 0.3 * fontSize;
  const d = r + GAP;
  const diagonal = r * Math.SQRT1_2 + GAP;
  const above = (lines: number) => y - d - 0.25 * fontSize - lines * LINE * fontSize;
  const below = (lines: number) => y + d + 0.8 * fontSize + lines * LINE * fontSize;
  return [
    { x: x + d, y: middle, anchor: "start" },
    { x: x - d, y: middle, anchor: "end" },
    { x, y: above(0), anchor: "middle" },
    { x, y: below(0), anchor: "middle" },
    { x: x + diagonal, y: y - diagonal - 0.25 * fontSize, anchor: "start" },
    { x: x - diagonal, y: y - diagonal - 0.25 * fontSize, anchor: "end" },
    { x: x + diagonal, y: y + diagonal + 0.8 * fontSize, anchor: "start" },
    { x: x - diagonal, y: y + diagonal + 0.8 * fontSize, anchor: "end" },
    ...[1, 2].flatMap((lines): Omit<PlacedLabel, "key" | "text" | "box">[] => [
      { x, y: above(lines), anchor: "middle" },
      { x, y: below(lines), anchor: "middle" },
    ]),
  ];
}

/**
 * Places labels in the order given (most important first). Returns the
 * labels placed; none of their boxes overlaps another, and every box lies
 * within `bounds`.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  options: PlaceLabelsOptions,
): PlacedLabel[] {
  const fontSize = options.fontSize ?? PLACE_LABELS_DEFAULTS.fontSize;
  const dots = options.dots ?? [];
  const placed: PlacedLabel[] = [];
  for (const candidate of candidates) {
    const free = positions(candidate, fontSize)
      .map((position) => ({
        ...position,
        box: labelBox(candidate.text, position.x, position.y, position.anchor, fontSize),
      }))
      .filter(
        (option) =>
          inside(option.box, options.bounds) && placed.every((other) => !boxesOverlap(option.box, other.box)),
      );
    // Prefer a position that hides no other actor's dot; else the first free one.
    const chosen =
      free.find((option) =>
        dots.every((dot) => (dot.x === candidate.x && dot.y === candidate.y) || !coversDot(option.box, dot)),
      ) ?? free[0];
    if (chosen !== undefined) placed.push({ key: candidate.key, text: candidate.text, ...chosen });
  }
  return placed;
}
