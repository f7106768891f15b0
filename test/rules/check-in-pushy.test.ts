import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/check-in-pushy.js";
import { makeContext } from "../helpers/context.js";

const note = (sentence: string) => `Hi Priya,\n\nI'm following up on my interview for the SRE role on 17 November. ${sentence}\n\nBest,\nAlex`;
const check = (text: string) => rule.check(makeContext(text, { noteKind: "check-in" }));

describe("check-in-pushy", () => {
  it.each([
    "I expected to hear back by now.",
    "You promised a decision by the 24th.",
    "Why haven't I heard anything yet?",
    "It's been two weeks and still nothing.",
    "I have been waiting for an answer for over a week.",
    "This is my third email about this.",
    "Please respond ASAP.",
    "I need an answer by Friday.",
    "Frankly I find the silence unprofessional.",
    "i feel like you guys ghosted me",
    "Did you even read my last message?",
    "Please don't leave me hanging.",
    "Honestly I'm getting a bit frustrated with how long this is taking.",
    "By now I should have been told something, surely.",
    "I still haven't had any word, which is disappointing.",
    "I really shouldn't have to chase this.",
    "Please reply as soon as possible.",
    "I would be grateful if you could let me know the outcome by return.",
    "I look forward to your prompt reply.",
    "I must say I am surprised not to have heard anything since.",
    "I've been keeping my June free for you, so I need to know now.",
  ])("flags %j, quoting it", (sentence) => {
    const [finding, ...rest] = check(note(sentence));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: "check-in-pushy", severity: "warning", excerpt: sentence });
    expect(finding!.message).toMatch(/friendly question/);
  });

  it.each([
    "I know these decisions take time, and I remain very interested.",
    "You mentioned you hoped to decide by the 24th, so I thought I'd check in.",
    "I have received another offer and need to reply to them by Friday; Northwind is still my first choice, so I wanted to ask whether there is any update.",
    "Is there anything you can share about the timeline?",
    "Please let me know if there is anything else you need from me.",
    "I was sorry to hear about the outage at the depot last week.",
    "No rush at all, I just wanted to stay in touch.",
    "I've been looking forward to hearing how things are going.",
    "We discussed the urgent care backlog, and I'm still keen to help with it.",
    "Sorry to chase, and I hope the inspection went well.",
    "I look forward to your reply whenever the panel has decided.",
    "I was surprised and delighted by how much the children remembered from the workshop.",
    "I can start as soon as possible after notice, if that helps with planning.",
    "The new rota is something I'd be glad to help with, which is part of why I am still so keen.",
  ])("does not flag %j", (sentence) => {
    expect(check(note(sentence))).toEqual([]);
  });
});
