/**
 * Garbage-collection pauses of the main thread (Node's "gc" performance entries), to tell how
 * much of the warm tail is collection: a pause lands in whichever check is running, or, for a
 * collection V8 schedules as a task, in the next check that waits for the event loop.
 */
import { PerformanceObserver, type PerformanceEntry } from "node:perf_hooks";

/** One pause, on the performance.now() clock. */
export interface Pause {
  start: number;
  end: number;
}

/** Runs `run` and returns its result with the pauses observed meanwhile. */
export async function withGcPauses<T>(run: () => Promise<T>): Promise<{ result: T; pauses: Pause[] }> {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ entryTypes: ["gc"] });
  try {
    const result = await run();
    // Entries are delivered after the event loop turns: let it.
    await new Promise((resolve) => setTimeout(resolve, 10));
    return { result, pauses: entries.map((e) => ({ start: e.startTime, end: e.startTime + e.duration })) };
  } finally {
    observer.disconnect();
  }
}

/** True when some pause overlaps [start, end]. */
export function hasPause(pauses: readonly Pause[], start: number, end: number): boolean {
  return pauses.some((p) => p.start < end && start < p.end);
}
