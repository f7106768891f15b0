/**
 * A draft's report on its own page in the web app, with the draft it was made from, so the
 * owner can read it there, edit the draft and check it again (mail-tester style). Kept in KV
 * for REPORT_PAGE_DAYS, after which KV deletes it by itself (expirationTtl):
 *
 *   report:<id>   one report page (JSON); the id is 128 random bits, so its link cannot be guessed
 *
 * The page is only shown to the logged-in owner (src/web/routes/report-routes.tsx).
 */
import { REPORT_PAGE_DAYS, type Report } from "../report/model.js";
import { kvCall } from "./kv-store.js";

const REPORT_PAGE_PREFIX = "report:";
/** 22 base64url characters: the 16 random bytes of an id. */
export const REPORT_PAGE_ID = /^[A-Za-z0-9_-]{22}$/;

/** The draft as the "check a draft" form takes it again. */
export interface ReportDraft {
  /**
   * The interview it was checked against, and whom it was for: the row of the interviewer,
   * "recruiter" for the interview's recruiter, null when no one in particular is known.
   */
  interviewId: string | null;
  recipientRow: number | "recruiter" | null;
  subject: string;
  text: string;
}

export interface ReportPage {
  id: string;
  /** ISO times: when the draft was checked, and when KV deletes the page. */
  checkedAt: string;
  expiresAt: string;
  report: Report;
  draft: ReportDraft;
}

/** A fresh page id: 16 random bytes as base64url. */
export function newReportPageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

const keyOf = (id: string) => {
  if (!REPORT_PAGE_ID.test(id)) throw new Error("invalid report page id");
  return `${REPORT_PAGE_PREFIX}${id}`;
};

/** Saves a page for REPORT_PAGE_DAYS. */
export async function saveReportPage(kv: KVNamespace, page: ReportPage): Promise<void> {
  await kvCall("put", () => kv.put(keyOf(page.id), JSON.stringify(page), { expirationTtl: REPORT_PAGE_DAYS * 24 * 3600 }));
}

/** The page saved under `id`, or null when there is none (never saved, or deleted after REPORT_PAGE_DAYS). */
export async function loadReportPage(kv: KVNamespace, id: string): Promise<ReportPage | null> {
  if (!REPORT_PAGE_ID.test(id)) return null;
  const json = await kvCall("get", () => kv.get(keyOf(id)));
  if (json === null) return null;
  try {
    // Written only by saveReportPage; a value that is not one (hand-edited KV) counts as gone.
    const page = JSON.parse(json) as ReportPage;
    return page?.id === id && typeof page.report?.headline === "string" && typeof page.draft?.text === "string" ? page : null;
  } catch {
    return null;
  }
}
