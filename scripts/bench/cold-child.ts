/**
 * One fresh process for cold.ts: import the pipeline bundle and check a sequence of messages,
 * each once, measuring CPU time (process.cpuUsage) for the import and for each message. With
 * "warm-up" the Worker's start-up checks run after the import, timed apart, as its module top
 * level runs them before the first email. Each message is one event as workerd runs it (digests
 * hashed in place, the event's pending V8 tasks run at its end and timed with it). Each span is
 * also timed on the JavaScript thread alone, where Node has process.threadCpuUsage (22.19+).
 * Argv: bundle path, facts path, "cold" | "warm-up", the sequence's JSON file ([{ path, from, to, facts?, now? }]).
 * Prints one JSON line.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { endOfEvent } from "./event-end.js";
import { installWorkerdDigest } from "./workerd-digest.js";

installWorkerdDigest();

const [bundlePath, factsPath, mode, sequencePath] = process.argv.slice(2) as [string, string, string, string];
/** A message to handle: its file, envelope, and (for a new note) its own user's facts and arrival time. */
interface Item { path: string; from: string; to: string; facts?: string; now?: string }
const sequence = (JSON.parse(readFileSync(sequencePath, "utf8")) as Item[]).map((m) => ({ ...m, raw: new Uint8Array(readFileSync(m.path)) }));
const DEFAULT_NOW = "2026-11-17T19:00:00-05:00";
const ms = ({ user, system }: NodeJS.CpuUsage) => (user + system) / 1000;
const hasThreadCpu = typeof process.threadCpuUsage === "function";
/** CPU ms so far: the whole process's, and the JavaScript thread's alone (NaN without threadCpuUsage). */
const cpu = () => [ms(process.cpuUsage()), hasThreadCpu ? ms(process.threadCpuUsage()) : NaN] as const;
/** CPU ms since `from`, as [process, JavaScript thread]. */
const since = (from: readonly [number, number]) => {
  const now = cpu();
  return [now[0] - from[0], now[1] - from[1]] as const;
};

const t0 = cpu();
const bundle = (await import(pathToFileURL(bundlePath).href)) as typeof import("./entry.js");
const importMs = since(t0);
const t1 = cpu();
if (mode === "warm-up" && (await bundle.warmUp()) !== "done") throw new Error("the start-up checks failed");
await endOfEvent();
const warmUpMs = since(t1);
// One store per user's facts, as one Worker isolate reads one user's KV; made before the timing.
const stores = new Map<string, Awaited<ReturnType<typeof bundle.storeFacts>>>();
for (const path of new Set([factsPath, ...sequence.map((m) => m.facts ?? factsPath)])) stores.set(path, await bundle.storeFacts(JSON.parse(readFileSync(path, "utf8"))));
const checksMs: (readonly [number, number])[] = [];
for (const { raw, from, to, facts, now } of sequence) {
  const start = cpu();
  await bundle.checkOnce(raw, stores.get(facts ?? factsPath)!, { from, to }, new Date(now ?? DEFAULT_NOW));
  await endOfEvent();
  checksMs.push(since(start));
}
const mainThread = hasThreadCpu ? { importMs: importMs[1], warmUpMs: warmUpMs[1], checksMs: checksMs.map((c) => c[1]) } : null;
console.log(JSON.stringify({ importMs: importMs[0], warmUpMs: warmUpMs[0], checksMs: checksMs.map((c) => c[0]), mainThread }));
