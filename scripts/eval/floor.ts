/** The development set's figures that `npm test` holds: per rule, caught at least and raised falsely at most. */
import type { Evaluation } from "./dev-set.js";

export const FLOOR_FILE = new URL("../../test/dev-set/floor.json", import.meta.url);

export type Floor = Record<string, { caught: number; falseAlarms: number }>;

export function floorOf(evaluation: Evaluation): Floor {
  return Object.fromEntries(evaluation.rules.map((r) => [r.rule, { caught: r.caught, falseAlarms: r.falseAlarms }]));
}
