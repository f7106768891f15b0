/** Export and import against the KV store (the validation lives in transfer.ts). */
import type { KvStore } from "../store/kv-store.js";
import type { Export, ImportPlan } from "./transfer.js";

/** Everything the app keeps: interviews, settings and the send log of every saved interview. */
export async function exportAll(store: KvStore): Promise<Export> {
  const [interviews, settings] = await Promise.all([store.listInterviews(), store.getSettings()]);
  const sends = (await Promise.all(interviews.map((i) => store.listSends(i.id)))).flat();
  return { interviews: interviews.sort((a, b) => a.start.localeCompare(b.start)), settings, sends };
}

/** Writes a validated plan: interviews replace those with the same id; sends already logged stay once. */
export async function applyImport(store: KvStore, plan: ImportPlan): Promise<{ interviews: number; sends: number }> {
  for (const interview of plan.interviews) await store.putInterview(interview);
  if (plan.settings) await store.putSettings(plan.settings);
  let sends = 0;
  for (const send of plan.sends) if ((await store.logSend(send)) === "logged") sends++;
  return { interviews: plan.interviews.length, sends };
}
