import { describe, expect, it } from "vitest";
import { isKnown, suggest } from "../../src/spelling/checker.js";
import { commonWordsStartingWith, hasPrefix, hasWord, isCommonWord, nextLetters, wordsStartingWith } from "../../src/spelling/dictionary.js";
import { editDistance, isTransposition } from "../../src/spelling/edit-distance.js";
import { WORDS } from "../../src/spelling/words.generated.js";

describe("dictionary", () => {
  it("is sorted, lower-case and letters only, so binary search works", () => {
    const words = WORDS.split(" ");
    expect(words.length).toBeGreaterThan(100_000);
    for (let i = 1; i < words.length; i++) expect(words[i - 1]! < words[i]!, words[i]).toBe(true);
    expect(words.every((w) => /^[a-z]+$/.test(w))).toBe(true);
  });

  it("finds the first, last and middle words and rejects neighbours", () => {
    const words = WORDS.split(" ");
    for (const w of [words[0]!, words[words.length - 1]!, words[50_000]!, "receive", "colour", "color"]) expect(hasWord(w), w).toBe(true);
    for (const w of ["recieve", "", "zzzzzz", "aaaaaa", `${words[words.length - 1]}z`]) expect(hasWord(w), w).toBe(false);
  });

  it("leaves out rare words that are nearly always typos", () => {
    expect(hasWord("calender")).toBe(false);
    expect(hasWord("calendar")).toBe(true);
  });

  it("ranks common words and lists words by prefix", () => {
    expect(isCommonWord("their")).toBe(true);
    expect(isCommonWord("aardwolf")).toBe(false);
    expect(wordsStartingWith("recei")).toContain("receive");
    expect(wordsStartingWith("recei").every((w) => w.startsWith("recei"))).toBe(true);
  });

  const words = WORDS.split(" ");
  const prefixes = ["", "a", "q", "qu", "rec", "receiv", "receive", "zyzzyva", "zzz", "xq", words[words.length - 1]!, words[70_001]!.slice(0, 3)];

  it("lists the letters that follow a prefix, as a scan of every word would", () => {
    for (const prefix of prefixes) {
      const expected = [...new Set(words.filter((w) => w.startsWith(prefix) && w.length > prefix.length).map((w) => w[prefix.length]!))].sort();
      expect(nextLetters(prefix), prefix).toEqual(expected);
      for (const letter of expected) expect(hasPrefix(prefix + letter)).toBe(true);
    }
  });

  it("lists the common words by prefix and length as filtering every word by isCommonWord does", () => {
    for (const prefix of prefixes) {
      for (const [min, max] of [[0, Infinity], [3, 7], [6, 6]] as const) {
        const expected = wordsStartingWith(prefix, min, max).filter(isCommonWord);
        expect(commonWordsStartingWith(prefix, min, max), `${prefix} ${min}-${max}`).toEqual(expected);
      }
    }
  });
});

describe("edit distance", () => {
  it("counts an adjacent swap as one edit", () => {
    expect(isTransposition("pryia", "priya")).toBe(true);
    expect(isTransposition("priya", "priya")).toBe(false);
    expect(editDistance("recieve", "receive")).toBe(1);
    expect(editDistance("kowalsky", "kowalski")).toBe(1);
    expect(editDistance("abc", "xyz")).toBe(3);
  });
});

