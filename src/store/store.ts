/**
 * What the pipeline needs from storage. The Worker backs it with KV, the CLI with memory;
 * the pipeline is the same.
 */
import type { Interview, SendRecord, Settings } from "../types.js";

export interface Store {
  listInterviews(): Promise<Interview[]>;
  /** Logged sends of one interview. */
  listSends(interviewId: string): Promise<SendRecord[]>;
  /**
   * Logs a sent copy once per message id. Returns "duplicate" when that message was
   * already logged (the same mail delivered twice).
   */
  logSend(record: SendRecord): Promise<"logged" | "duplicate">;
  getSettings(): Promise<Settings>;
  putInterview(interview: Interview): Promise<void>;
  deleteInterview(id: string): Promise<void>;
  /** The SEQUENCE last imported for a calendar event's UID (RFC 5546), or null. */
  getInviteSequence(uid: string): Promise<number | null>;
  putInviteSequence(uid: string, sequence: number): Promise<void>;
}
