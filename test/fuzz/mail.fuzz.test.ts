/**
 * Property-based fuzzing of the mail side: real corpus messages, mutated the ways mail breaks
 * (truncation, flipped bytes, broken boundaries, huge headers, deep nesting, bad charsets,
 * NUL bytes), go through the whole pipeline without an exception.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { corpusBytes, corpusDir } from "../helpers/corpus.js";
import { rawMessage } from "../helpers/raw-message.js";
import { checkSurvives } from "./check-invariants.js";

/** Runs per property: the whole fuzz suite stays well under a minute on two cores. */
const RUNS = 60;
/** Fixed so a failure reproduces; fast-check prints the seed and the shrunk input on failure. */
const SEED = 20261117;

const CORPUS = corpusDir("eml").map((name) => corpusBytes(`eml/${name}`));
const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join("");
const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

/** One way mail gets broken, applied to a message's bytes. */
const mutation: fc.Arbitrary<(raw: Uint8Array) => Uint8Array> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((at) => (raw: Uint8Array) => raw.slice(0, Math.floor(raw.length * at))),
  fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 40 }).map(
    (flips) => (raw: Uint8Array) => {
      const out = raw.slice();
      for (const [at, bits] of flips) if (out.length) out[Math.floor(at * (out.length - 1))]! ^= bits;
      return out;
    },
  ),
  fc.constantFrom(
    // Broken boundaries: parts that never close, a boundary that matches nothing, a closing line first.
    (raw: Uint8Array) => bytesOf(latin1(raw).replace(/boundary="?([^";\r\n]+)"?/gi, 'boundary="$1-changed"')),
    (raw: Uint8Array) => bytesOf(latin1(raw).replace(/^--[^\r\n]+--\s*$/gm, "")),
    (raw: Uint8Array) => bytesOf(latin1(raw).replace(/^(--[^\r\n]+)$/m, "$1--\r\n$1")),
    // Bad charsets.
    (raw: Uint8Array) => bytesOf(latin1(raw).replace(/charset="?[^";\s]+"?/gi, "charset=x-no-such-charset")),
    (raw: Uint8Array) => bytesOf(latin1(raw).replace(/charset="?[^";\s]+"?/gi, "charset=utf-7")),
    // A huge header, past the parser's header limit.
    (raw: Uint8Array) => bytesOf(`X-Huge: ${"a".repeat(600_000)}\r\n${latin1(raw)}`),
    (raw: Uint8Array) => bytesOf(`${Array.from({ length: 5000 }, (_, i) => `Received: from relay${i}.example by mx.example;`).join("\r\n")}\r\n${latin1(raw)}`),
  ),
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 50 }).map((ats) => (raw: Uint8Array) => {
    const text = latin1(raw);
    const cuts = ats.map((a) => Math.floor(a * text.length)).sort((a, b) => a - b);
    return bytesOf(cuts.reduceRight((s, at) => `${s.slice(0, at)}\u0000${s.slice(at)}`, text));
  }),
);

/** A multipart nested `depth` levels deep around a short note. */
function nested(depth: number): string {
  let body = "Content-Type: text/plain\r\n\r\nHi Priya,\r\n\r\nThanks for the on-call rotation redesign chat.\r\n";
  for (let i = 0; i < depth; i++) body = `Content-Type: multipart/mixed; boundary="n${i}"\r\n\r\n--n${i}\r\n${body}\r\n--n${i}--\r\n`;
  return `From: Alex Chen <alex@candidate.example>\r\nTo: check@example.com\r\nSubject: deep\r\nMIME-Version: 1.0\r\n${body}`;
}

describe("mutated corpus messages", () => {
  it("never throw, always yield a kind and a verdict, in bounded time", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: CORPUS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (index, mutations) => {
        await checkSurvives(mutations.reduce((raw, mutate) => mutate(raw), CORPUS[index]!), "check@example.com");
      }),
      { numRuns: RUNS * 3, seed: SEED },
    );
  }, 60_000);

  it("survives nesting from shallow to far past the parser's depth limit", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 400 }), async (depth) => {
        await checkSurvives(nested(depth), "check@example.com");
      }),
      { numRuns: RUNS / 3, seed: SEED },
    );
  }, 60_000);

  it("survives arbitrary bytes and arbitrary text after valid headers", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 4000 }), fc.string({ unit: "binary", maxLength: 2000 }).map((body) => rawMessage({ to: "check@example.com", body }))), async (raw) => {
        await checkSurvives(raw, "check@example.com");
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 60_000);
});
