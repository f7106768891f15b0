import { describe, expect, it } from "vitest";
import { findGreeting } from "../../src/mail/greeting.js";

describe("findGreeting", () => {
  it.each([
    ["Hi Priya,\n\nThanks…", "Hi Priya,"],
    ["Dear Dr. Okafor,\nThank you", "Dear Dr. Okafor,"],
    ["Hello José -\nThanks", "Hello José -"],
    ["Good morning Tomasz,\n", "Good morning Tomasz,"],
    ["\n\nPriya,\n\nThank you", "Priya,"],
    ["Hi all,\nThanks", "Hi all,"],
    ["Dear Hiring Manager,\n", "Dear Hiring Manager,"],
    ["Hi Priya, thank you for taking the time today.", "Hi Priya,"],
    ["Hey Priya\nThanks", "Hey Priya"],
    // an emoji after the name is decoration
    ["Hi Priya 👋\n\nGreat connecting today!", "Hi Priya"],
    // a salutation of another language, then the name
    ["Kia ora Mere,\n\nThank you", "Kia ora Mere,"],
  ])("%j → %j", (text, greeting) => {
    expect(findGreeting(text)).toBe(greeting);
  });

  it.each([
    "Thank you for taking the time to meet with me.",
    "Thanks,\nJordan",
    "I enjoyed our conversation, Priya.",
    "Highlights from the interview, as promised:",
    "Thanks again Priya,\nfor everything",
    "",
  ])("no greeting in %j", (text) => {
    expect(findGreeting(text)).toBeNull();
  });
});
