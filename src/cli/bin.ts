/** Entry point of `npm run check`: runs the CLI with the process's arguments and streams. */
import { main } from "./check.js";

process.exitCode = await main(
  process.argv.slice(2),
  (line) => process.stdout.write(`${line}\n`),
  (line) => process.stderr.write(`${line}\n`),
);
