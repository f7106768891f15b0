/**
 * The development set's figures as a floor: no rule may catch fewer of its must-fire notes, or
 * raise more false alarms, than test/dev-set/floor.json records (`npm run eval -- --write-floor`
 * records today's, after a change that improves them).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDevSet, runDevSet, score, type Evaluation } from "../../scripts/eval/dev-set.js";
import { FLOOR_FILE, type Floor } from "../../scripts/eval/floor.js";

const floor = JSON.parse(readFileSync(FLOOR_FILE, "utf8")) as Floor;
const groups = loadDevSet();
let evaluation: Evaluation;

describe("the development set", () => {
  it("reads every note as a draft of its own interview", { timeout: 180_000 }, async () => {
    evaluation = score(groups, await runDevSet(groups));
    expect(evaluation.misread).toEqual([]);
  });

  it("holds every rule at or above its floor", () => {
    const below = evaluation.rules
      .filter((r) => r.caught < (floor[r.rule]?.caught ?? 0) || r.falseAlarms > (floor[r.rule]?.falseAlarms ?? 0))
      .map((r) => `${r.rule}: caught ${r.caught} (floor ${floor[r.rule]?.caught}), false alarms ${r.falseAlarms} (floor ${floor[r.rule]?.falseAlarms}); missed ${r.missed.join(" ")}; raised on ${r.raised.join(" ")}`);
    expect(below).toEqual([]);
  });
});
