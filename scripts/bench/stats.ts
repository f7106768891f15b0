/** Small statistics and size classes shared by the benchmark's parts. */

/** Message size classes, by raw bytes: a note, a note with a small file, with a document, with a large file. */
export const SIZE_CLASSES = [
  { name: "<8 KB", max: 8 * 1024 },
  { name: "8-64 KB", max: 64 * 1024 },
  { name: "64 KB-1 MB", max: 1024 * 1024 },
  { name: ">1 MB", max: Infinity },
] as const;

export type SizeClass = (typeof SIZE_CLASSES)[number]["name"];

export function sizeClass(bytes: number): SizeClass {
  return SIZE_CLASSES.find((c) => bytes < c.max)!.name;
}

/** The q-quantile (0..1) of `values` by nearest rank; NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** Milliseconds with sensible precision for a table. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return "-";
  return value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0);
}

/** CPU time (user + system) in milliseconds since `start`, from process.cpuUsage(). */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}
