/**
 * Errors a user can act on. Anything thrown as a `UserError` is printed as
 * one line (`guanxi: <message>`) with its exit code, never as a stack trace.
 */
export const ExitCode = {
  Ok: 0,
  /** The run failed: nothing (or nothing new) was written. */
  Failure: 1,
  /** Wrong usage: unknown option, missing argument. */
  Usage: 2,
  /** The run completed, but some input was skipped (each file is reported with its reason). */
  Skipped: 3,
  /** A check failed (e.g. counts read back from Neo4j differ from the graph). */
  Mismatch: 4,
  /** The run completed, but guanxi failed on some input (a bug of its own; each file is reported). */
  Incomplete: 5,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.Failure,
  ) {
    super(message);
  }
}

let pendingExitCode: ExitCode = ExitCode.Ok;
/** A command that finishes without failing but with a non-zero status (e.g. files skipped) calls this. */
export function setExitCode(code: ExitCode): void {
  pendingExitCode = code;
}
/** Reads and resets the status set by the last command. */
export function takeExitCode(): ExitCode {
  const code = pendingExitCode;
  pendingExitCode = ExitCode.Ok;
  return code;
}
