/** Spreadsheet cell references: column letters ↔ 1-based numbers (`A` = 1, `AA` = 27). */

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The row and column of a reference such as `B12`; undefined when it is not one. */
export function parseCellRef(ref: string): { row: number; column: number } | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(ref.toUpperCase());
  if (!match) return undefined;
  let column = 0;
  for (const char of match[1]!) column = column * 26 + (char.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}

/**
 * An Excel serial date (days since 1899-12-30 in the 1900 system, which
 * counts the non-existent 29 February 1900) as an ISO date.
 */
export function serialToIsoDate(serial: number, date1904 = false): string {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  const time = Date.UTC(1899, 11, 30) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}
