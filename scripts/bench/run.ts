/**
 * `npm run bench` (`npm run bench:ci` passes --quick: fewer rounds, same checks).
 * Bundles the pipeline as deployed, then measures in one run: cold start in fresh processes,
 * warm timings per size class, postal-mime's parse alone, the peers on the same note text,
 * the deployable bundle's gzipped size and a 25 MiB message's memory. Prints a table, the
 * targets met or missed, and last one JSON line. Exit code 1 when a target is missed.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, release, tmpdir, totalmem, type } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { bundleEntry, bundleScript } from "./build.js";
import { measureBundle } from "./bundle-size.js";
import { measureCold, runFresh, shuffled } from "./cold.js";
import { benchMessages, clientMessages, type BenchMessage } from "./inputs.js";
import { measureMemory, MEMORY_LIMIT_MB } from "./memory.js";
import { retextSpellPeer, writeGoodPeer } from "./peers.js";
import { median, ms, quantile, SIZE_CLASSES, sizeClass } from "./stats.js";
import { hasPause, withGcPauses } from "./gc.js";
import { hostileInputs } from "../../test/fuzz/hostile-inputs.js";
import { timeAdversarial, timeFirstSight, timeParse, timePipeline, timeRules, timeText, type Bundle, type Samples, type Spans } from "./warm.js";

const quick = process.argv.includes("--quick");
/** Rounds over every message: enough samples for a stable p99 per class (quick: for CI). */
const ROUNDS = quick ? 8 : 30;
/** The peers are much slower; fewer rounds keep the run short without changing their medians. */
const PEER_ROUNDS = quick ? 2 : 5;
const COLD_SAMPLES = quick ? 5 : 11;
/** Fresh processes for the first emails after the start-up checks, each taking the messages in its own order. */
const FIRST_EMAIL_PROCESSES = quick ? 2 : 6;
/** The Workers free plan's CPU time per email event. */
const EVENT_CPU_BUDGET_MS = 10;

/** The issue's targets, on this machine. */
const TARGETS = { coldMs: 10, warmMedianMs: 1, warmP99Ms: 5, parseRatio: 3, bundleGzipBytes: 1024 * 1024, memoryMb: MEMORY_LIMIT_MB, adversarialMaxMs: 50 };

const dir = mkdtempSync(join(tmpdir(), "followup-bench-"));
const ratio = (a: number, b: number) => a / b;
const log = (line = "") => console.log(line);

