/**
 * One fresh process for cold.ts: import the pipeline bundle and check a sequence of messages,
 * each once, measuring CPU time (process.cpuUsage) for the import and for each message. With
 * "warm-up" the Worker's start-up checks run after the import, timed apart, as its module top
 * level runs them before the first email. Each message is one event as workerd runs it (digests
 * hashed in place, Blobs joined when made, the event's pending V8 tasks run at its end and timed
 * with it).
 * Each message is also timed on the main thread alone (process.threadCpuUsage, Node 23.9 and
 * later), which leaves out what V8's compiler and GC helper threads spend beside it.
 * Argv: bundle path, facts path, "cold" | "warm-up", the sequence's JSON file ([{ path, from, to, facts?, now? }]).
 * Prints one JSON line.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { endOfEvent } from "./event-end.js";
import { installWorkerdBlob } from "./workerd-blob.js";
import { installWorkerdDigest } from "./workerd-digest.js";

installWorkerdDigest();
installWorkerdBlob();

const [bundlePath, factsPath, mode, sequencePath] = process.argv.slice(2) as [string, string, string, string];
/** A message to handle: its file, envelope, and (for a new note) its own user's facts and arrival time. */
interface Item { path: string; from: string; to: string; facts?: string; now?: string }
const sequence = (JSON.parse(readFileSync(sequencePath, "utf8")) as Item[]).map((m) => ({ ...m, raw: new Uint8Array(readFileSync(m.path)) }));
const DEFAULT_NOW = "2026-11-17T19:00:00-05:00";
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const threadUsage = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage;
const threadCpu = () => {
  const u = threadUsage!.call(process);
  return (u.user + u.system) / 1000;
};

const t0 = cpu();
const bundle = (await import(pathToFileURL(bundlePath).href)) as typeof import("./entry.js");
const importMs = cpu() - t0;
const t1 = cpu();
if (mode === "warm-up" && (await bundle.warmUp()) !== "done") throw new Error("the start-up checks failed");
await endOfEvent();
const warmUpMs = cpu() - t1;
// One store per user's facts, as one Worker isolate reads one user's KV; made before the timing.
const stores = new Map<string, Awaited<ReturnType<typeof bundle.storeFacts>>>();
for (const path of new Set([factsPath, ...sequence.map((m) => m.facts ?? factsPath)])) stores.set(path, await bundle.storeFacts(JSON.parse(readFileSync(path, "utf8"))));
const checksMs: number[] = [];
const checksThreadMs: number[] = [];
for (const { raw, from, to, facts, now } of sequence) {
  const [start, threadStart] = [cpu(), threadUsage ? threadCpu() : 0];
  await bundle.checkOnce(raw, stores.get(facts ?? factsPath)!, { from, to }, new Date(now ?? DEFAULT_NOW));
  await endOfEvent();
  checksMs.push(cpu() - start);
  if (threadUsage) checksThreadMs.push(threadCpu() - threadStart);
}
console.log(JSON.stringify({ importMs, warmUpMs, checksMs, ...(threadUsage ? { checksThreadMs } : {}) }));
