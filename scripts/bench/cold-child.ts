/**
 * One cold start, run in a fresh Node process by cold.ts: import the bundled pipeline and check
 * one message, measuring CPU time (process.cpuUsage) for the import and for the first check.
 * Argv: bundle path, message path, facts path. Prints one JSON line.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [bundlePath, messagePath, factsPath, to] = process.argv.slice(2) as [string, string, string, string];
const raw = new Uint8Array(readFileSync(messagePath));
const facts: unknown = JSON.parse(readFileSync(factsPath, "utf8"));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const t0 = cpu();
const bundle = (await import(pathToFileURL(bundlePath).href)) as typeof import("./entry.js");
const t1 = cpu();
const store = await bundle.storeFacts(facts);
const summary = await bundle.checkOnce(raw, store, { from: "alex@candidate.example", to }, new Date("2026-11-17T19:00:00-05:00"));
const t2 = cpu();
console.log(JSON.stringify({ importMs: t1 - t0, firstCheckMs: t2 - t1, coldMs: t2 - t0, kind: summary.kind }));
