/**
 * Codemod: `git mv` files and rewrite every relative import that points at them (or out of
 * them), so a move keeps history and the tree still builds. Used for issue 14's moves into
 * renderer/shared, station, map and export; re-run it on a branch made before those moves.
 * Usage: node scripts/codemods/moveFiles.mjs <repo root> <moves file: lines "old new", root-relative>
 */
import fs from 'node:fs';
import path from 'node:path';
import { repoFiles } from './repoFiles.mjs';
import { execFileSync } from 'node:child_process';
const root = path.resolve(process.argv[2]);
const moves = fs
  .readFileSync(process.argv[3], 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split(/\s+/));
const all = repoFiles(root);
const allSet = new Set(all);
const moveMap = new Map(moves.map(([a, b]) => [a, b]));
for (const [a] of moves) if (!allSet.has(a)) throw new Error('missing ' + a);
const newPath = (f) => moveMap.get(f) ?? f;
const exts = ['', '.ts', '.tsx', '.d.ts', '.js', '.mjs', '/index.ts', '/index.tsx', '/index.js'];
function resolveSpec(fromFile, spec) {
  const [bare, query] = spec.split('?');
  const base = path.normalize(path.join(path.dirname(fromFile), bare));
  for (const e of exts) {
    const c = base + e;
    if (allSet.has(c)) return { file: c, ext: e, query };
  }
  // .js written for a .ts file
  if (bare.endsWith('.js')) {
    const c = base.slice(0, -3) + '.ts';
    if (allSet.has(c)) return { file: c, ext: 'js->ts', query };
  }
  return null;
}
function specFor(fromNew, toNew, r) {
  let target = toNew;
  if (r.ext === 'js->ts') target = toNew.replace(/\.ts$/, '.js');
  else if (r.ext !== '') target = toNew.slice(0, toNew.length - r.ext.length);
  let rel = path.relative(path.dirname(fromNew), target).split(path.sep).join('/');
  if (!rel.startsWith('.')) rel = './' + rel;
  if (rel === './' || rel === '.') rel = '.';
  return r.query !== undefined ? rel + '?' + r.query : rel;
}
const re =
  /((?:from|import|require|mock|importActual|importOriginal|doMock|URL)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*|\.{1,2})\2/g;
const codeExt = /\.(ts|tsx|js|mjs|cjs|mts|cts)$/;
let changed = 0;
for (const f of all) {
  if (!codeExt.test(f)) continue;
  const src = fs.readFileSync(path.join(root, f), 'utf8');
  const fromNew = newPath(f);
  const out = src.replace(re, (m, pre, q, spec) => {
    const r = resolveSpec(f, spec);
    if (!r) return m;
    const toNew = newPath(r.file);
    if (toNew === r.file && fromNew === f) return m;
    const s = specFor(fromNew, toNew, r);
    return s === spec ? m : pre + q + s + q;
  });
  if (out !== src) {
    fs.writeFileSync(path.join(root, f), out);
    changed++;
  }
}
for (const [a, b] of moves) {
  fs.mkdirSync(path.dirname(path.join(root, b)), { recursive: true });
  execFileSync('git', ['mv', a, b], { cwd: root });
}
console.log('rewrote', changed, 'files; moved', moves.length);
