/**
 * The pure heart of a check: a parsed message plus the facts, the send log, the settings
 * and the moment → the interview it is about, the findings and the verdict.
 */
import { isCheckerAddress, type CheckerAddress } from "./checker-address.js";
import type { InterviewMatch } from "./match.js";
import { noteKindOf, noteReader, type NoteKind } from "./note-kind.js";
import { HEADER_RULES, RULES, SENT_COPY_RULES } from "./rules/index.js";
import { rulesFor } from "./rules/note-kinds.js";
import type { RuleContext } from "./rules/rule.js";
import { fingerprint } from "./text/fingerprint.js";
import { nameForms } from "./text/names.js";
import { checkedPart } from "./text/checked-part.js";
import { sentences } from "./text/sentences.js";
import { tokenize } from "./text/tokens.js";
import type { Finding, Interview, ParsedMessage, SendRecord, Settings, Verdict } from "./types.js";

export interface EvaluateInput {
  message: ParsedMessage;
  kind: "draft" | "sent";
  /** The interview the message is about (see match.ts). */
  match: InterviewMatch;
  /**
   * The saved interviews the rules see as other interviews (the matched one is left out): in
   * the pipeline, every other one as the interview index has it (match.ts, matchSaved).
   */
  interviews: Interview[];
  /** Logged sends of the matched interview. */
  sends: SendRecord[];
  settings: Settings;
  /** Receive time for drafts, the Date header for sent copies. */
  at: Date;
  /** True when only the header block was read (an oversize message): only rules that need no text run. */
  contentOmitted?: boolean;
}

export interface Evaluation {
  findings: Finding[];
  verdict: Verdict;
  /** What the note is (a thank-you, a note to the recruiter, a check-in, a reply after the outcome): which rules ran depends on it. */
  noteKind: NoteKind;
  /** The note's fingerprint, names aside (what a sent copy's log entry stores). */
  fingerprint: number[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Findings one rule reports at most. A report is read by a person: ten doubled words already
 * say "proofread the whole note", and a hostile note of 2,000 would make the report the
 * largest part of the check.
 */
export const MAX_FINDINGS_PER_RULE = 10;

/** The rule's first MAX_FINDINGS_PER_RULE findings; the last one kept says how many more there were. */
function capped(findings: Finding[]): Finding[] {
  if (findings.length <= MAX_FINDINGS_PER_RULE) return findings;
  const kept = findings.slice(0, MAX_FINDINGS_PER_RULE);
  const last = kept[kept.length - 1]!;
  kept[kept.length - 1] = { ...last, message: `${last.message} The note has ${findings.length - kept.length} more like this.` };
  return kept;
}

/** fix if any error, consider if any warning, else ready. */
export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === "error")) return "fix";
  return findings.some((f) => f.severity === "warning") ? "consider" : "ready";
}

/** Folded name words of the panel and of the writer: what a fingerprint leaves out. */
function namesLeftOut(interview: Interview | null, writer: string | undefined): Set<string> {
  const people = [...(interview?.interviewers ?? []), ...(writer ? [{ name: writer }] : [])];
  return new Set(people.flatMap((p) => nameForms(p).flatMap((f) => f.folded.split(/[\s-]+/))));
}

/** The note's recipient addresses, the checker address excluded. */
export function noteRecipients(message: ParsedMessage, checker: CheckerAddress): string[] {
  return [...message.note.to, ...message.note.cc].map((a) => a.address).filter((a) => !isCheckerAddress(a, checker));
}

/**
 * The logged sends this note came after, itself left out. A draft is checked after every logged
 * send went out, whatever the sender's clock wrote in their Date headers. A sent copy came after
 * those sent no later than it (by its logged time once it is logged): one delivered again, or
 * late, is never a duplicate of the notes that went out after it.
 */
function sendsBefore(sends: readonly SendRecord[], messageId: string | null, kind: EvaluateInput["kind"], at: Date): SendRecord[] {
  const others = sends.filter((s) => s.messageId !== messageId);
  if (kind === "draft") return others;
  const itself = sends.find((s) => s.messageId === messageId);
  const until = itself ? Date.parse(itself.sentAt) : at.getTime();
  return others.filter((s) => Date.parse(s.sentAt) <= until);
}

/** Runs every enabled rule that applies to this kind of message and sorts the findings. */
export function evaluate(input: EvaluateInput): Evaluation {
  const { message, kind, match, settings, at } = input;
  // The rules read the note's first part when it is far longer than a note can be (too-long says so).
  const part = checkedPart(message.note.text);
  const note = part.partWords === null ? message.note : { ...message.note, text: part.text };
  const tokens = tokenize(note.text);
  // Computed on first use: only a note with logged sends to compare, or a sent copy being
  // logged, needs it (a min-hash over every word triple of the note).
  let print: number[] | undefined;
  const printOf = () => (print ??= fingerprint(tokens, namesLeftOut(match.interview, note.from?.name)));
  const noteKind = noteKindOf({ ...match, note: message.note, at });
  const context: RuleContext = {
    note,
    tokens,
    sentences: sentences(note.text),
    wordCount: part.words,
    partWords: part.partWords,
    kind,
    noteKind,
    ...match,
    ...noteReader({ ...match, note: message.note }),
    otherInterviews: input.interviews.filter((i) => i.id !== match.interview?.id),
    sends: sendsBefore(input.sends, message.messageId, kind, at),
    get fingerprint() {
      return printOf();
    },
    at,
    settings,
  };
  const disabled = new Set(settings.disabledRules);
  const forKind = rulesFor(noteKind);
  const applying = input.contentOmitted ? HEADER_RULES : kind === "sent" ? SENT_COPY_RULES : null;
  const rules = RULES.map((rule, order) => ({ rule, order })).filter(({ rule }) => !disabled.has(rule.id) && forKind.has(rule.id) && (applying === null || applying.has(rule.id)));
  const findings = rules
    .flatMap(({ rule, order }) => capped(rule.check(context)).map((f) => ({ f, order })))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.order - b.order)
    .map(({ f }) => f);
  return {
    findings,
    verdict: verdictOf(findings),
    noteKind,
    get fingerprint() {
      return printOf();
    },
  };
}

