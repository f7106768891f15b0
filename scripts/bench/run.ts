/**
 * `npm run bench` (`npm run bench:ci` passes --quick: fewer processes and notes, same checks).
 * Bundles the pipeline as deployed, then measures in one run what a user pays for notes the
 * checker has never seen (new-notes.ts): in a warm isolate, in the first emails of fresh
 * processes after the Worker's start-up, and the start-up itself; a re-check of the same note;
 * the worst hostile 100 KB note; the peers on the same note texts; the deployable bundle's
 * gzipped size; a 25 MiB message's memory. Prints a table per size class, the targets met or
 * missed, and last the JSON object. Exit code 1 when a target is missed (not with --quick).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, release, tmpdir, totalmem, type } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { hostileInputs } from "../../test/fuzz/hostile-inputs.js";
import { bundleEntry, bundleScript } from "./build.js";
import { measureBundle } from "./bundle-size.js";
import { runFresh, shuffled } from "./cold.js";
import { measureMemory, MEMORY_LIMIT_MB } from "./memory.js";
import { draftsByUser, newNotes, notesByUser, type NewNote } from "./new-notes.js";
import { harperPeer, retextSpellPeer, writeGoodPeer, type Peer } from "./peers.js";
import { median, ms, quantile, SIZE_CLASSES, sizeClass } from "./stats.js";
import { timeAdversarial, timeNewNotes, timePeerOnce, type Bundle } from "./warm.js";
import { installWorkerdBlob } from "./workerd-blob.js";
import { installWorkerdDigest } from "./workerd-digest.js";

installWorkerdDigest();
installWorkerdBlob();

const quick = process.argv.includes("--quick");
/** Fresh processes for the first emails after start-up, each taking its own new drafts. */
const FIRST_EMAIL_PROCESSES = quick ? 10 : 20;
/** The first emails timed in each fresh process. */
const FIRST_EMAILS = 10;
/** Notes the warm isolate checks before the timed ones, so its code is compiled; never timed. */
const WARM_ON_NOTES = 40;
/** New notes timed in the warm isolate (quick: enough for a p99 of 150 samples). */
const TIMED_NOTES = quick ? 150 : Infinity;

/** The issue's targets, on this machine (docs/performance.md). */
const TARGETS = {
  newNoteMedianMs: 1.5,
  newNoteP99Ms: 5,
  firstEmailsP90Ms: 6,
  firstEmailsMaxMs: 10,
  startupMs: 250,
  recheckMedianMs: 1,
  adversarialMaxMs: 50,
  bundleGzipBytes: 1024 * 1024,
  retextSpellRatio: 1,
  harperRatio: 10,
};

const dir = mkdtempSync(join(tmpdir(), "followup-bench-"));
const log = (line = "") => console.log(line);
const round = (value: number, digits = 3) => +value.toFixed(digits);

