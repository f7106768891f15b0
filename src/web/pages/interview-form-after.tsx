/**
 * The interview form's recruiter and "after the interview" parts: who arranged it, how it
 * went and how it ended. Plain fields and selects, so they work without JavaScript.
 */
import type { FC } from "hono/jsx";
import { HOW_IT_WENT, OUTCOMES, type HowItWent, type Outcome } from "../../facts/schema.js";
import { Field, SelectField } from "../fields.js";
import { INTERVIEW_LABELS as L, type FieldErrors, type InterviewForm } from "../forms.js";

/** Each choice in words, with what it changes; "" is the choice of saying nothing. */
const HOW_IT_WENT_WORDS: Record<HowItWent | "", string> = {
  "": "Not said",
  well: "Well",
  unsure: "Not sure",
  badly: "Badly: a note becomes optional",
};

const OUTCOME_WORDS: Record<Outcome | "", string> = {
  "": "Not marked yet",
  waiting: "Still waiting, no more reminders",
  offer: "Offer",
  rejected: "Rejected",
  withdrawn: "I withdrew",
};

const Choices: FC<{ name: "howItWent" | "outcome"; form: InterviewForm; errors: FieldErrors; values: readonly string[]; words: Record<string, string> }> = ({ name, form, errors, values, words }) => (
  <SelectField name={name} label={L[name]} error={errors[name]}>
    {["", ...values].map((value) => (
      <option value={value} selected={form[name] === value}>
        {words[value]}
      </option>
    ))}
  </SelectField>
);

export const RecruiterAndOutcomeFields: FC<{ form: InterviewForm; errors: FieldErrors }> = ({ form, errors }) => (
  <>
    <h2>Recruiter</h2>
    <p class="meta">If a recruiter arranged the interview, notes to them are checked as notes to a recruiter and never count as one of the panel's notes.</p>
    <div class="grid2">
      <Field name="recruiterName" label={L.recruiterName} value={form.recruiterName} error={errors.recruiterName} maxLength={120} />
      <Field name="recruiterEmail" label={L.recruiterEmail} type="email" value={form.recruiterEmail} error={errors.recruiterEmail} maxLength={254} hint="Matches your notes to them." />
      <Field name="recruiterAgency" label={L.recruiterAgency} value={form.recruiterAgency} error={errors.recruiterAgency} maxLength={200} hint="Leave it empty for the company's own recruiter." />
    </div>
    <h2>After the interview</h2>
    <p class="meta">
      Marking the outcome stops this interview's reminders. Once an offer, a rejection or a withdrawal is marked, notes to the panel or the recruiter are checked as replies to it, not as
      thank-you notes. Until then, once the decision date has passed, a reminder suggests a short check-in.
    </p>
    <div class="grid2">
      <Choices name="howItWent" form={form} errors={errors} values={HOW_IT_WENT} words={HOW_IT_WENT_WORDS} />
      <Choices name="outcome" form={form} errors={errors} values={OUTCOMES} words={OUTCOME_WORDS} />
    </div>
  </>
);
