/**
 * What the benchmark's parts share: the sample facts and moment the hostile notes are checked
 * against, and attachment bytes (new-notes.ts gives some notes a file).
 */
import { readFileSync } from "node:fs";

const ROOT = new URL("../../", import.meta.url);

/** The sample facts (test/fixtures/facts.json), as the web app stores them. */
export const FACTS_JSON: unknown = JSON.parse(readFileSync(new URL("test/fixtures/facts.json", ROOT), "utf8"));
/** Three hours after the northwind-sre interview ended: inside every timing window. */
export const NOW = new Date("2026-11-17T19:00:00-05:00");

/** Deterministic incompressible bytes as wrapped base64 (like a real PDF or image attachment). */
export function base64Blob(bytes: number, seed = 1): string {
  const data = new Uint8Array(bytes);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < bytes; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    data[i] = x & 0xff;
  }
  return Buffer.from(data).toString("base64").replace(/.{76}/g, "$&\r\n");
}
