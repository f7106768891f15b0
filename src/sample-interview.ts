/**
 * A sample interview for trying the product locally: it ended two hours before `now`, so a
 * draft checked right away falls inside the send window.
 */
import { isoAtOffset } from "./time-zone.js";
import type { Interview } from "./types.js";

const HOUR_MS = 3_600_000;

/** The sample interview's own offset: UTC−05:00. */
const OFFSET_MINUTES = -300;
const atMinusFive = (ms: number) => isoAtOffset(ms, OFFSET_MINUTES);

export function sampleInterview(now: Date): Interview {
  const end = now.getTime() - 2 * HOUR_MS;
  return {
    id: "northwind-sre",
    company: "Northwind Logistics",
    companyAliases: ["Northwind"],
    role: "Senior Site Reliability Engineer",
    start: atMinusFive(end - 3 * HOUR_MS),
    end: atMinusFive(end),
    format: "video",
    interviewers: [
      {
        name: "Priya Raman",
        email: "priya.raman@northwind.example",
        title: "Director of Infrastructure",
        topics: ["on-call rotation redesign"],
        requests: ["send the postmortem template"],
      },
      {
        name: "Tomasz Kowalski-Nowak",
        email: "tomasz.kowalski@northwind.example",
        title: "Staff Engineer",
        topics: ["migrating the dispatch service to Kubernetes"],
        requests: [],
      },
    ],
    topics: ["peak season traffic"],
    requests: [],
    concerns: ["limited Go experience"],
    news: [],
    decisionBy: null,
    sendBy: null,
  };
}
