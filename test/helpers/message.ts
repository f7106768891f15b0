/** Builds a ParsedMessage from a few fields, for classification and matching tests. */
import type { Address, Note, ParsedMessage } from "../../src/types.js";

export const addr = (address: string, name = ""): Address => ({ name, address });

export function makeParsed(fields: Partial<Omit<ParsedMessage, "note">> & { note?: Partial<Note> } = {}): ParsedMessage {
  const { note, ...rest } = fields;
  return {
    messageId: "<m1@mail.example>",
    inReplyTo: null,
    references: [],
    from: addr("alex@candidate.example", "Alex Chen"),
    to: [],
    cc: [],
    subject: "Thank you",
    date: null,
    autoSubmitted: null,
    precedence: null,
    reportMarker: null,
    isDeliveryReport: false,
    hasCalendar: false,
    calendar: null,
    problems: [],
    ...rest,
    note: {
      text: "",
      greeting: null,
      to: rest.to ?? [],
      cc: rest.cc ?? [],
      subject: "Thank you",
      from: addr("alex@candidate.example", "Alex Chen"),
      attachments: [],
      forwarded: false,
      ...note,
    },
  };
}