try {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  log(`followup-check bench ${new Date().toISOString()}${quick ? " (quick)" : ""}`);
  log(`machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${type()} ${release()}, Node ${process.version}`);

  const bundlePath = await bundleEntry("entry.ts", join(dir, "pipeline.mjs"));
  const parserPath = await bundleEntry("parser-entry.ts", join(dir, "parser.mjs"));
  const coldChild = await bundleScript("cold-child.ts", join(dir, "cold-child.mjs"));
  const memoryChild = await bundleScript("memory-child.ts", join(dir, "memory-child.mjs"));
  const bundle = (await import(pathToFileURL(bundlePath).href)) as Bundle;
  const messages = benchMessages();
  const typical = messages.filter((m) => m.group === "typical");

  const deployed = await measureBundle(join(dir, "deploy"));
  log(`bundle (wrangler deploy --dry-run): ${(deployed.rawBytes / 1024).toFixed(0)} KiB, ${(deployed.gzipBytes / 1024).toFixed(0)} KiB gzipped`);

  const cold = await measureCold(coldChild, bundlePath, typical[1]!, dir, COLD_SAMPLES);
  const coldParse = await measureCold(coldChild, parserPath, typical[1]!, dir, COLD_SAMPLES);
  log(`cold start (fresh process, CPU, median of ${COLD_SAMPLES}): ${ms(cold.coldMs)} ms = import ${ms(cold.importMs)} + first check ${ms(cold.firstCheckMs)}`);
  log(`  postal-mime alone, same way: ${ms(coldParse.coldMs)} ms = import ${ms(coldParse.importMs)} + first parse ${ms(coldParse.firstCheckMs)} (ours/parse ${ratio(cold.coldMs, coldParse.coldMs).toFixed(1)}x)`);
  // A user's first emails after an isolate starts: every kind of message once, in a fresh
  // process that ran the Worker's start-up checks, each process in its own order.
  const firstEmails = [...typical, ...messages.filter((m) => m.group === "draft" || m.group === "sent"), ...clientMessages()];
  const fresh = await runFresh(coldChild, bundlePath, dir, FIRST_EMAIL_PROCESSES, (i) => shuffled(firstEmails, i + 1), true);
  const emailsMs = fresh.flatMap((r) => r.checksMs);
  const overBudget = emailsMs.filter((t) => t > EVENT_CPU_BUDGET_MS).length;
  log(`the Worker's first emails after its start-up checks (${ms(median(fresh.map((r) => r.warmUpMs)))} ms at start-up, outside any event): ${fresh.length} fresh processes x ${firstEmails.length} messages (drafts, sent copies, every client and calendar fixture), each once`);
  log(`  per email: median ${ms(median(emailsMs))} ms, p90 ${ms(quantile(emailsMs, 0.9))} ms, max ${ms(Math.max(...emailsMs))} ms; the first one: median ${ms(median(fresh.map((r) => r.checksMs[0]!)))} ms; over the ${EVENT_CPU_BUDGET_MS} ms budget: ${overBudget} of ${emailsMs.length}`);

  // The four good notes' forwards, each checked once after the corpus and the sample draft (a
  // different note, matched to an interview like them) have warmed every code path they take.
  const firstSight = await timeFirstSight(bundle, [...messages.filter((m) => m.group === "corpus"), typical[0]!], typical.slice(1));
  log(`first sight (a typical forward never seen before, in a warm isolate): median ${ms(median(firstSight))} ms, max ${ms(Math.max(...firstSight))} ms, n ${firstSight.length}`);

  const spans: Spans = new Map();
  const { result: ours, pauses } = await withGcPauses(() => timePipeline(bundle, messages, ROUNDS, spans));
  const parse = await timeParse(bundle, messages, ROUNDS);
  const rules = await timeRules(bundle, messages, ROUNDS);
  const notes = new Map<BenchMessage, string>();
  for (const m of messages) notes.set(m, await bundle.noteText(m.raw));
  const writeGood = writeGoodPeer();
  const retextSpell = await retextSpellPeer();
  const peerSamples = {
    "write-good": await timeText(notes, PEER_ROUNDS, writeGood.check),
    "retext-spell": await timeText(notes, PEER_ROUNDS, retextSpell.check),
  };
  log(`retext-spell setup (building its Hunspell dictionary, once): ${ms(retextSpell.setupMs)} ms CPU`);

  const pool = (samples: Samples, of: BenchMessage[]) => of.flatMap((m) => samples.get(m) ?? []);
  const rows = [
    ...SIZE_CLASSES.map((c) => ({ label: c.name, of: messages.filter((m) => sizeClass(m.raw.length) === c.name) })),
    { label: "typical forward", of: typical },
    { label: "all", of: messages },
  ];
  log();
  log("warm, per message (ms)      n  median     p99 | postal-mime  ours/parse | write-good  ratio | retext-spell  ratio | rules only  write-good  retext-spell");
  for (const { label, of } of rows) {
    const o = pool(ours, of);
    const p = median(pool(parse, of));
    const wg = median(pool(peerSamples["write-good"], of));
    const rs = median(pool(peerSamples["retext-spell"], of));
    // Compared on the messages whose note the rules run on (ignored mail has none).
    const withRules = of.filter((m) => rules.has(m));
    const r = median(pool(rules, withRules));
    const wgR = median(pool(peerSamples["write-good"], withRules));
    const rsR = median(pool(peerSamples["retext-spell"], withRules));
    log(
      `${label.padEnd(22)} ${String(of.length).padStart(6)} ${ms(median(o)).padStart(7)} ${ms(quantile(o, 0.99)).padStart(7)} | ${ms(p).padStart(11)} ${ratio(median(o), p).toFixed(1).padStart(10)}x | ${ms(wg).padStart(10)} ${ratio(wg, median(o)).toFixed(2).padStart(5)}x | ${ms(rs).padStart(12)} ${ratio(rs, median(o)).toFixed(2).padStart(5)}x | ${ms(r).padStart(10)} ${ratio(wgR, r).toFixed(2).padStart(10)}x ${ratio(rsR, r).toFixed(2).padStart(12)}x`,
    );
  }
  log("(ours/parse: our full pipeline over postal-mime's parse alone; peer ratio: the peer's time over ours, >1 means we are faster;");
  log(" rules only: our 23 rules on the parsed note, the peers' own input, and each peer's time over that)");
  // What the tail is made of: samples a garbage-collection pause fell in, against the rest.
  const timed = messages.flatMap((m) => (ours.get(m) ?? []).map((t, k) => ({ t, gc: hasPause(pauses, ...spans.get(m)![k]!) })));
  const paused = timed.filter((s) => s.gc);
  const pauseMs = pauses.map((p) => p.end - p.start);
  log(
    `garbage collection in the warm rounds: ${pauses.length} pauses (median ${ms(median(pauseMs))} ms, max ${ms(Math.max(...pauseMs))} ms) fell in ${paused.length} of ${timed.length} samples, ` +
      `whose median is ${ms(median(paused.map((s) => s.t)))} ms; p99 of all samples ${ms(quantile(timed.map((s) => s.t), 0.99))} ms, of the others ${ms(quantile(timed.filter((s) => !s.gc).map((s) => s.t), 0.99))} ms`,
  );

  const hostile = (await timeAdversarial(bundle, hostileInputs())).sort((a, b) => b.ms - a.ms);
  log();
  log(`hostile 100 KB notes (test/fuzz/hostile-inputs.ts, ${hostile.length} inputs, warm, the median of 3 checks of each): worst ${ms(hostile[0]!.ms)} ms (${hostile[0]!.label}), median ${ms(median(hostile.map((h) => h.ms)))} ms`);
  log(`  the next worst: ${hostile.slice(1, 4).map((h) => `${h.label} ${ms(h.ms)} ms`).join("; ")}`);

  const memory = [await measureMemory(memoryChild, bundlePath, "worker"), await measureMemory(memoryChild, bundlePath, "parse")];
  log();
  for (const m of memory) {
    if ("error" in m) log(`25 MiB message, ${m.mode}: FAILED under --max-old-space-size=${MEMORY_LIMIT_MB}: ${m.error}`);
    else log(`25 MiB message, ${m.mode === "worker" ? "Worker path (header block only)" : "full parse"}: read ${(m.bytesRead / 1024).toFixed(1)} KiB of ${(m.messageBytes / 2 ** 20).toFixed(1)} MiB, ${ms(m.ms)} ms, peak RSS ${m.peakRssMb.toFixed(0)} MB (${m.baselineRssMb.toFixed(0)} MB before the message), kind ${m.kind}`);
  }

  const typicalOurs = pool(ours, typical);
  const result = {
    coldMs: +cold.coldMs.toFixed(2),
    warmMedianMs: +median(typicalOurs).toFixed(3),
    warmP99Ms: +quantile(pool(ours, messages), 0.99).toFixed(3),
    parseRatio: +ratio(median(typicalOurs), median(pool(parse, typical))).toFixed(2),
    bundleGzipBytes: deployed.gzipBytes,
    adversarialMaxMs: +hostile[0]!.ms.toFixed(2),
    peers: {
      "write-good": +ratio(median(pool(peerSamples["write-good"], typical)), median(typicalOurs)).toFixed(2),
      "retext-spell": +ratio(median(pool(peerSamples["retext-spell"], typical)), median(typicalOurs)).toFixed(2),
    },
  };
  // The target is about how a 25 MiB message is handled: the Worker's path (header block only).
  const workerMemory = memory[0]!;
  const peakMb = "error" in workerMemory ? Infinity : workerMemory.peakRssMb;
  const checks: [string, boolean][] = [
    [`cold start ${result.coldMs} ms <= ${TARGETS.coldMs} ms`, result.coldMs <= TARGETS.coldMs],
    [`warm median (typical forward) ${result.warmMedianMs} ms <= ${TARGETS.warmMedianMs} ms`, result.warmMedianMs <= TARGETS.warmMedianMs],
    [`warm p99 (all messages) ${result.warmP99Ms} ms <= ${TARGETS.warmP99Ms} ms`, result.warmP99Ms <= TARGETS.warmP99Ms],
    [`full pipeline / parse alone ${result.parseRatio}x <= ${TARGETS.parseRatio}x`, result.parseRatio <= TARGETS.parseRatio],
    [`bundle ${result.bundleGzipBytes} B gzipped <= 1 MiB`, result.bundleGzipBytes <= TARGETS.bundleGzipBytes],
    [`25 MiB message, Worker path, peak RSS ${peakMb.toFixed(0)} MB <= ${TARGETS.memoryMb} MB`, peakMb <= TARGETS.memoryMb],
    [`worst hostile 100 KB note ${result.adversarialMaxMs} ms <= ${TARGETS.adversarialMaxMs} ms`, result.adversarialMaxMs <= TARGETS.adversarialMaxMs],
    [`faster than write-good (${result.peers["write-good"]}x) and retext-spell (${result.peers["retext-spell"]}x)`, result.peers["write-good"] > 1 && result.peers["retext-spell"] > 1],
  ];
  log();
  for (const [label, ok] of checks) log(`${ok ? "MET   " : "MISSED"} ${label}`);
  // The full run fails on a missed target; the quick CI run only reports, since a handful of
  // rounds on a shared CI machine is too noisy to gate a build on.
  if (!quick && checks.some(([, ok]) => !ok)) process.exitCode = 1;
  log(JSON.stringify(result));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
