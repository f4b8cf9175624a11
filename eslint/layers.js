/**
 * Local ESLint plugin `gridroom`: `gridroom/literal-i18n-keys` (see i18nKeys.js) and
 * `gridroom/layers`, which keeps the layers of docs/architecture.md §1 apart. Every import specifier (static, re-export, dynamic `import()`,
 * `require()`, `import('…')` types) is resolved against the importing file, and the top-level
 * folder it lands in is checked against the table below. Bare package names are not ours and
 * pass; folders without an entry in LAYERS (scripts/, test/, bench/, root config files) may
 * import anything. Plain JS so ESLint loads it without a TypeScript loader.
 */
import path from 'node:path';
import { literalI18nKeysRule } from './i18nKeys.js';

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

const toPosix = (p) => p.split(path.sep).join('/');

/** Root-relative POSIX path, or null when `abs` lies outside the root. */
function relativeToRoot(root, abs) {
  const rel = toPosix(path.relative(root, abs));
  if (rel === '' || rel.startsWith('../') || rel === '..' || path.isAbsolute(rel)) return null;
  return rel;
}

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
      description: 'Enforce the import layers of docs/architecture.md §1 (common ← main, preload, renderer, server)',
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
      if (typeof specifier !== 'string') return;
      let abs;
      if (specifier.startsWith('.')) abs = path.resolve(path.dirname(filename), specifier);
      else if (path.isAbsolute(specifier)) abs = path.resolve(specifier);
      else return; // a package (or node: builtin), not one of our folders
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

    /** A declaration is type-only if marked so, or if every named specifier is `type`. */
    function isTypeOnlyDeclaration(node) {
      if (node.importKind === 'type' || node.exportKind === 'type') return true;
      const specifiers = node.specifiers ?? [];
      return (
        specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type')
      );
    }

    return {
      ImportDeclaration(node) {
        check(node.source, node.source.value, isTypeOnlyDeclaration(node));
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node.source, node.source.value, isTypeOnlyDeclaration(node));
      },
      ExportAllDeclaration(node) {
        check(node.source, node.source.value, node.exportKind === 'type');
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node.source, node.source.value, false);
      },
      CallExpression(node) {
        const [arg] = node.arguments;
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && arg?.type === 'Literal') {
          check(arg, arg.value, false);
        }
      },
      TSImportType(node) {
        // typescript-eslint 8: `argument` is a TSLiteralType wrapping the string literal.
        const literal = node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument;
        if (literal?.type === 'Literal') check(literal, literal.value, true);
      },
      TSExternalModuleReference(node) {
        if (node.expression.type === 'Literal') check(node.expression, node.expression.value, false);
      },
    };
  },
};

/** @type {import('eslint').ESLint.Plugin} */
const plugin = {
  meta: { name: 'gridroom' },
  rules: { layers: layersRule, 'literal-i18n-keys': literalI18nKeysRule },
};

export default plugin;
