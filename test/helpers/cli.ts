/**
 * Runs the itss command in this process with captured output, as a user's shell would
 * see it: exit code, stdout and stderr.
 */
import { Writable } from "node:stream";
import { main, type CliIo } from "../../src/cli/itss";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function itss(...args: string[]): Promise<CliRun> {
  const run: CliRun = { code: -1, stdout: "", stderr: "" };
  const stdout = new Writable({
    write(chunk: Buffer, _encoding, done) {
      run.stdout += chunk.toString("utf8");
      done();
    },
  });
  const io: CliIo = { stdout, stderr: (t) => void (run.stderr += t) };
  run.code = await main(args, io);
  return run;
}

/** The scored rows of `itss score`'s JSON output (`{"rows": [...], "counts": {...}}`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function jsonRows<T = any>(text: string): T[] {
  return (JSON.parse(text) as { rows: T[] }).rows;
}
