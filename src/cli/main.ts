/**
 * The `guanxi` command line: one subcommand per pipeline entry point.
 * Each command module exports `register(program)` and reports failures by
 * throwing `UserError`; this file turns them into one-line messages and exit codes.
 */
import { Command, CommanderError } from 'commander';
import { ExitCode, UserError, takeExitCode } from '../base/errors.js';
import { register as registerBuild } from './commands/build.js';
import { register as registerEval } from './commands/eval.js';
import { register as registerLoad } from './commands/load.js';
import { register as registerQuery } from './commands/query.js';
import { register as registerExport } from './commands/export.js';
import { register as registerServe } from './commands/serve.js';

export const VERSION = '0.1.0';

export function createProgram(): Command {
  const program = new Command('guanxi')
    .description('Build, load, query and explore knowledge graphs of Chinese bank news, offline and with evidence.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const register of [registerBuild, registerEval, registerLoad, registerQuery, registerExport, registerServe]) {
    register(program);
  }
  program.commands.forEach((c) => c.exitOverride());
  return program;
}

/** Runs the CLI and returns the exit code (never throws for user errors). */
export async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv);
    return takeExitCode();
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here too, with code 0.
      return err.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    }
    if (err instanceof UserError) {
      process.stderr.write(`guanxi: ${err.message}\n`);
      return err.exitCode;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`guanxi: unexpected error: ${message}\n(set GUANXI_DEBUG=1 for the stack trace)\n`);
    if (process.env['GUANXI_DEBUG']) console.error(err);
    return ExitCode.Failure;
  }
}
