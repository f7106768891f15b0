import { pathToFileURL } from "node:url";
import { benchMessages, FACTS_JSON, NOW } from "./inputs.js";
const b = (await import(pathToFileURL(process.argv[2]!).href)) as typeof import("./entry.js");
const ms = benchMessages().filter((m) => m.group === (process.argv[3] ?? "typical"));
const store = await b.storeFacts(FACTS_JSON);
for (let r = 0; r < 50; r++) for (const m of ms) await b.checkOnce(m.raw, await b.storeFacts(FACTS_JSON), m.envelope, NOW);
const t: number[] = [];
for (let r = 0; r < +(process.argv[4] ?? 300); r++) for (const m of ms) { const s = performance.now(); await b.checkOnce(m.raw, await b.storeFacts(FACTS_JSON), m.envelope, NOW); t.push(performance.now() - s); }
console.log("pipeline median", [...t].sort((x, y) => x - y)[t.length >> 1]!.toFixed(3));
void store;
