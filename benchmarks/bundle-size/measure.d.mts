/** Types of measure.mjs (plain JavaScript, run with node alone). */
export const BUDGET_BYTES: number;
export function measureBundle(): Promise<{ minified: number; gzipped: number }>;
