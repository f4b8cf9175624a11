/**
 * Shared by the `gridroom` lint rules: resolves an import specifier (relative, absolute or a
 * `#folder/…` alias of tsconfig.base.json) to an absolute path, and visits every kind of import
 * a file can make (static, re-export, dynamic `import()`, `require()`, `import('…')` types).
 */
import path from 'node:path';

const toPosix = (p) => p.split(path.sep).join('/');

/** Root-relative POSIX path, or null when `abs` lies outside the root. */
export function relativeToRoot(root, abs) {
  const rel = toPosix(path.relative(root, abs));
  if (rel === '' || rel.startsWith('../') || rel === '..' || path.isAbsolute(rel)) return null;
  return rel;
}

/** Absolute path an import specifier reaches, or null for a package / node: builtin. */
export function resolveSpecifier(root, filename, specifier) {
  if (typeof specifier !== 'string') return null;
  const bare = specifier.split('?')[0];
  if (bare.startsWith('.')) return path.resolve(path.dirname(filename), bare);
  if (path.isAbsolute(bare)) return path.resolve(bare);
  // `#common/domain/time` → <root>/common/domain/time (the tsconfig.base.json `paths` table)
  const alias = /^#([A-Za-z0-9_-]+)(\/.*)?$/.exec(bare);
  if (alias) return path.join(root, alias[1], alias[2] ?? '');
  return null;
}

/** A declaration is type-only if marked so, or if every named specifier is `type`. */
function isTypeOnlyDeclaration(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

/**
 * ESLint visitors calling `check(node, specifier, typeOnly)` for every import of a file.
 * @param {(node: import('estree').Node, specifier: unknown, typeOnly: boolean) => void} check
 */
export function importVisitors(check) {
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
}