describe("isKnown", () => {
  it.each([
    "i'd", "you're", "don't", "can't", "won't", "team's", "o'clock", "follow-up", "on-call", "co-founder", "e-mail",
    "prioritise", "prioritize", "colour", "color", "organisation", "onboarding", "onboarded", "roadmaps", "standups",
    "kubernetes", "devops", "learnings", "rebookings", "deprioritised", "hotfixes", "walkthroughs", "wi-fi", "etc",
  ])("accepts %j", (word) => {
    expect(isKnown(word)).toBe(true);
  });

  it.each(["recieve", "definately", "truely", "commited", "happend", "untill", "thier", "alot", "folow-up", "recieve's"])(
    "rejects %j",
    (word) => {
      expect(isKnown(word)).toBe(false);
    },
  );

  it.each([
    "geeking", "geeked", "nerding", "googled", "onboarded", "upskilling", "whiteboarding", "whiteboarded", "dashboarding",
    "dashboarded", "reprioritised", "reprioritize", "deprioritize", "favourited", "unmuted", "unblocking", "slack'd", "dogfooded",
    "learnings", "ghosted", "blogged",
  ])("accepts the regular inflection or prefixed form %j of a known word", (word) => {
    expect(isKnown(word)).toBe(true);
  });

  it.each([
    "seperate", "accomodate", "occured", "wich", "becuase", "excitied", "stoped", "writting", "begining", "refering",
    "prefered", "occuring", "geting", "runing", "comming", "chating", "truely", "untill", "arguement", "applys", "studys",
    "controled", "emailled", "targetted", "sincerly",
  ])("still rejects the typo %j, whose base's real inflection is spelled otherwise", (word) => {
    expect(isKnown(word)).toBe(false);
  });

  it.each([
    // -er + -s on a known verb; a prefix that forms compounds; two everyday words run together
    "befrienders", "onboarders", "anticoagulation", "overstaffing", "postgraduate", "semiannual", "lockdown", "handwash",
    // a hyphenated compound's plural, and a long word clipped to "-o" as speech does
    "fourteen-year-olds", "reno", "convo",
  ])("accepts the derived, prefixed or compound word %j", (word) => {
    expect(isKnown(word)).toBe(true);
  });

  it.each(["eachother", "everytime", "alittle", "atleast", "noone", "antiseptik", "lockdwon", "befreinders", "understnad", "tomorro",
    "year-oldss"])(
    "still rejects %j: a run-together phrase, or a typo that only looks like a compound",
    (word) => {
      expect(isKnown(word)).toBe(false);
    },
  );

  it.each([
    "despatch", "despatched", "despatching", "gaol", "mediaeval", "foetal", "annexe", "caesarean", "yoghurt",
    "focussed", "benefitting", "enrolment", "fulfil", "instalment", "judgement", "paediatrics", "anaesthetist",
    "manoeuvre", "aluminium", "tyres", "kerb", "practised", "licence", "travelled", "jewellery", "whilst", "learnt",
  ])("accepts the British/Commonwealth spelling %j", (word) => {
    expect(isKnown(word)).toBe(true);
  });

  it.each(["despach", "dispatchd", "mediavel", "foetous", "focusd", "benifitted", "manouvre", "jewelery", "biassed"])(
    "still rejects the misspelling %j near a Commonwealth spelling",
    (word) => {
      expect(isKnown(word)).toBe(false);
    },
  );

  it("accepts extra words and their inflections", () => {
    expect(isKnown("grafana")).toBe(false);
    expect(isKnown("grafana", new Set(["grafana"]))).toBe(true);
    expect(isKnown("runbookz", new Set(["runbookz"]))).toBe(true);
  });
});

describe("suggest", () => {
  it.each([
    ["recieve", "receive"], ["definately", "definitely"], ["oppurtunity", "opportunity"], ["truely", "truly"],
    ["acheive", "achieve"], ["enviroment", "environment"], ["thier", "their"], ["teh", "the"], ["wich", "which"],
    ["happend", "happened"], ["calender", "calendar"], ["dont", "don't"], ["alot", "a lot"], ["folow-up", "follow-up"],
    ["recieve's", "receive's"], ["interveiw", "interview"], ["accomodate", "accommodate"],
  ])("%j → %j", (word, expected) => {
    expect(suggest(word)?.word).toBe(expected);
  });

  it("tries two edits only for longer words, and gives up on gibberish", () => {
    expect(suggest("xqzt")).toBeNull();
    expect(suggest("qwxzvbnmkj")).toBeNull();
    expect(suggest("accomodaton")).toEqual({ word: "accommodation", distance: 2 });
  });
});
