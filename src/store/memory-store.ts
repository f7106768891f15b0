/**
 * An in-memory Store, seeded from a facts file: what the CLI uses so that a sent copy logged
 * by one message is seen by the next.
 */
import { DEFAULT_SETTINGS } from "../settings.js";
import type { Interview, SendRecord, Settings } from "../types.js";
import type { Store } from "./store.js";

export class MemoryStore implements Store {
  private readonly sends = new Map<string, SendRecord>();

  constructor(
    private readonly interviews: Interview[],
    private readonly settings: Settings = DEFAULT_SETTINGS,
  ) {}

  async listInterviews(): Promise<Interview[]> {
    return this.interviews;
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
