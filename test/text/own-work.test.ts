import { describe, expect, it } from "vitest";
import { ownPart, reportsOwnWork, theirPart } from "../../src/text/own-work.js";
import { tokenize } from "../../src/text/tokens.js";

/** The words left, without punctuation. */
const wordsOf = (s: string) => tokenize(s).map((t) => t.text).join(" ");
const their = (s: string) => wordsOf(theirPart(s));
const own = (s: string) => ownPart(s, tokenize(s));

describe("own-work", () => {
  it.each([
    ["At Harbourview I rewired our paging policy, which cut night pages by a third.", ""],
    ["With nine years in oncology, most of them as a charge nurse, I'd love to help you.", "I'd love to help you"],
    ["I've spent four years running Kafka clusters, and I think the migration you described is a great fit.", "and I think the migration you described is a great fit"],
    ["In my placement I look after thirty Airflow DAGs, so the pipeline rebuild you mentioned appeals to me.", "so the pipeline rebuild you mentioned appeals to me"],
    ["Since we spoke, my talk on accessible forms was accepted at Config.", "Since we spoke"],
    ["Having migrated two monoliths at Fernhill, I'd relish shifting the dispatch service with you.", "I'd relish shifting the dispatch service with you"],
  ])("blanks the writer's own background in %j", (sentence, left) => {
    expect(their(sentence)).toBe(left);
  });

  it.each([
    "I really enjoyed talking through the staffing grid with you and how the float pool works.",
    "I was struck by the Grafana board that tracks depot-level error budgets.",
    "I've been thinking about the drop-off at the evidence step ever since.",
    "We discussed the weekend rota and walked through the float pool together.",
    "I keep coming back to your idea of a self-serve intake form.",
    "I'd love to help with the Kubernetes migration.",
    "Our talk about alarm fatigue was the highlight of my visit; it's a problem I care about.",
    "Thank you for taking my questions about the weekend rota.",
  ])("keeps a sentence about the conversation whole: %j", (sentence) => {
    expect(their(sentence)).toBe(wordsOf(sentence));
  });

  it.each([
    ["I rebuilt our grid for a 32-bed unit.", true],
    ["I've reviewed our monthly cost reports for two years.", true],
    ["I maintain forty dbt models.", true],
    ["I am currently building a forecasting service.", true],
    ["We cut pages per shift by 40%.", true],
    ["I haven't managed a unit budget yet.", true],
    ["I enjoyed hearing about the migration.", false],
    ["I've attached my resume.", false],
    ["I'm writing to thank you.", false],
    ["I would love to build that with you.", false],
    ["We spent most of the hour on alarm fatigue.", false],
    ["I was impressed by the dashboards.", false],
    // the writer's own work told through what is theirs, or as a résumé line without a subject
    ["My MSc dissertation modelled claim frequency from harsh-braking events.", true],
    ["My team cut agency spend by a third.", true],
    ["Recruited 22 smallholders through co-op newsletters and feed stores.", true],
    ["Ran the night desk at the Harbour Hotel for three years.", true],
    ["My visit ended with a look at the cold store.", false],
    ["My train was late, sorry again.", false],
    ["Enjoyed meeting the whole team.", false],
    ["Attached the reference letter you asked for.", false],
    ["Managed to catch the last ferry home.", false],
  ])("tells whether %j reports the writer's own work", (sentence, expected) => {
    expect(reportsOwnWork(tokenize(sentence))).toBe(expected);
  });

  it("does not reach back over a topic that opens the sentence", () => {
    expect(their("Alarm fatigue is something I tackled at Mercy Valley for years.")).toBe("Alarm fatigue is something");
  });

  it("returns the writer's own words for judging how concrete they are", () => {
    expect(own("Your plans sound great; I rebuilt our triage board at Harbourview.")).toBe("I rebuilt our triage board at Harbourview");
  });
});
