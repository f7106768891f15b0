/**
 * Each corpus forward body, sent as the text/plain body of a synthetic message with text
 * typed above it, must come out as the forwarded note alone.
 */
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../src/mail/parse.js";
import { corpusDir, corpusText } from "../helpers/corpus.js";

const TYPED_ABOVE = "Could you check this draft before I send it?";

/** The subject prefix each client writes when forwarding. */
function forwardSubject(file: string): string {
  if (file.includes("outlook") && file.includes("_de_")) return "WG: outer subject";
  if (file.includes("outlook") || file.includes("unknown")) return "FW: outer subject";
  return "Fwd: outer subject";
}

function syntheticMessage(file: string, body: string): string {
  return [
    "From: Jordan Lee <jordan@jordanlee.example>",
    "To: check@jordanlee.example",
    `Subject: ${forwardSubject(file)}`,
    "Date: Tue, 17 Nov 2026 17:40:12 -0500",
    "Message-ID: <synthetic@jordanlee.example>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    TYPED_ABOVE,
    "",
    body,
  ].join("\r\n");
}

/** Formats whose header block has no Subject line (Outlook 2019 for Mac's "El … escribió:"). */
const NO_SUBJECT = new Set(["crisp-efp__outlook_2019_es_body.txt"]);
/** Formats recognised only with a forward subject, whose Subject line is then not read. */
const SUBJECT_DETECTED = new Set([
  "crisp-efp__outlook_2013_en_body.txt",
  "crisp-efp__new_outlook_2019_de_body.txt",
  "crisp-efp__unknown_en_body_variant_12.txt",
]);
/** Formats whose header block names people without addresses. */
const NAMES_ONLY = new Set(["crisp-efp__unknown_en_body_variant_12.txt"]);

describe("inline forwards from the corpus", () => {
  const files = corpusDir("forward-bodies");
  it("has the twenty formats", () => expect(files).toHaveLength(20));

  it.each(files)("%s is unwrapped", async (file) => {
    const body = corpusText(`forward-bodies/${file}`);
    const { note, problems } = await parseMessage(syntheticMessage(file, body));
    expect(problems).toEqual([]);
    expect(note.forwarded).toBe(true);
    expect(note.text).toContain("Aenean quis diam urna.");
    expect(note.text).not.toContain(TYPED_ABOVE);
    expect(note.text).not.toContain("Praesent suscipit egestas hendrerit"); // typed above in variant 14
    expect(note.text).not.toMatch(/john\.doe@acme\.com|Forward|Integer consequat|wrote:|escribió|^>/m);
    if (NAMES_ONLY.has(file)) {
      expect(note.from).toEqual({ name: "John Doe", address: "" });
    } else {
      expect(note.from).toEqual({ name: "John Doe", address: "john.doe@acme.com" });
      if (!NO_SUBJECT.has(file)) expect(note.to.map((a) => a.address)).toContain("bessie.berry@acme.com");
    }
    const outer = NO_SUBJECT.has(file) || SUBJECT_DETECTED.has(file);
    expect(note.subject).toBe(outer ? "outer subject" : "Integer consequat non purus");
  });

  it("keeps the original's Cc from a Gmail forward", async () => {
    const file = "crisp-efp__gmail_en_body.txt";
    const { note } = await parseMessage(syntheticMessage(file, corpusText(`forward-bodies/${file}`)));
    expect(note.cc).toEqual([
      { name: "Walter Sheltan", address: "walter.sheltan@acme.com" },
      { name: "Nicholas", address: "nicholas@globex.corp" },
    ]);
  });

  it("stops at the first forward of a chain that carries its own text", async () => {
    const file = "crisp-efp__gmail_en_body_variant_14.txt";
    const { note } = await parseMessage(syntheticMessage(file, corpusText(`forward-bodies/${file}`)));
    expect(note.text).not.toContain("Unicum iter ad supremum");
    expect(note.text).toMatch(/massa sagittis eget\.$/);
  });
});
