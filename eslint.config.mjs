// Lint fails the build (--max-warnings 0). Layer rule: the graph model and the
// extraction stages must not reach into the database driver or the browser, and
// the graph model must not depend on the segmenter.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'web/dist/**', 'out/**', 'neo4j/target/**', 'test-artifacts/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/graph/**', 'src/ingest/**', 'src/repair/**', 'src/extract/**', 'src/resolve/**', 'src/export/**', 'src/eval/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [
        { name: 'neo4j-driver', message: 'Only src/load, src/query and src/serve talk to Neo4j.' },
      ] }],
    },
  },
  {
    files: ['src/graph/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [
        { name: 'neo4j-driver', message: 'The graph model is independent of the database.' },
        { name: 'nodejieba', message: 'The graph model is independent of segmentation.' },
      ] }],
    },
  },
);
