import { callName } from "../text/conversation.js";
import { answerObject } from "../text/answer-requests.js";
import { undelivered } from "../text/requests.js";
import { finding, type Rule } from "./rule.js";

/** missing-request: something the interviewer or the interview asked for is neither mentioned nor attached. */
export const rule: Rule = {
  id: "missing-request",
  severity: "error",
  why: "Sending what you were asked for shows you listened and follow through; forgetting it is noticed.",
  check(ctx) {
    const fromAddressee = ctx.addressee ? undelivered(ctx, ctx.addressee.requests) : [];
    const fromPanel = undelivered(ctx, ctx.interview?.requests ?? []);
    // The request is quoted as saved, in the user's own words ("send my portfolio"), so it is
    // presented as a quote from their notes, not as the interviewer's words.
    // A question ("confirm availability…", "let us know your notice period") is answered, not attached.
    // A sent copy can no longer be changed: what it left out goes in a follow-up.
    const say = (whose: string, request: string) => {
      const asked = `${whose} request from your notes, “${request}”,`;
      const item = answerObject(request) === null;
      const message =
        ctx.kind === "sent"
          ? item
            ? `${asked} was neither mentioned nor attached in the note you sent: send it in a short follow-up.`
            : `${asked} was not answered in the note you sent: answer it in a short follow-up.`
          : item
            ? `${asked} is neither mentioned nor attached: attach it or say when it will follow.`
            : `${asked} is not answered in the note: mention it in a sentence, e.g. your answer or when you will confirm.`;
      return { ...finding(this, message, ""), request };
    };
    const who = ctx.addressee ? `${callName(ctx.addressee.name)}'s` : "";
    return [...fromAddressee.map((r) => say(who, r)), ...fromPanel.map((r) => say("The panel's", r))];
  },
};
