/** Numbers and shares for readers: few digits, null as "not available". */

export const NOT_AVAILABLE = "not available";

export function formatValue(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NOT_AVAILABLE;
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toFixed(digits)));
}

export function formatShare(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NOT_AVAILABLE;
  const percent = value * 100;
  return `${percent < 10 && percent !== 0 ? percent.toFixed(1) : percent.toFixed(0)}%`;
}
