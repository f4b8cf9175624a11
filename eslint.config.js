/**
 * ESLint flat config (plain JS so it loads without a TypeScript loader). typescript-eslint's
 * recommended rules everywhere (not type-aware, to stay fast), React hooks rules in renderer/,
 * no `any`, and the local `gridroom` rules: the import layers and the renderer's inner boundaries
 * (eslint/layers.js, eslint/boundaries.js).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import gridroom from './eslint/layers.js';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(
  globalIgnores([
    'dist/',
    'release/',
    'node_modules/',
    'bench/out/',
    'test-results/',
    'playwright-report/',
    'test/out/',
    'assets/',
    '.vite/',
    '.data/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs,ts,mts,cts,tsx}'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { gridroom },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'gridroom/layers': ['error', { root }],
      // Every line goes through the scoped logger (common/log): it names its part of the app,
      // redacts personal data and reaches the log files. `console` writes none of that.
      'no-console': 'error',
      'gridroom/feature-face': ['error', { root }],
      'gridroom/no-app-import': ['error', { root }],
      'gridroom/lower-layers': ['error', { root }],
      'gridroom/no-feature-cycles': ['error', { root }],
      'gridroom/no-deep-relative': ['error', { root }],
      'gridroom/households-visits': ['error', { root }],
    },
  },
  {
    // Command-line tools whose printed lines ARE their output (build/test/bench reports, the
    // central API's start banner with its URL and demo enrolment codes for the operator), and
    // tests, which print figures they measured. None of it runs inside the app.
    files: ['scripts/**', 'bench/**', 'test/**', 'server/main.ts', '*.config.{js,ts}'],
    rules: { 'no-console': 'off' },
  },
  {
    // Browser-side code: the React app and the vitest browser project.
    files: ['renderer/**/*.{ts,tsx}', 'test/browser/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // Message keys are written out, never built (eslint/i18nKeys.js).
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'gridroom/literal-i18n-keys': 'error' },
  },
  {
    // The renderer reaches the main process only through the preload object (docs/architecture.md §1).
    files: ['renderer/**/*.{ts,tsx}', 'common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only main/ and preload/ talk to Electron; use the preload API.',
            },
          ],
        },
      ],
    },
  },
);