try {
  log(`followup-check bench ${new Date().toISOString()}${quick ? " (quick)" : ""}`);
  log(`machine: ${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${type()} ${release()}, Node ${process.version}`);

  const bundlePath = await bundleEntry("entry.ts", join(dir, "pipeline.mjs"));
  const coldChild = await bundleScript("cold-child.ts", join(dir, "cold-child.mjs"));
  const memoryChild = await bundleScript("memory-child.ts", join(dir, "memory-child.mjs"));
  const deployed = await measureBundle(join(dir, "deploy"));
  log(`bundle (wrangler deploy --dry-run): ${(deployed.rawBytes / 1024).toFixed(0)} KiB, ${(deployed.gzipBytes / 1024).toFixed(0)} KiB gzipped`);

  const notes = shuffled(newNotes(), 7);
  const forms = (of: readonly NewNote[]) => ["forward", "cc", "sent"].map((f) => `${of.filter((n) => n.form === f).length} ${f}`).join(", ");
  log(`new notes: ${notes.length} development-set notes (${forms(notes)}; every tenth with a file), each checked at the time it was written against its own user's interviews`);

  // Fresh processes: import, the Worker's start-up checks, then FIRST_EMAILS new drafts each,
  // all of one user's: a Worker runs on one user's domain and only ever gets that user's mail.
  const users = draftsByUser(notes);
  const fresh = await runFresh(
    coldChild,
    bundlePath,
    dir,
    FIRST_EMAIL_PROCESSES,
    (i) => users[i % users.length]!.slice(Math.floor(i / users.length) * FIRST_EMAILS, (Math.floor(i / users.length) + 1) * FIRST_EMAILS),
    true,
  );
  const startups = fresh.map((r) => r.importMs + r.warmUpMs);
  const firstEmails = fresh.flatMap((r) => r.checksMs);
  log();
  log(`start-up (fresh process, CPU, median of ${fresh.length}): ${ms(median(startups))} ms = import ${ms(median(fresh.map((r) => r.importMs)))} + start-up checks ${ms(median(fresh.map((r) => r.warmUpMs)))}`);
  log(
    `first ${FIRST_EMAILS} emails of each fresh process after start-up (new drafts, one user's per process, CPU, ${firstEmails.length} emails): median ${ms(median(firstEmails))} ms, p90 ${ms(quantile(firstEmails, 0.9))} ms, max ${ms(Math.max(...firstEmails))} ms; ` +
      `the very first: median ${ms(median(fresh.map((r) => r.checksMs[0]!)))} ms; over 10 ms: ${firstEmails.filter((t) => t > 10).length}`,
  );
  // What the isolate's own thread spent: V8 compiles and collects on helper threads beside it,
  // which process CPU (the figure above, and the target's) counts too.
  const onThread = fresh.flatMap((r) => r.checksThreadMs ?? []);
  if (onThread.length === firstEmails.length) {
    log(`  the same emails on the main thread alone: median ${ms(median(onThread))} ms, p90 ${ms(quantile(onThread, 0.9))} ms, max ${ms(Math.max(...onThread))} ms; over 10 ms: ${onThread.filter((t) => t > 10).length}`);
  }

  // The warm isolate: compiled on other notes, then each timed note once, then each again;
  // one user's notes after another's, as each user's Worker gets only their own mail.
  const bundle = (await import(pathToFileURL(bundlePath).href)) as Bundle;
  const warmOn = notes.slice(0, WARM_ON_NOTES);
  const timed = notesByUser(notes.slice(WARM_ON_NOTES, WARM_ON_NOTES + TIMED_NOTES)).flat();
  const times = await timeNewNotes(bundle, warmOn, timed);

  // The peers on the same note texts (as our parser extracts them), each text once.
  const texts = new Map<NewNote, string>();
  for (const n of timed) texts.set(n, await bundle.noteText(n.raw));
  const warmTexts = await Promise.all(warmOn.map((n) => bundle.noteText(n.raw)));
  const peers: Peer[] = [writeGoodPeer(), await retextSpellPeer(), await harperPeer()];
  const peerTimes = new Map<Peer["name"], Map<NewNote, number>>();
  for (const peer of peers) peerTimes.set(peer.name, await timePeerOnce(texts, warmTexts, peer.check));
  log(`peer setup, once (CPU): ${peers.map((p) => `${p.name} ${ms(p.setupMs)} ms`).join(", ")}`);

  const values = (m: Map<NewNote, number>, of: readonly NewNote[]) => of.map((n) => m.get(n)!);
  const ratioOver = (peer: Peer["name"], of: readonly NewNote[]) => median(values(peerTimes.get(peer)!, of)) / median(values(times.first, of));
  const rows = [
    ...SIZE_CLASSES.map((c) => ({ label: c.name, of: timed.filter((n) => sizeClass(n.raw.length) === c.name) })),
    ...(["forward", "cc", "sent"] as const).map((f) => ({ label: f === "cc" ? "cc'd draft" : f === "sent" ? "sent copy" : "forward", of: timed.filter((n) => n.form === f) })),
    { label: "all new notes", of: timed },
  ].filter((r) => r.of.length > 0);
  log();
  log("warm isolate, per note (ms)     n   new median  new p99 | re-check | write-good  ratio | retext-spell  ratio |  harper  ratio");
  for (const { label, of } of rows) {
    const first = values(times.first, of);
    const peer = (name: Peer["name"]) => `${ms(median(values(peerTimes.get(name)!, of))).padStart(name === "harper" ? 7 : 10)} ${ratioOver(name, of).toFixed(2).padStart(6)}x`;
    log(
      `${label.padEnd(26)} ${String(of.length).padStart(5)} ${ms(median(first)).padStart(12)} ${ms(quantile(first, 0.99)).padStart(8)} | ${ms(median(values(times.again, of))).padStart(8)} | ${peer("write-good")} | ${peer("retext-spell")} | ${peer("harper")}`,
    );
  }
  log("(new: each note's first check, one user's notes after another's; re-check: the same note again; ratio: the peer's median over our new-note median, >1 means we are faster)");

  const hostile = (await timeAdversarial(bundle, hostileInputs())).sort((a, b) => b.ms - a.ms);
  log();
  log(`hostile 100 KB notes (test/fuzz/hostile-inputs.ts, ${hostile.length} inputs, warm, the median of 3 checks of each): worst ${ms(hostile[0]!.ms)} ms (${hostile[0]!.label}), median ${ms(median(hostile.map((h) => h.ms)))} ms`);
  log(`  the next worst: ${hostile.slice(1, 4).map((h) => `${h.label} ${ms(h.ms)} ms`).join("; ")}`);

  const memory = await measureMemory(memoryChild, bundlePath, "worker");
  if ("error" in memory) log(`25 MiB message, Worker path: FAILED under --max-old-space-size=${MEMORY_LIMIT_MB}: ${memory.error}`);
  else log(`25 MiB message, Worker path (header block only): read ${(memory.bytesRead / 1024).toFixed(1)} KiB, ${ms(memory.ms)} ms, peak RSS ${memory.peakRssMb.toFixed(0)} MB`);

  const all = values(times.first, timed);
  const result = {
    newNoteMedianMs: round(median(all)),
    newNoteP99Ms: round(quantile(all, 0.99)),
    firstEmailsP90Ms: round(quantile(firstEmails, 0.9)),
    firstEmailsMaxMs: round(Math.max(...firstEmails)),
    startupMs: round(median(startups), 1),
    recheckMedianMs: round(median(values(times.again, timed))),
    adversarialMaxMs: round(hostile[0]!.ms, 2),
    bundleGzipBytes: deployed.gzipBytes,
    peers: {
      "retext-spell": round(ratioOver("retext-spell", timed), 2),
      "write-good": round(ratioOver("write-good", timed), 2),
      harper: round(ratioOver("harper", timed), 1),
    },
  };
  const checks: [string, boolean][] = [
    [`new note median ${result.newNoteMedianMs} ms <= ${TARGETS.newNoteMedianMs} ms`, result.newNoteMedianMs <= TARGETS.newNoteMedianMs],
    [`new note p99 ${result.newNoteP99Ms} ms <= ${TARGETS.newNoteP99Ms} ms`, result.newNoteP99Ms <= TARGETS.newNoteP99Ms],
    [`first emails p90 ${result.firstEmailsP90Ms} ms <= ${TARGETS.firstEmailsP90Ms} ms`, result.firstEmailsP90Ms <= TARGETS.firstEmailsP90Ms],
    [`first emails max ${result.firstEmailsMaxMs} ms <= ${TARGETS.firstEmailsMaxMs} ms`, result.firstEmailsMaxMs <= TARGETS.firstEmailsMaxMs],
    [`start-up ${result.startupMs} ms <= ${TARGETS.startupMs} ms`, result.startupMs <= TARGETS.startupMs],
    [`re-check median ${result.recheckMedianMs} ms <= ${TARGETS.recheckMedianMs} ms`, result.recheckMedianMs <= TARGETS.recheckMedianMs],
    [`worst hostile 100 KB note ${result.adversarialMaxMs} ms <= ${TARGETS.adversarialMaxMs} ms`, result.adversarialMaxMs <= TARGETS.adversarialMaxMs],
    [`bundle ${result.bundleGzipBytes} B gzipped <= 1 MiB`, result.bundleGzipBytes <= TARGETS.bundleGzipBytes],
    [`retext-spell over ours ${result.peers["retext-spell"]}x >= ${TARGETS.retextSpellRatio}x`, result.peers["retext-spell"] >= TARGETS.retextSpellRatio],
    [`harper over ours ${result.peers.harper}x >= ${TARGETS.harperRatio}x`, result.peers.harper >= TARGETS.harperRatio],
  ];
  log();
  for (const [label, ok] of checks) log(`${ok ? "MET   " : "MISSED"} ${label}`);
  // The full run fails on a missed target; the quick CI run only reports, since a handful of
  // processes on a shared CI machine is too noisy to gate a build on.
  if (!quick && checks.some(([, ok]) => !ok)) process.exitCode = 1;
  log(JSON.stringify(result));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
