/**
 * One 25 MiB message (Email Routing's maximum: a short note and large base64 attachments)
 * through the bundled pipeline in a fresh Node process, run by memory.ts. Mode "worker" does
 * what the Worker does above MAX_MESSAGE_BYTES: streams the message, reads only the header
 * block, checks that. Mode "parse" parses and checks all 25 MiB. Prints peak RSS as JSON.
 * Argv: bundle path, mode.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const MESSAGE_BYTES = 25 * 1024 * 1024;
/** The stream's chunk size, like a socket delivering the message. */
const CHUNK_BYTES = 64 * 1024;
const ATTACHMENTS = 3;
const [bundlePath, mode] = process.argv.slice(2) as [string, "worker" | "parse"];
const bundle = (await import(pathToFileURL(bundlePath).href)) as typeof import("./entry.js");
const facts = { interviews: [] };
const envelope = { from: "alex@candidate.example", to: "check@example.com" };

const head = [
  "From: Alex Chen <alex@candidate.example>", "To: Priya Raman <priya.raman@northwind.example>", "Subject: Thank you, with the files you asked for",
  "Date: Tue, 17 Nov 2026 18:45:00 -0500", "Message-ID: <huge-25mib@candidate.example>", "MIME-Version: 1.0",
  'Content-Type: multipart/mixed; boundary="b1"', "", "--b1", "Content-Type: text/plain; charset=utf-8", "",
  "Hi Priya,\r\n\r\nThank you for the on-call rotation redesign discussion. The recordings are attached.\r\n\r\nBest,\r\nAlex", "",
].join("\r\n");
const partHead = (i: number) => `--b1\r\nContent-Type: video/mp4; name="demo-${i}.mp4"\r\nContent-Disposition: attachment; filename="demo-${i}.mp4"\r\nContent-Transfer-Encoding: base64\r\n\r\n`;
const tail = "--b1--\r\n";
const perAttachment = Math.floor((MESSAGE_BYTES - head.length - tail.length - ATTACHMENTS * 200) / ATTACHMENTS / 78) * 78;

/** The message in chunks, generated as read: base64 lines of pseudo-random data. */
function* chunks(): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode(head);
  const line = new Uint8Array(78);
  let x = 1;
  for (let i = 0; i < ATTACHMENTS; i++) {
    yield encoder.encode(partHead(i));
    for (let done = 0; done < perAttachment; done += CHUNK_BYTES - (CHUNK_BYTES % 78)) {
      const size = Math.min(CHUNK_BYTES - (CHUNK_BYTES % 78), perAttachment - done);
      const chunk = new Uint8Array(size);
      for (let at = 0; at < size; at += 78) {
        for (let k = 0; k < 76; k++) {
          x = (x * 1103515245 + 12345) >>> 0;
          line[k] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".charCodeAt(x >>> 26);
        }
        line[76] = 13;
        line[77] = 10;
        chunk.set(line.subarray(0, Math.min(78, size - at)), at);
      }
      yield chunk;
    }
  }
  yield encoder.encode(tail);
}

/**
 * Peak RSS in MB. Linux's VmHWM starts afresh at exec; getrusage's maxRSS does not (a child
 * inherits its parent's high-water mark), so it is only the fallback elsewhere.
 */
function peakRssMb(): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

const baselineRss = peakRssMb();
let streamed = 0;
let total = 0;
for (const c of chunks()) total += c.length;
const start = performance.now();
let summary;
if (mode === "worker") {
  const source = chunks();
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = source.next();
      if (next.done) controller.close();
      else {
        streamed += next.value.length;
        controller.enqueue(next.value);
      }
    },
  });
  const headers = await bundle.readHeaderBlock(stream);
  summary = await bundle.checkOnce(headers, await bundle.storeFacts(facts), envelope, new Date(), { bytes: total, limit: bundle.MAX_MESSAGE_BYTES });
} else {
  const raw = new Uint8Array(total);
  for (const c of chunks()) raw.set(c, streamed), (streamed += c.length);
  summary = await bundle.checkOnce(raw, await bundle.storeFacts(facts), envelope, new Date());
}
const ms = performance.now() - start;
const peakRss = peakRssMb();
console.log(JSON.stringify({ mode, messageBytes: total, bytesRead: streamed, ms, baselineRssMb: baselineRss, peakRssMb: peakRss, heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20, kind: summary.kind }));
