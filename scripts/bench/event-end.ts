/**
 * The end of an event as workerd runs it: once an event's JavaScript returns, workerd runs the
 * microtasks and then V8's pending foreground tasks (garbage-collection steps, compiled code to
 * install, FinalizationRegistry clean-ups) before it leaves the event's CPU limit, so what they
 * cost is the event's. Node runs those tasks only when its event loop turns, and a bench loop of
 * awaited checks never lets it: each timed email ends here, inside its timing.
 */
export const endOfEvent = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Wall-clock ms of `event` run as one event: its work, then the end of the event. */
export async function timeEvent(event: () => unknown): Promise<number> {
  const start = performance.now();
  await event();
  await endOfEvent();
  return performance.now() - start;
}
