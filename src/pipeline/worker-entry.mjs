// Development only: the worker when guanxi runs from its TypeScript sources
// (tests, benchmarks, GUANXI_SOURCES=1). Worker threads start without the
// main thread's TypeScript loader, so register tsx here, then load the
// worker written in TypeScript. The compiled build (dist/) starts
// dist/pipeline/worker.js directly and never loads tsx.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
