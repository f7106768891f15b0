/**
 * Installs zod's English issue messages, the ones zod classic installs on import, and runs
 * every schema without zod's compiled fast path, as a Worker runs it.
 *
 * The schemas use zod/mini, which installs no locale: a message a schema does not spell out
 * would read only "Invalid input". Some of those texts reach people as they are (the
 * settings form shows "Too big: expected number to be <=1440"; formatIssues reads
 * "received undefined" to say "is required"), so every module that defines a schema imports
 * this file before zod/mini. It loads one locale, not zod/locales' index of all of them.
 * An object schema reads `jitless` when it is defined, so the import must come first for that too.
 */
import en from "zod/v4/locales/en.js";
import { config } from "zod/mini";

config(en());
// Run every schema as a Worker runs it: workerd refuses code generated from strings, so zod
// parses without the compiled fast path there; the CLI, the tests and the bench do the same.
config({ jitless: true });
