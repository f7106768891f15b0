/** The smallest interview the facts format accepts: every optional field left out. */
export const MINIMAL_INTERVIEW = {
  id: "acme-analyst",
  company: "Acme",
  role: "Data Analyst",
  start: "2026-11-17T13:00:00-05:00",
  end: "2026-11-17T14:00:00-05:00",
  interviewers: [{ name: "Sam Lee" }],
};
