import { it } from "vitest";
import good from "../fixtures/notes/good.json" with { type: "json" };
import { makeContext } from "../helpers/context.js";
import { rule as a } from "../../src/rules/spelling.js";
import { rule as b } from "../../src/rules/wrong-name.js";
import { rule as c2 } from "../../src/rules/wrong-company.js";
import { rule as d } from "../../src/rules/generic-greeting.js";
import { rule as e } from "../../src/rules/repeated-word.js";
import { rule as f } from "../../src/rules/placeholder.js";
it("perf", () => {
  const mods = [a, b, c2, d, e, f];
  const ctx = makeContext(good[0]!.text);
  const typo = makeContext("Hi Pryia,\n\nI recieve and definately will acheive the oppurtunity in this enviroment, truely thier plan. Northwnd rocks and Contoso too. Wich accomodaton happend? I dont know alot.\n\nBest,\nAlex");
  for (const c of [ctx, typo, ctx, typo, ctx, typo]) {
    const t = performance.now();
    const parts = mods.map((m) => { const t0 = performance.now(); m.check(c); return m.id + " " + (performance.now() - t0).toFixed(2); });
    console.log("check ms", (performance.now() - t).toFixed(2), parts.join(" | "));
  }
});
