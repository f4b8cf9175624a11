/**
 * Codemod: relative imports that cross a folder unit (renderer/features/<name>, renderer/<dir>,
 * or any other top-level folder), or climb three folders, become `#folder/…` aliases (the
 * tsconfig.base.json `paths`). Re-run it on a branch written before the alias convention.
 * Usage: node scripts/codemods/aliasImports.mjs <repo root>
 */
import fs from 'node:fs';
import path from 'node:path';
import { repoFiles } from './repoFiles.mjs';
const root = path.resolve(process.argv[2]);
const ALIAS = new Set(
  (process.argv[3] ?? 'common,renderer,preload,main,server,test,scripts,bench,eslint').split(','),
);
const all = repoFiles(root);
const unit = (rel) => {
  const s = rel.split('/');
  if (s.length === 1) return '.';
  if (s[0] !== 'renderer') return s[0];
  if (s[1] === 'features' && s.length > 3) return 'features/' + s[2];
  return s.length > 2 ? 'renderer/' + s[1] : 'renderer';
};
const re = /((?:from|import|require|mock|importActual|doMock)\s*\(?\s*)(['"])(\.\.\/[^'"]*)\2/g;
const codeExt = /\.(ts|tsx|mts|cts)$/;
const used = {};
let changed = 0;
for (const f of all) {
  if (!codeExt.test(f)) continue;
  const src = fs.readFileSync(path.join(root, f), 'utf8');
  const out = src.replace(re, (m, pre, q, spec) => {
    const target = path.normalize(path.join(path.dirname(f), spec.split('?')[0]));
    const top = target.split('/')[0];
    if (target.startsWith('..') || !ALIAS.has(top)) return m;
    if (unit(target + (target.includes('/') ? '' : '/x')) === unit(f) && !spec.startsWith('../../../'))
      return m;
    const q2 = spec.includes('?') ? '?' + spec.split('?')[1] : '';
    used[top] = (used[top] ?? 0) + 1;
    return pre + q + '#' + target + q2 + q;
  });
  if (out !== src) {
    fs.writeFileSync(path.join(root, f), out);
    changed++;
  }
}
console.log('rewrote', changed, 'files', used);
