#!/usr/bin/env node
// Entry point for `npx guanxi`: the compiled JavaScript in dist/ (`npm run
// build`; `npm ci` runs it), so that a command starts without compiling
// anything. GUANXI_SOURCES=1 runs the TypeScript sources through tsx instead:
// for development, where the sources change between two runs.
let main;
if (process.env.GUANXI_SOURCES === '1') {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
} else {
  const entry = new URL('../dist/cli/main.js', import.meta.url);
  try {
    ({ main } = await import(entry.href));
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes(entry.pathname)) throw err;
    process.stderr.write('guanxi: dist/ is missing: compile it with `npm run build` (npm ci does it too)\n');
    process.exit(1);
  }
}
process.exitCode = await main(process.argv);
