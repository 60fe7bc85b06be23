/**
 * Link dates: a year (`2012`), a month (`2012-05`) or a day (`2012-05-03`).
 * A year used as a start means its first day; used as an end, its last day,
 * so that a link `2012–2012` is active throughout 2012.
 */

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether `value` is a date Catalyse understands. */
export function isLinkDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days in a month of the proleptic Gregorian calendar (2012-02 has 29, 2100-02 has 28). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * A sortable number (yyyymmdd) for a date, taking the earliest day it may mean
 * (`bound: "start"`) or the latest (`bound: "end"`). Returns NaN for an invalid date.
 */
export function dateOrdinal(value: string, bound: "start" | "end"): number {
  const match = DATE_PATTERN.exec(value);
  if (!match) return Number.NaN;
  const year = Number(match[1]);
  const month = match[2] === undefined ? (bound === "start" ? 1 : 12) : Number(match[2]);
  const day = match[3] === undefined ? (bound === "start" ? 1 : 31) : Number(match[3]);
  return year * 10000 + month * 100 + day;
}

/** The year a date falls in. */
export function dateYear(value: string): number {
  return Number(value.slice(0, 4));
}
