/**
 * Timings in one warm process, in wall-clock ms of each check run as one event the way workerd
 * runs it (one thread, no I/O, digests hashed in place: workerd-digest.ts; Blobs joined when
 * made: workerd-blob.ts; the event's pending V8 tasks run at its end: event-end.ts): new notes
 * checked once and again, the peers on the same note texts, and the hostile 100 KB notes.
 */
import { endOfEvent, timeEvent } from "./event-end.js";
import { FACTS_JSON, NOW } from "./inputs.js";
import type { NewNote } from "./new-notes.js";

export type Bundle = typeof import("./entry.js");

/**
 * An email's bytes as they reach the Worker: each email is read into bytes of its own, and the
 * pipeline remembers a parse by its bytes (parse.ts) only while they live, so a note checked
 * again arrives as new bytes and is parsed again. The copy is made before the timing starts.
 */
const arrived = (raw: Uint8Array): Uint8Array => raw.slice();

/** Timed checks per hostile input after its warm-up: the median of three keeps one GC pause from being read as the input's cost. */
const ADVERSARIAL_ROUNDS = 3;

/**
 * The hostile 100 KB notes of the fuzz suite (test/fuzz/hostile-inputs.ts), each checked once
 * to warm the code it takes and then ADVERSARIAL_ROUNDS times: its median is what a hostile
 * draft costs in a warm isolate.
 */
export async function timeAdversarial(bundle: Bundle, inputs: Array<[string, string]>): Promise<{ label: string; ms: number }[]> {
  const envelope = { from: "alex@candidate.example", to: "check+northwind-sre@example.com" };
  const timed: { label: string; ms: number }[] = [];
  for (const [label, raw] of inputs) {
    const bytes = new TextEncoder().encode(raw);
    await bundle.checkOnce(arrived(bytes), await bundle.storeFacts(FACTS_JSON), envelope, NOW);
    const samples: number[] = [];
    for (let r = 0; r < ADVERSARIAL_ROUNDS; r++) {
      const [store, email] = [await bundle.storeFacts(FACTS_JSON), arrived(bytes)];
      samples.push(await timeEvent(() => bundle.checkOnce(email, store, envelope, NOW)));
    }
    timed.push({ label, ms: samples.sort((a, b) => a - b)[Math.floor(ADVERSARIAL_ROUNDS / 2)]! });
  }
  return timed;
}

/** What checking new notes cost, in ms per note: the first check of each, and the same note again. */
export interface NewNoteTimes {
  first: Map<NewNote, number>;
  again: Map<NewNote, number>;
}

/**
 * Each of `notes` checked once and then once more, in an isolate that ran the Worker's start-up
 * checks and then checked `warmOn` (other notes) twice: the first check is a note never seen
 * before, with the code compiled and nothing of its text remembered; the second is a re-check.
 * Must run before anything else checks `notes` in this process.
 */
export async function timeNewNotes(bundle: Bundle, warmOn: readonly NewNote[], notes: readonly NewNote[]): Promise<NewNoteTimes> {
  const stores = new Map<object, Awaited<ReturnType<Bundle["storeFacts"]>>>();
  for (const n of [...warmOn, ...notes]) if (!stores.has(n.facts)) stores.set(n.facts, await bundle.storeFacts(n.facts));
  const check = (n: NewNote, email: Uint8Array) => bundle.checkOnce(email, stores.get(n.facts)!, n.envelope, n.now);
  if ((await bundle.warmUp()) !== "done") throw new Error("the start-up checks failed");
  for (let r = 0; r < 2; r++) for (const n of warmOn) await check(n, arrived(n.raw)).then(endOfEvent);
  const timeEach = async () => {
    const times = new Map<NewNote, number>();
    for (const n of notes) {
      const email = arrived(n.raw);
      times.set(n, await timeEvent(() => check(n, email)));
    }
    return times;
  };
  const first = await timeEach();
  return { first, again: await timeEach() };
}

/** A peer's time per note text, each text checked once after the peer has checked `warmOn`'s texts. */
export async function timePeerOnce(texts: Map<NewNote, string>, warmOn: readonly string[], check: (text: string) => unknown): Promise<Map<NewNote, number>> {
  for (const text of warmOn) await check(text);
  const times = new Map<NewNote, number>();
  for (const [note, text] of texts) times.set(note, await timeEvent(() => check(text)));
  return times;
}
