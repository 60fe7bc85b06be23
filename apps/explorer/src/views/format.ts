/** How the explorer prints numbers and shares (until the readings catalogues take over). */
export function formatNumber(value: number | null, digits = 3): string {
  if (value === null) return "—";
  if (Number.isInteger(value) && digits === 0) return value.toLocaleString("en-GB");
  return value.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export function formatShare(value: number | null): string {
  return value === null ? "—" : `${(value * 100).toFixed(value < 0.1 ? 1 : 0)}%`;
}

/** A whole number with the page's grouping (1,234). */
export function formatCount(value: number): string {
  return value.toLocaleString("en-GB");
}
