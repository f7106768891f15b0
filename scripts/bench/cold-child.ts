/**
 * One cold start, run in a fresh Node process by cold.ts: import a bundle and handle one
 * message, measuring CPU time (process.cpuUsage) for the import and for the first message.
 * The pipeline bundle checks it; the parser bundle (postal-mime alone, the floor) parses it.
 * With "warm-up" the Worker's start-up checks run after the import, timed apart, as its module
 * top level runs them before the first email.
 * Argv: bundle path, message path, facts path, checker address, "cold" | "warm-up". Prints one JSON line.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [bundlePath, messagePath, factsPath, to, mode] = process.argv.slice(2) as [string, string, string, string, string];
const raw = new Uint8Array(readFileSync(messagePath));
const facts: unknown = JSON.parse(readFileSync(factsPath, "utf8"));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const t0 = cpu();
const bundle = (await import(pathToFileURL(bundlePath).href)) as typeof import("./entry.js") | typeof import("./parser-entry.js");
const afterImport = cpu();
if (mode === "warm-up" && "warmUp" in bundle) await bundle.warmUp();
const t1 = cpu();
let kind: string;
if ("checkOnce" in bundle) {
  const store = await bundle.storeFacts(facts);
  kind = (await bundle.checkOnce(raw, store, { from: "alex@candidate.example", to }, new Date("2026-11-17T19:00:00-05:00"))).kind;
} else {
  kind = `parsed (${(await bundle.PostalMime.parse(raw)).text?.length ?? 0} chars)`;
}
const t2 = cpu();
console.log(JSON.stringify({ importMs: afterImport - t0, warmUpMs: t1 - afterImport, firstCheckMs: t2 - t1, coldMs: afterImport - t0 + t2 - t1, kind }));
