/**
 * What the pipeline needs from storage. The Worker backs it with KV, the CLI with memory;
 * the pipeline is the same.
 */
import type { Interview, SendRecord, Settings } from "../types.js";
import type { InterviewIndex } from "./interview-index.js";

export interface Store {
  /**
   * What matching and the rules read of every saved interview (interview-index.ts), in a
   * few reads however many there are: a message reads this, then only its own interview.
   */
  interviewIndex(): Promise<InterviewIndex>;
  /** The saved interviews with these ids, in the same order; null for an id with none. */
  getInterviews(ids: readonly string[]): Promise<Array<Interview | null>>;
  /** Every saved interview, read whole: for what needs them all (importing a calendar invitation, the reminders, export). */
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
