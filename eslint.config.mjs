// Lint fails the build (--max-warnings 0). The layers of src/ are enforced
// here (TypeDoc's eslint.config.mjs is the model): each folder may import
// only from the folders below it, listed in LAYERS, so the pipeline reads
// bottom-up — base → graph, text → lexicon → ingest, repair, segment →
// extract → resolve → export, eval → pipeline → neo4j, load, query, serve →
// cli — and a change in a high layer never breaks a low one.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Folder → the folders it may import from (besides itself). */
const LAYERS = {
  base: [],
  graph: ['base'],
  text: ['base'],
  lexicon: ['base', 'text'],
  ingest: ['base'],
  repair: ['base', 'text', 'lexicon'],
  segment: ['base', 'text', 'lexicon'],
  extract: ['base', 'graph', 'text', 'lexicon', 'repair', 'segment'],
  resolve: ['base', 'graph', 'lexicon', 'extract'],
  export: ['base', 'graph'],
  eval: ['base', 'graph', 'export'],
  pipeline: ['base', 'graph', 'text', 'lexicon', 'ingest', 'repair', 'segment', 'extract', 'resolve', 'export'],
  neo4j: ['base', 'graph'],
  load: ['base', 'graph', 'export', 'neo4j'],
  query: ['base', 'graph', 'export', 'neo4j'],
  serve: ['base', 'graph', 'export', 'neo4j', 'query'],
  cli: Object.keys({ base: 0, graph: 0, text: 0, lexicon: 0, ingest: 0, repair: 0, segment: 0, extract: 0, resolve: 0, export: 0, eval: 0, pipeline: 0, neo4j: 0, load: 0, query: 0, serve: 0 }),
};

/** Packages only some layers may use: the graph model and the stages before the database stay free of the driver. */
const PACKAGES = {
  'neo4j-driver': ['neo4j', 'load', 'query', 'serve', 'cli'],
  nodejieba: ['segment'],
};

const layerRules = Object.entries(LAYERS).map(([folder, allowed]) => {
  const forbidden = Object.keys(LAYERS).filter((f) => f !== folder && !allowed.includes(f));
  const patterns = forbidden.map((f) => ({
    group: [`**/${f}/*`, `**/${f}`],
    message: `src/${folder} is below src/${f}: it may import only from ${allowed.length ? allowed.map((a) => `src/${a}`).join(', ') : 'no other folder of src'} (layers in eslint.config.mjs).`,
  }));
  // Resolution reads what extraction hands over (its types and public entry point), never its rules' internals.
  if (folder === 'resolve') patterns.push({ group: ['**/extract/*/**', '**/extract/*', '!**/extract/index.js', '!**/extract/types.js', '!**/extract/resolution-rules.js'], message: "src/resolve reads what extraction hands over (extract/index.js, types.js, resolution-rules.js), never the rules' internals." });
  const paths = Object.entries(PACKAGES)
    .filter(([, users]) => !users.includes(folder))
    .map(([name, users]) => ({ name, message: `only ${users.map((u) => `src/${u}`).join(', ')} may use ${name}.` }));
  return { files: [`src/${folder}/**`], rules: { 'no-restricted-imports': ['error', { paths, patterns }] } };
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'web/dist/**', 'dist/**', 'out/**', 'neo4j/target/**', 'test-artifacts/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...layerRules,
);
