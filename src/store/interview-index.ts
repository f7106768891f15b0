/**
 * The interview index: what matching a message and the rules read of every saved interview
 * (its id, company and aliases, role, times, the panel's names, addresses and titles, and the
 * recruiter's name and address),
 * kept in a few KV values beside the interviews. An email reads the index and then only the
 * interview it is about, so the reads it makes do not grow with the number of interviews
 * (reading every one took seconds at 3,000, and a Worker invocation may make only 1,000 KV
 * operations). The index is a copy: the interview keys stay the truth it is rebuilt from.
 * Pure: the KV side is in kv-store.ts.
 */
import "../zod-english.js";
import * as z from "zod/mini";
import { INTERVIEW_ID_PATTERN } from "../facts/schema.js";
import { memoize, memoizeByObject } from "../text/memo.js";
import type { Interview } from "../types.js";

/** One interview as the index keeps it. */
export interface IndexEntry {
  id: string;
  company: string;
  companyAliases: string[];
  role: string;
  start: string;
  end: string;
  interviewers: Array<{ name: string; email?: string; title?: string }>;
  /** Absent without a recruiter (and in entries written before recruiters were kept). */
  recruiter?: { name: string; email?: string };
}

/**
 * Index values the entries are spread over, by a hash of the id. Each KV value holds at most
 * 25 MiB and an entry is a few hundred bytes (at most about 30 KB: 50 aliases, 30 people), so
 * 16 values hold any real store many times over; a change rewrites only its own value, and two
 * changes at once (two invitations) seldom touch the same one, where the later write would win.
 * All 16 are read in one bulk read, a single KV operation. Changing the number moves ids to
 * other shards: raise INDEX_FORMAT with it, so that every shard is rebuilt.
 */
export const INDEX_SHARDS = 16;

/** Raised when the stored layout changes: values of another format are rebuilt from the interviews. */
const INDEX_FORMAT = 1;

/** The shard of an id: 32-bit FNV-1a of it, so the same id always lands in the same value. */
export function shardOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return hash % INDEX_SHARDS;
}

/** Every shard's number, for filing the whole index (entriesByShard). */
export const EVERY_SHARD: readonly number[] = Array.from({ length: INDEX_SHARDS }, (_, shard) => shard);

/**
 * The entries of `interviews` (a missing one passed over) filed by shard: a list, maybe empty,
 * for each of `shards`, which must hold the shard of every interview given.
 */
export function entriesByShard(shards: readonly number[], interviews: Iterable<Interview | null | undefined>): Map<number, IndexEntry[]> {
  const filed = new Map(shards.map((shard) => [shard, [] as IndexEntry[]]));
  for (const interview of interviews) if (interview) filed.get(shardOf(interview.id))!.push(entryOf(interview));
  return filed;
}

/** The index entry of an interview (remembered per interview object, which is never mutated). */
export const entryOf: (interview: Interview) => IndexEntry = memoizeByObject((interview) => ({
  id: interview.id,
  company: interview.company,
  companyAliases: interview.companyAliases,
  role: interview.role,
  start: interview.start,
  end: interview.end,
  interviewers: interview.interviewers.map((p) => ({ name: p.name, ...(p.email ? { email: p.email } : {}), ...(p.title ? { title: p.title } : {}) })),
  ...(interview.recruiter ? { recruiter: { name: interview.recruiter.name, ...(interview.recruiter.email ? { email: interview.recruiter.email } : {}) } } : {}),
}));

/** The entry's facts in a fixed order, to tell whether two entries say the same. */
function entryKey(entry: IndexEntry): string {
  const people = entry.interviewers.map((p) => [p.name, p.email ?? null, p.title ?? null]);
  const recruiter = entry.recruiter ? [entry.recruiter.name, entry.recruiter.email ?? null] : null;
  return JSON.stringify([entry.id, entry.company, entry.companyAliases, entry.role, entry.start, entry.end, people, recruiter]);
}

const sameEntry = (a: IndexEntry, b: IndexEntry) => a === b || entryKey(a) === entryKey(b);

