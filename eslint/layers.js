/**
 * Local ESLint plugin `gridroom`. `gridroom/layers` keeps the top-level layers of
 * docs/architecture.md §1 apart (common ← main, preload, renderer, server): every import
 * specifier (static, re-export, dynamic `import()`, `require()`, `import('…')` types, relative or
 * `#folder/…` alias) is resolved against the importing file, and the top-level folder it lands in
 * is checked against the table below. Bare package names are not ours and pass; folders without
 * an entry in LAYERS (scripts/, test/, bench/, root config files) may import anything. The
 * renderer's inner boundaries are the rules in boundaries.js, and `gridroom/literal-i18n-keys`
 * (i18nKeys.js) refuses built message keys, `gridroom/households-visits` (householdsVisits.js)
 * keeps those two tables behind their repository; all are registered here too. Plain JS so ESLint
 * loads it without a TypeScript loader.
 */
import path from 'node:path';
import { boundaryRules } from './boundaries.js';
import { householdsVisitsRule } from './householdsVisits.js';
import { literalI18nKeysRule } from './i18nKeys.js';
import { importVisitors, relativeToRoot, resolveSpecifier } from './resolve.js';

/** Folders that hold our code; importing one of them from a layer must be allowed explicitly. */
export const GUARDED = ['common', 'main', 'preload', 'renderer', 'server', 'scripts', 'test', 'bench'];

/**
 * What each layer may import of the guarded folders (its own folder is always allowed).
 * `typeOnly` lists files (root-relative, without extension) the layer may import for types only.
 */
export const LAYERS = {
  common: { may: [], typeOnly: [] },
  main: { may: ['common'], typeOnly: [] },
  preload: { may: ['common'], typeOnly: [] },
  server: { may: ['common'], typeOnly: [] },
  renderer: { may: ['common'], typeOnly: ['preload/api'] },
};

/** Drops `.d.ts`, `.ts`, `.tsx`, `.js`, … so `preload/api.d.ts` and `preload/api` compare equal. */
function withoutExtension(rel) {
  return rel.replace(/\.d\.[cm]?ts$/, '').replace(/\.[cm]?[jt]sx?$/, '');
}

function describeAllowed(layer, rule) {
  const folders = [`${layer}/`, ...rule.may.map((f) => `${f}/`)];
  const types = rule.typeOnly.map((f) => `type-only ${f}.d.ts`);
  const all = [...folders, ...types];
  return all.length > 1 ? `${all.slice(0, -1).join(', ')} and ${all.at(-1)}` : all.join('');
}

/** @type {import('eslint').Rule.RuleModule} */
const layersRule = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Enforce the import layers of docs/architecture.md §1 (common ← main, preload, renderer, server)',
    },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' } },
        additionalProperties: false,
      },
    ],
    messages: {
      forbidden:
        "gridroom/layers: {{layer}}/ may import only {{allowed}} of our folders; '{{specifier}}' reaches {{target}}/ (docs/architecture.md §1).",
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const root = path.resolve(options.root ?? context.cwd);
    const filename = context.filename;
    if (!path.isAbsolute(filename)) return {};
    const fileRel = relativeToRoot(root, filename);
    if (fileRel === null) return {};
    const layer = fileRel.split('/')[0];
    const rule = Object.hasOwn(LAYERS, layer) ? LAYERS[layer] : undefined;
    if (rule === undefined) return {};

    /** @param {import('estree').Node} node @param {unknown} specifier @param {boolean} typeOnly */
    function check(node, specifier, typeOnly) {
      const abs = resolveSpecifier(root, filename, specifier);
      if (abs === null) return; // a package (or node: builtin), not one of our folders
      const targetRel = relativeToRoot(root, abs);
      if (targetRel === null) return;
      const target = targetRel.split('/')[0];
      if (target === layer || !GUARDED.includes(target) || rule.may.includes(target)) return;
      if (typeOnly && rule.typeOnly.includes(withoutExtension(targetRel))) return;
      context.report({
        node,
        messageId: 'forbidden',
        data: {
          layer,
          allowed: describeAllowed(layer, rule),
          specifier,
          target,
        },
      });
    }

    return importVisitors(check);
  },
};

/** @type {import('eslint').ESLint.Plugin} */
const plugin = {
  meta: { name: 'gridroom' },
  rules: {
    layers: layersRule,
    'literal-i18n-keys': literalI18nKeysRule,
    'households-visits': householdsVisitsRule,
    ...boundaryRules,
  },
};

export default plugin;
