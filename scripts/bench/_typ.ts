import { pathToFileURL } from "node:url";
import { benchMessages, FACTS_JSON, NOW } from "./inputs.js";
const b = (await import(pathToFileURL(process.argv[2]!).href)) as typeof import("./entry.js");
const group = process.argv[3] ?? "typical";
const ms = benchMessages().filter((m) => m.group === group);
for (let r = 0; r < 30; r++) for (const m of ms) await b.checkOnce(m.raw, await b.storeFacts(FACTS_JSON), m.envelope, NOW);
const t: number[] = []; const p: number[] = [];
for (let r = 0; r < +(process.argv[4] ?? 300); r++) for (const m of ms) { const s = performance.now(); await b.checkOnce(m.raw, await b.storeFacts(FACTS_JSON), m.envelope, NOW); t.push(performance.now() - s); const s2 = performance.now(); await b.PostalMime.parse(m.raw); p.push(performance.now() - s2); }
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
console.log(group, "n", ms.length, "pipeline median", med(t).toFixed(3), "parse median", med(p).toFixed(3), "ratio", (med(t) / med(p)).toFixed(2));
