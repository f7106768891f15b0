import { bodySentences } from "../text/body.js";
import { callName, conversationRequests, conversationTopics, exampleTopic, familiarKeys } from "../text/conversation.js";
import { excerptAt } from "../text/excerpt.js";
import { keySetOfLines, mentions } from "../text/mentions.js";
import { theirPart } from "../text/own-work.js";
import { undelivered } from "../text/requests.js";
import { detailOf, isConcrete } from "../text/specificity.js";
import { finding, type Rule } from "./rule.js";

/**
 * not-personal: nothing specific from the conversation appears. A saved topic mentioned even
 * loosely is enough, and so is delivering something the reader asked for; failing that (no
 * facts, or a detail nobody saved), a sentence with a concrete detail of its own is too,
 * because calling a note that does build on the conversation "impersonal" would be a false
 * alarm. Only what the note says about the conversation counts: the writer's own background
 * ("eight years on a busy cardiac floor", "my talk at Config") is specific, but it is not
 * from the conversation, and is judged by no-fit instead.
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
    const theirs = body.map((s) => theirPart(s.text));
    const keys = keySetOfLines(theirs);
    if (conversationTopics(ctx).some((topic) => mentions(keys, topic, familiar))) return [];
    const requests = conversationRequests(ctx);
    if (undelivered(ctx, requests).length < requests.length) return [];
    if (theirs.some((text) => isConcrete(detailOf(text, familiar)))) return [];
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
