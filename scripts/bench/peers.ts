/**
 * The prose linters a user might reach for instead, given the same note text: write-good
 * (style heuristics), retext with retext-spell and dictionary-en (Hunspell spelling), and
 * harper.js (a grammar checker in WebAssembly; its linter needs about 160 MB, more than a
 * Worker has, so it is a peer to compare with, not a candidate).
 */
import dictionary from "dictionary-en";
import { retext } from "retext";
import retextSpell from "retext-spell";
import { LocalLinter } from "harper.js";
import { binary } from "harper.js/binary";
import writeGood from "write-good";
import { cpuMsSince } from "./stats.js";

export interface Peer {
  name: "write-good" | "retext-spell" | "harper";
  /** CPU ms to get ready (retext-spell builds its Hunspell dictionary here). */
  setupMs: number;
  check(text: string): unknown;
}

export function writeGoodPeer(): Peer {
  return { name: "write-good", setupMs: 0, check: (text) => writeGood(text) };
}

export async function retextSpellPeer(): Promise<Peer> {
  const start = process.cpuUsage();
  // Freezing runs the attacher, which builds the Hunspell dictionary: setup, not a check.
  const processor = retext().use(retextSpell, { dictionary }).freeze();
  await processor.process("warm up");
  return { name: "retext-spell", setupMs: cpuMsSince(start), check: (text) => processor.process(text) };
}

export async function harperPeer(): Promise<Peer> {
  const start = process.cpuUsage();
  const linter = new LocalLinter({ binary });
  await linter.setup();
  return { name: "harper", setupMs: cpuMsSince(start), check: (text) => linter.lint(text) };
}
