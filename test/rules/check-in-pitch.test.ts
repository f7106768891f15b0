import { describe, expect, it } from "vitest";
import { rule } from "../../src/rules/check-in-pitch.js";
import { interview, makeContext } from "../helpers/context.js";

const note = (sentence: string) => `Hi Priya,\n\nI wanted to follow up on my interview for the Senior SRE role on 17 November. ${sentence}\n\nBest,\nAlex`;
const check = (text: string, interviewId = "northwind-sre") => rule.check(makeContext(text, { noteKind: "check-in", interviewId }));

describe("check-in-pitch", () => {
  it.each([
    "As a reminder, I bring eight years of running on-call for payment systems.",
    "I'd like to reiterate my qualifications for the role and why I think I'm a strong fit.",
    "I remain confident that my background in incident response would make me a great asset to your team.",
    "i am the perfect candidate for this job honestly",
    "To recap, my track record speaks for itself: three migrations to Kubernetes, all on time.",
    "I wanted to add a few more reasons why I would be the right hire.",
    "At Fernhill I cut pages per shift by 40% with a handover checklist much like the one you described.",
    "In my last role I led the move of our dispatch service to Kubernetes, which is exactly the work your team is facing.",
  ])("flags %j, quoting it", (sentence) => {
    const [finding, ...rest] = check(note(sentence));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: "check-in-pitch", severity: "warning", excerpt: sentence });
    expect(finding!.message).toMatch(/Ask where things stand/);
  });

  it("reports one finding for a note that pitches again and again, counting the rest", () => {
    const text = note("As a reminder, I bring eight years of SRE work. I remain confident I would be an excellent fit. My qualifications make me ready on day one.");
    const findings = check(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/2 more sentences like this/);
  });

  it.each([
    "I remain very interested in the role and wondered whether there is any update on the timeline.",
    "It's been ten days and I still haven't heard anything, so I thought I'd check in.",
    "Since we spoke I've passed my CKA exam, which I mentioned I was working towards.",
    "I know these decisions take time; I'm still very keen and happy to send anything else you need.",
    "Is there anything you can share about next steps?",
    "hope the peak season prep is going ok over there!",
    "I'm still excited about the chance to work with the team.",
    "Tomasz and I spent most of the hour on the dispatch service migration, which I enjoyed.",
  ])("does not flag %j", (sentence) => {
    expect(check(note(sentence))).toEqual([]);
  });

  it.each([
    // the opener itself, however formally put
    ["Dear Priya,\n\nI am writing to respectfully follow up on my interview for the Senior Site Reliability Engineer position on 17th November.\n\nYours sincerely,\nAlex", "the formal opener"],
    // something done since, told by when
    [note("After our talk about night pages, I finished a short incident command course from PagerDuty University last week."), "a course finished last week"],
    [note("I recently completed the Kubernetes security specialist exam, in case it is useful."), "an exam recently completed"],
    [note("Since then I've completed the Level 5 finance module, so that certificate is now in hand."), "an update since then"],
    [note("I still haven't had any word, which is a little worrying."), "no word yet"],
    // thinking about what they described, and a question about it
    [note("I've been thinking a lot about the handover checklist you described, and I had a couple of practical questions about it."), "thoughts on what they described"],
    ["Dear Priya,\n\nI'm writing about my interview for the Microbiology Laboratory Technician post on Thursday 19 November.\n\nBest,\nAlex", "another opener"],
    [note("I made that very clear in my thank-you note, so I'm surprised nobody has come back to me."), "the wait"],
    [note("I also finally got round to reading the departmental handbook you pointed me to, and I liked the section on supporting newly qualified teachers."), "something done since"],
  ])("does not flag %s (%s)", (text) => {
    expect(check(text)).toEqual([]);
  });

  it("still flags the writer's record told after such an opener", () => {
    const text = "Dear Priya,\n\nI am writing to follow up on my interview for the Senior SRE position on 17th November. In my eight years at Fernhill I ran on-call for payments and cut pages per shift by 40%.\n\nBest,\nAlex";
    expect(check(text)).toHaveLength(1);
  });

  it("takes saved news for an update, not a pitch", () => {
    const contoso = interview("contoso-pm");
    const text = `Dear Dr. Okafor,\n\nFollowing up on my ${contoso.role} interview on 19 November: I have since accepted the speaking slot at HealthTech Summit, where I will present our scheduling work.\n\nBest regards,\nAlex`;
    expect(check(text, "contoso-pm")).toEqual([]);
  });
});
