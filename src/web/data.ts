/** The export from the KV store (validation in transfer.ts; import in store/import-writer.ts). */
import type { KvStore } from "../store/kv-store.js";
import type { Export } from "./transfer.js";

/** Everything the app keeps: interviews, settings and the send log of every saved interview. */
export async function exportAll(store: KvStore): Promise<Export> {
  const [interviews, settings] = await Promise.all([store.listInterviews(), store.getSettings()]);
  const sends = (await Promise.all(interviews.map((i) => store.listSends(i.id)))).flat();
  return { interviews: interviews.sort((a, b) => Date.parse(a.start) - Date.parse(b.start)), settings, sends };
}
