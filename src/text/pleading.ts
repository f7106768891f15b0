/**
 * Pleading in a note's words: needing the job, begging for a chance, offering to do or take
 * anything, what the job would mean. needy-tone reports these sentences; no-interest reads
 * them as wanting the role (too much, but plainly).
 */
import { GIFT } from "./gifts.js";
import { phraseSet } from "./phrases.js";

/** Offering to work or to take something, as one bargains oneself down ("I would happily accept …"). */
const BARGAIN = "(i will|i would|i can|willing to|happy to|prepared to|i am willing to|i could) (happily|gladly|even|also|readily|still)? (work|start|accept|take)";

/** Begging, desperation and bargaining oneself down. */
export const NEEDY = phraseSet([
  // needing the job: "I really need this job", "I need this" (but not "I really need to share")
  "i .. need (this|the|a|that|these|those) .. (job|role|position|opportunity|offer|chance|work|income|paycheck|salary|sessions|shifts|hours)",
  // pleading on someone's behalf: "he really needs this job"
  "(he|she|they) .. (needs|need) (this|the|a|that) .. (job|role|position|opportunity|chance|work)",
  "i (really|desperately|truly|badly|so|just)? need to (get|go|be)? (back)? (into|to|in) (work|a job|employment|paid work)",
  "i (really|desperately|truly|badly|so|just)? need this !(to|for|in|by|on|before|information|form|document|sheet|list|done|sorted|week|weekend|month|morning|afternoon|evening|year|time|one|part|step|bit|last)",
  // begging: "please give me a chance", "I'm begging you", "please hire me"
  "(please|just|kindly) .. (give|grant|offer) (me|him|her|them) (a|one|this|the|that|another) .. (chance|shot|opportunity|try)",
  "(i beg (you|of you)|begging|beseech|implore)",
  "(if you could|if you would|if you can|could you|would you) .. (give|grant|offer) me (a|one|this|the|that|another) .. (chance|shot|try)",
  // pleading for any chance at all: "I'd be so grateful for any chance to prove myself"; "any
  // opportunity at Northwind" (keep me in mind, after a rejection) is not pleading
  "(any|just a|just one|even one) (chance|shot) (at all)? (to prove|at)",
  "(any|just a|just one|even one) opportunity (at all|to prove)",
  "(a|the|one|any) (chance|shot|opportunity) to prove (myself|my worth|what i can do|that i can)",
  "i (really|so|truly) (really|so|truly|badly) want (this|it|the job|the role)",
  "please (please|just)? (hire|pick|choose|select|take) me",
  "please (do not|never) (reject|pass on|give up on|forget|overlook) me",
  "please .. consider me .. (desperate|need|anything|beg*)",
  // doing anything, taking anything: "I'll do anything", "I'll work for less", "any role at all"
  "(i will|i would|i can|willing to|ready to|happy to|prepared to|i am willing to) .. (do|try) (anything|whatever it takes) !(i can|we can|you need|that helps|to help|it takes to help)",
  "(i will|i would|i can|i could) (take|work|do) any (shift|shifts|session|sessions|hours|schedule|route|routes|task|tasks) .. (any|whatever|nobody)",
  // bargaining oneself down is about pay: "I'd accept less", "a lower salary", not "a little less margin on two wines"
  `${BARGAIN} .. (pay cut|any salary|any pay|unpaid|for free|minimum wage|nothing)`,
  `${BARGAIN} .. (less|lower|reduced) (pay|salary|money|wage|wages|rate|rates|than|to|if|for|so|offer|grade|band|level|title|position|hours)`,
  `${BARGAIN} .. (less|lower|reduced) $`,
  "(take|accept) any (role|job|position|offer|salary) (at all|you have|you can|available)?",
  "(i will|i would|i can|i could|willing to|happy to) (take|work|accept|do) whatever (hours|shifts|pay|salary|role|job|schedule|days) (you|there|is|are)",
  // desperation and pressure: "this job means everything", "unemployed for months"
  "(job|role|position|opportunity|this|offer|residency|internship|placement|apprenticeship|post) (would )?(mean|means|meant) (everything|the world|so much|a great deal) to me",
  "(would|will) (mean|change) (everything|the world) (to|for) (me|my family|us)",
  "would mean the world",
  "(i am|i feel|i have been|i have become|i was|i am getting|i am becoming) .. (desperate|desperately)",
  "(i have been|i was|i have|been) .. (unemployed|out of work|jobless|without a job|without work|laid off|looking for work|job hunting|searching for a job|applying everywhere) (for|since)",
  "(i have been|i have|been) (out of work|unemployed|jobless|without work) (a|so|such|too|this|all) .. (long|while|months|year|years)",
  "my (family|kids|children|rent|bills|mortgage|savings) .. (depend|depends|relies|rely|is running|are running|running out|cannot wait|need)",
  "my (savings|money|funds) (are|is|have|has) .. (gone|run out|running out|used up)",
  "(cannot|can not) (pay|afford) (my|the|our) (rent|bills|mortgage)",
  "(my|our|you are my|you are the) (last|only|final) (hope|chance|lifeline)",
  "(devastated|heartbroken|crushed) if",
  "(cannot|could not|can not) (take|handle|bear|survive) (another|one more|a) (rejection|no)",
]);

/**
 * A gift or a plea: about the writer's goodwill or search, never a detail of the conversation,
 * substance or an account of experience, however concrete ("a voucher for the spa next door",
 * "I've applied to 90 places, please give me a chance").
 */
export const isGiftOrPlea = (text: string): boolean => GIFT.test(text) || NEEDY.test(text);
