import { pathToFileURL } from "node:url";
import { benchMessages, FACTS_JSON, NOW } from "./inputs.js";
const b = (await import(pathToFileURL(process.argv[2]!).href)) as typeof import("./entry.js");
const m = benchMessages().find((x) => x.name.includes(process.argv[3]!))!;
for (let r = 0; r < 30; r++) await b.checkOnce(m.raw, await b.storeFacts(FACTS_JSON), m.envelope, NOW);
const t: number[] = [];
for (let r = 0; r < +(process.argv[4] ?? 300); r++) { const s = performance.now(); await b.checkOnce(m.raw, await b.storeFacts(FACTS_JSON), m.envelope, NOW); t.push(performance.now() - s); }
console.log(m.name, "median", [...t].sort((x, y) => x - y)[t.length >> 1]!.toFixed(3));
