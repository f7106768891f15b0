/**
 * `npm run eval`: the rules on the development set (test/dev-set/), per rule and overall.
 * `--misses` also lists the notes each rule missed or wrongly fired on;
 * `--write-floor` records today's figures as the floor `npm test` holds;
 * `--group FILE` scores one group file (a held-out group in the set's format) instead of the set.
 */
import { writeFileSync } from "node:fs";
import { formatTable, loadDevSet, loadGroup, runDevSet, score } from "./dev-set.js";
import { FLOOR_FILE, floorOf } from "./floor.js";

const groupFile = process.argv[process.argv.indexOf("--group") + 1];
const groups = process.argv.includes("--group") && groupFile ? [loadGroup(groupFile)] : loadDevSet();
const evaluation = score(groups, await runDevSet(groups));
console.log(formatTable(evaluation));
if (process.argv.includes("--misses")) {
  const byId = new Map(groups.flatMap((g) => g.notes).map((n) => [n.id, n]));
  for (const r of evaluation.rules) {
    for (const id of r.missed) console.log(`\nMISSED ${r.rule} ${id}: ${byId.get(id)?.why}\n${byId.get(id)?.body}`);
    for (const id of r.raised) console.log(`\nRAISED ${r.rule} ${id}: ${byId.get(id)?.why}\n${byId.get(id)?.body}`);
  }
}
if (process.argv.includes("--write-floor") && !process.argv.includes("--group")) {
  writeFileSync(FLOOR_FILE, `${JSON.stringify(floorOf(evaluation), null, 2)}\n`);
  console.log(`floor written to ${FLOOR_FILE.pathname}`);
}
