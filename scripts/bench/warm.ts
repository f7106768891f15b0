/**
 * Warm timings in one process: every message many times, round-robin (so garbage collection
 * lands where it would in a busy isolate), for the full pipeline and for postal-mime's parse
 * alone on the same bytes.
 */
import type { BenchMessage } from "./inputs.js";
import { FACTS_JSON, NOW } from "./inputs.js";
import type { NewNote } from "./new-notes.js";

export type Bundle = typeof import("./entry.js");

/**
 * Per-message wall-clock samples in ms. One thread, no I/O, so wall time is CPU time, except
 * for crypto.subtle.digest (KV keys of sent copies and invitations): Node hashes on its thread
 * pool, and the event-loop turn that returns the hash also runs any collection V8 has queued.
 */
export type Samples = Map<BenchMessage, number[]>;

/** Where each sample ran, on the performance.now() clock (to find the samples a GC pause fell in). */
export type Spans = Map<BenchMessage, [start: number, end: number][]>;

async function timeRounds(messages: BenchMessage[], rounds: number, run: (m: BenchMessage) => Promise<unknown>, spans?: Spans): Promise<Samples> {
  const samples: Samples = new Map(messages.map((m) => [m, []]));
  for (const m of messages) await run(m); // warm-up: JIT and lazy initialisation
  for (let r = 0; r < rounds; r++) {
    for (const m of messages) {
      const start = performance.now();
      await run(m);
      const end = performance.now();
      samples.get(m)!.push(end - start);
      if (spans) (spans.get(m) ?? spans.set(m, []).get(m)!).push([start, end]);
    }
  }
  return samples;
}

const checkPipeline = (bundle: Bundle) => async (m: BenchMessage) => bundle.checkOnce(m.raw, await bundle.storeFacts(FACTS_JSON), m.envelope, NOW);

/** The full pipeline (parse to rendered reply) per message; `spans`, when given, gets where each sample ran. */
export function timePipeline(bundle: Bundle, messages: BenchMessage[], rounds: number, spans?: Spans): Promise<Samples> {
  return timeRounds(messages, rounds, checkPipeline(bundle), spans);
}

/**
 * Each of `fresh` checked once, in an isolate already warmed on `warmOn` (other notes): what a
 * note never seen before costs once the code is compiled, with nothing about its own text
 * remembered. Must run before anything else checks `fresh` in this process.
 */
export async function timeFirstSight(bundle: Bundle, warmOn: BenchMessage[], fresh: BenchMessage[]): Promise<number[]> {
  const check = checkPipeline(bundle);
  for (let r = 0; r < 3; r++) for (const m of warmOn) await check(m);
  const samples: number[] = [];
  for (const m of fresh) {
    const start = performance.now();
    await check(m);
    samples.push(performance.now() - start);
  }
  return samples;
}

/** postal-mime's parse alone: the floor any MIME-reading checker pays. */
export function timeParse(bundle: Bundle, messages: BenchMessage[], rounds: number): Promise<Samples> {
  return timeRounds(messages, rounds, (m) => bundle.PostalMime.parse(m.raw));
}

/** Our rules alone (see rulesOnly in entry.ts) on each message whose note they run on. */
export async function timeRules(bundle: Bundle, messages: BenchMessage[], rounds: number): Promise<Samples> {
  const runs = new Map<BenchMessage, () => unknown>();
  for (const m of messages) {
    const run = await bundle.rulesOnly(m.raw, FACTS_JSON, m.envelope, NOW);
    if (run) runs.set(m, run);
  }
  return timeRounds([...runs.keys()], rounds, async (m) => runs.get(m)!());
}

/** Times a checker of plain note text on each message's note. */
export function timeText(notes: Map<BenchMessage, string>, rounds: number, check: (text: string) => unknown): Promise<Samples> {
  const messages = [...notes.keys()];
  return timeRounds(messages, rounds, async (m) => check(notes.get(m)!));
}

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
    await bundle.checkOnce(bytes, await bundle.storeFacts(FACTS_JSON), envelope, NOW);
    const samples: number[] = [];
    for (let r = 0; r < ADVERSARIAL_ROUNDS; r++) {
      const store = await bundle.storeFacts(FACTS_JSON);
      const start = performance.now();
      await bundle.checkOnce(bytes, store, envelope, NOW);
      samples.push(performance.now() - start);
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
  const check = (n: NewNote) => bundle.checkOnce(n.raw, stores.get(n.facts)!, n.envelope, n.now);
  if ((await bundle.warmUp()) !== "done") throw new Error("the start-up checks failed");
  for (let r = 0; r < 2; r++) for (const n of warmOn) await check(n);
  const timeEach = async () => {
    const times = new Map<NewNote, number>();
    for (const n of notes) {
      const start = performance.now();
      await check(n);
      times.set(n, performance.now() - start);
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
  for (const [note, text] of texts) {
    const start = performance.now();
    await check(text);
    times.set(note, performance.now() - start);
  }
  return times;
}
