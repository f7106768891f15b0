/** One logged sent copy for the sample facts' northwind-sre interview, as the send log stores it. */
import type { SendRecord } from "../../src/types.js";

export const SAMPLE_SEND: SendRecord = {
  interviewId: "northwind-sre",
  messageId: "<sent-1@candidate.example>",
  sentAt: "2026-11-18T00:10:00.000Z",
  recipients: ["priya.raman@northwind.example"],
  interviewers: ["Priya Raman"],
  subject: "Thank you",
  fingerprint: Array.from({ length: 64 }, (_, i) => i * 1000),
};
