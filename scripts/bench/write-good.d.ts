/** write-good ships no types; the benchmark only calls it on a string. */
declare module "write-good" {
  export default function writeGood(text: string, options?: Record<string, boolean>): Array<{ index: number; offset: number; reason: string }>;
}
