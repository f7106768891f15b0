/**
 * followup-check's command line (run by bin.ts): checks .eml files as if each arrived at the checker address
 * from the owner, with one in-memory store seeded from a facts file.
 * Exit codes: 0 no error findings; 1 some message has an error finding; 2 bad usage or an unreadable file.
 */
import { readFile } from "node:fs/promises";
import { formatIssues, parseFacts } from "../facts/schema.js";
import { checkMessage, type CheckOutcome } from "../pipeline.js";
import { renderText } from "../report/render-text.js";
import { settingsSchema } from "../settings.js";
import { MemoryStore } from "../store/memory-store.js";
import { parseCliArguments, USAGE } from "./arguments.js";

class UsageError extends Error {}

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${what} ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * The spec's JSON line for one message: the spec's fields as it lists them, then `noteKind`,
 * what the note was checked as ("thank-you", "recruiter", "check-in", "after-outcome"; null
 * for a message not checked as a note: ignored, or an invitation).
 */
function jsonLine(file: string, outcome: CheckOutcome): string {
  const evaluation = outcome.evaluation;
  return JSON.stringify({
    file,
    kind: outcome.kind,
    interview: outcome.match?.interview?.id ?? null,
    verdict: evaluation?.verdict ?? "ready",
    findings: (evaluation?.findings ?? []).map(({ rule, severity, message, excerpt }) => ({ rule, severity, message, excerpt })),
    noteKind: evaluation?.noteKind ?? null,
  });
}

function textBlock(file: string, outcome: CheckOutcome): string {
  const head = `== ${file} (${outcome.kind}${outcome.match?.interview ? `, ${outcome.match.interview.id}` : ""})`;
  if (!outcome.report) return `${head}\nIgnored: ${outcome.ignoredBecause}. Nothing would be sent back.\n`;
  return `${head}\n${renderText(outcome.report)}`;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  try {
    if (argv.includes("--help") || argv.includes("-h")) {
      out(USAGE);
      return 0;
    }
    const args = (() => {
      try {
        return parseCliArguments(argv);
      } catch (error) {
        throw new UsageError(`${(error as Error).message} (${USAGE})`);
      }
    })();
    const facts = parseFacts(await readJson(args.facts, "facts file"));
    if (!facts.ok) throw new UsageError(`facts file ${args.facts}: ${facts.errors.join("; ")}`);
    const settingsInput = args.settings ? await readJson(args.settings, "settings file") : {};
    const settings = settingsSchema.safeParse(settingsInput);
    if (!settings.success) throw new UsageError(`settings file ${args.settings}: ${formatIssues(settings.error).join("; ")}`);
    // Read every message first, so an unreadable file stops the run before anything is reported.
    const messages = await Promise.all(
      args.messages.map(async (path) => {
        try {
          return { path, raw: new Uint8Array(await readFile(path)) };
        } catch (error) {
          throw new UsageError(`cannot read message ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
        }
      }),
    );
    const store = new MemoryStore(facts.facts.interviews, settings.data);
    let exitCode = 0;
    for (const { path, raw } of messages) {
      const now = args.now ?? new Date();
      const outcome = await checkMessage({ raw, envelope: { from: null, to: args.address }, checker: args.address, now, appUrl: null }, store);
      out(args.json ? jsonLine(path, outcome) : textBlock(path, outcome));
      if (outcome.evaluation?.findings.some((f) => f.severity === "error")) exitCode = 1;
    }
    return exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      err(`followup-check: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

