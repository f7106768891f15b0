import { callName, unmentioned } from "../text/conversation.js";
import type { Note } from "../types.js";
import { finding, type Rule } from "./rule.js";

/** Attachment names as words: "postmortem-template_v2.pdf" reads "postmortem template v2". */
function attachmentWords(note: Note): string {
  return note.attachments
    .map((a) => (a.filename ?? "").replace(/\.[a-z0-9]{1,5}$/i, "").replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[-_.+]+/g, " "))
    .join("\n");
}

/** missing-request: something the interviewer or the interview asked for is neither mentioned nor attached. */
export const rule: Rule = {
  id: "missing-request",
  severity: "error",
  why: "Sending what you were asked for shows you listened and follow through; forgetting it is noticed.",
  check(ctx) {
    const attached = attachmentWords(ctx.note);
    const fromAddressee = ctx.addressee ? unmentioned(ctx, ctx.addressee.requests, attached) : [];
    const fromPanel = unmentioned(ctx, ctx.interview?.requests ?? [], attached);
    const who = ctx.addressee ? callName(ctx.addressee.name) : "";
    return [
      ...fromAddressee.map((request) => finding(this, `${who} asked you to “${request}”: attach it or say in the note when it will follow.`, "")),
      ...fromPanel.map((request) => finding(this, `The panel asked you to “${request}”: attach it or say in the note when it will follow.`, "")),
    ];
  },
};
