// Placeholder: the `load` command is being written (see the issue on it).
import type { Command } from 'commander';

export function register(_program: Command): void {}
