/**
 * The codemods' file list: every file under the repository root, root-relative, without
 * dependencies, build output, test output and git's own folder.
 */
import fs from 'node:fs';
import path from 'node:path';

const SKIP = new Set([
  'node_modules',
  '.git',
  'dist',
  'release',
  'test-results',
  'playwright-report',
  '.data',
  'assets',
  '.vite',
]);

export function repoFiles(root) {
  const all = [];
  (function walk(d) {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (SKIP.has(e.name)) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else all.push(path.relative(root, p));
    }
  })(root);
  return all;
}
