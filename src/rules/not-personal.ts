import { bodySentences } from "../text/body.js";
import { callName, conversationTopics, exampleTopic, familiarKeys } from "../text/conversation.js";
import { excerptAt } from "../text/excerpt.js";
import { keySet, mentions } from "../text/mentions.js";
import { detailOf, isConcrete } from "../text/specificity.js";
import { finding, type Rule } from "./rule.js";

/**
 * not-personal: nothing specific from the conversation appears. A saved topic, request or
 * concern mentioned even loosely is enough; failing that (no facts, or a detail nobody
 * saved), any sentence with a concrete detail of its own is too, because calling a note
 * that does build on the conversation "impersonal" would be a false alarm.
 */
export const rule: Rule = {
  id: "not-personal",
  severity: "error",
  why: "A note that could have gone to anyone reads as a box-tick; building on the actual conversation is what makes it count.",
  check(ctx) {
    const body = bodySentences(ctx);
    const first = body[0];
    if (!first) return [];
    const familiar = familiarKeys(ctx);
    const keys = keySet(ctx.note.text);
    if (conversationTopics(ctx).some((topic) => mentions(keys, topic, familiar))) return [];
    if (body.some((s) => isConcrete(detailOf(s.text, familiar)))) return [];
    const who = ctx.addressee ? ` with ${callName(ctx.addressee.name)}` : "";
    const topic = exampleTopic(ctx);
    const example = topic ? `“${topic}”` : "a question they asked, a problem they described or a project they mentioned";
    return [
      finding(
        this,
        `Mention something specific from your conversation${who}, e.g. ${example}, and add what you think about it.`,
        excerptAt(ctx.note.text, first.start, first.end),
      ),
    ];
  },
};