const entrySchema = z.object({
  id: z.string().check(z.regex(INTERVIEW_ID_PATTERN)),
  company: z.string(),
  companyAliases: z.array(z.string()),
  role: z.string(),
  start: z.string(),
  end: z.string(),
  interviewers: z.array(z.object({ name: z.string(), email: z.optional(z.string()), title: z.optional(z.string()) })),
  recruiter: z.optional(z.object({ name: z.string(), email: z.optional(z.string()) })),
});
const shardSchema = z.object({ format: z.literal(INDEX_FORMAT), entries: z.array(entrySchema) });

/** A shard's stored JSON: its entries in id order, so the same entries always give the same text. */
export function shardJson(entries: readonly IndexEntry[]): string {
  return JSON.stringify({ format: INDEX_FORMAT, entries: [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) });
}

/**
 * Characters of shard JSON whose parsed entries are remembered: every shard of a few
 * thousand interviews and their previous versions. The entries (and the records the rules get
 * from them) stay the same objects while the stored text is unchanged, so what the rules
 * remember per interview carries over from one email to the next.
 */
const PARSED_SHARD_CHARS = 8_000_000;

/** A shard's entries from its stored JSON; null when there is none or it is unreadable (then it is rebuilt). */
export const parseShard: (json: string) => readonly IndexEntry[] | null = memoize((json) => {
  try {
    const parsed = shardSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data.entries : null;
  } catch {
    return null;
  }
}, PARSED_SHARD_CHARS);

/**
 * Another saved interview as the rules read it (RuleContext.otherInterviews): its company,
 * role, times and panel from the index; what the index does not keep (topics, requests,
 * concerns, news, deadlines) is empty.
 */
const otherInterview = memoizeByObject(
  (entry: IndexEntry): Interview => ({
    ...entry,
    interviewers: entry.interviewers.map((p) => ({ ...p, topics: [], requests: [] })),
    topics: [],
    requests: [],
    concerns: [],
    news: [],
    decisionBy: null,
    sendBy: null,
  }),
);

/** Every saved interview's entry. Immutable: a change gives a new index. */
export class InterviewIndex {
  private readonly byId: ReadonlyMap<string, IndexEntry>;

  constructor(readonly entries: readonly IndexEntry[]) {
    this.byId = new Map(entries.map((e) => [e.id, e]));
  }

  /** The index of these interviews. */
  static of(interviews: readonly Interview[]): InterviewIndex {
    return new InterviewIndex(interviews.map(entryOf));
  }

  get(id: string): IndexEntry | undefined {
    return this.byId.get(id);
  }

  /** With `interview`'s entry in place of the one its id had; this same index when that entry says the same. */
  with(interview: Interview): InterviewIndex {
    const entry = entryOf(interview);
    const old = this.byId.get(entry.id);
    if (old && sameEntry(old, entry)) return this;
    return new InterviewIndex(old ? this.entries.map((e) => (e === old ? entry : e)) : [...this.entries, entry]);
  }

  /** Without `id`'s entry; this same index when it has none. */
  without(id: string): InterviewIndex {
    return this.byId.has(id) ? new InterviewIndex(this.entries.filter((e) => e.id !== id)) : this;
  }

  /** Every interview but `id`, as the rules read the other saved interviews. */
  others(id: string | null): Interview[] {
    return this.entries.flatMap((e) => (e.id === id ? [] : [otherInterview(e)]));
  }

  /** The entries newest first (by start, then id), as the dashboard lists them. */
  newestFirst(): IndexEntry[] {
    const start = new Map(this.entries.map((e) => [e, Date.parse(e.start)]));
    return [...this.entries].sort((a, b) => start.get(b)! - start.get(a)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

/** One page of a list: its items, which page it is (from 1) of how many, and where it starts and ends (from 1). */
export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
  total: number;
  first: number;
  last: number;
}

/** Page `requested` of `items` in pages of `size`; a page before the first or after the last is the first or the last. */
export function pageOf<T>(items: readonly T[], requested: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const page = Math.min(Math.max(1, Number.isInteger(requested) ? requested : 1), pages);
  const from = (page - 1) * size;
  const slice = items.slice(from, from + size);
  return { items: slice, page, pages, total: items.length, first: slice.length ? from + 1 : 0, last: from + slice.length };
}
