/** Shared access to the third-party corpus in /work/shared/corpus (never copied here). */
import { readdirSync, readFileSync } from "node:fs";

export const CORPUS = new URL("../../../shared/corpus/", import.meta.url);

/** The corpus file's bytes, exactly as stored. */
export const corpusBytes = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(path, CORPUS)));

export const corpusText = (path: string): string => readFileSync(new URL(path, CORPUS), "utf8");

export const corpusDir = (dir: string): string[] => readdirSync(new URL(`${dir}/`, CORPUS)).sort();

/** MANIFEST.tsv rows as { file, category }. */
export function manifest(): { file: string; category: string }[] {
  return corpusText("MANIFEST.tsv")
    .split("\n")
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const cols = line.split("\t");
      return { file: cols[0]!, category: cols[4]! };
    });
}
