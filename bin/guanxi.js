#!/usr/bin/env node
// Entry point for `npx guanxi`: runs the TypeScript sources through tsx so
// that the command works right after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
