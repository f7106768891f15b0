/**
 * An in-memory Store, seeded from a facts file: what the CLI uses so that a sent copy logged
 * by one message is seen by the next.
 */
import { DEFAULT_SETTINGS } from "../settings.js";
import type { Interview, SendRecord, Settings } from "../types.js";
import { InterviewIndex } from "./interview-index.js";
import type { Store } from "./store.js";

export class MemoryStore implements Store {
  private readonly sends = new Map<string, SendRecord>();
  private readonly interviews: Map<string, Interview>;
  private readonly inviteSequences = new Map<string, number>();
  /** The index of `interviews`, made on first read after a change. */
  private index: InterviewIndex | null = null;

  constructor(
    interviews: Interview[],
    private readonly settings: Settings = DEFAULT_SETTINGS,
  ) {
    this.interviews = new Map(interviews.map((i) => [i.id, i]));
  }

  async listInterviews(): Promise<Interview[]> {
    return [...this.interviews.values()];
  }

  async interviewIndex(): Promise<InterviewIndex> {
    return (this.index ??= InterviewIndex.of([...this.interviews.values()]));
  }

  async getInterviews(ids: readonly string[]): Promise<Array<Interview | null>> {
    return ids.map((id) => this.interviews.get(id) ?? null);
  }

  async putInterview(interview: Interview): Promise<void> {
    this.interviews.set(interview.id, interview);
    this.index = null;
  }

  async deleteInterview(id: string): Promise<void> {
    this.interviews.delete(id);
    this.index = null;
  }

  async getInviteSequence(uid: string): Promise<number | null> {
    return this.inviteSequences.get(uid) ?? null;
  }

  async putInviteSequence(uid: string, sequence: number): Promise<void> {
    this.inviteSequences.set(uid, sequence);
  }

  async listSends(interviewId: string): Promise<SendRecord[]> {
    return [...this.sends.values()].filter((s) => s.interviewId === interviewId);
  }

  async logSend(record: SendRecord): Promise<"logged" | "duplicate"> {
    const key = `${record.interviewId}/${record.messageId}`;
    if (this.sends.has(key)) return "duplicate";
    this.sends.set(key, record);
    return "logged";
  }

  async getSettings(): Promise<Settings> {
    return this.settings;
  }
}
