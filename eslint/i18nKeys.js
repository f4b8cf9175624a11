/**
 * Rule `gridroom/literal-i18n-keys`: every message key is written out in the source, so the
 * type checker sees it and a search finds it. Refused:
 * - a key built at run time as the argument of the translate function `t(…)` / `x.t(…)`: a
 *   template with `${…}`, a `+` concatenation, or any cast or non-null assertion around it;
 * - a cast to `MessageKey` anywhere (`as MessageKey`, `<MessageKey>x`, `as Record<K, MessageKey>`)
 *   and a type guard `key is MessageKey`, which turn any string into a key unchecked.
 * A lookup in a literal table (`t(levelKey[level])`) passes: the checker already requires its
 * type to be MessageKey, and without a cast a plain string cannot be one.
 * Plain JS so ESLint loads it without a TypeScript loader.
 */

/** True when a type node mentions `MessageKey` anywhere (`MessageKey | undefined`, `Record<K, MessageKey>`). */
function mentionsMessageKey(typeNode) {
  let found = false;
  const visit = (node) => {
    if (found || !node || typeof node.type !== 'string') return;
    if (
      node.type === 'TSTypeReference' &&
      node.typeName?.type === 'Identifier' &&
      node.typeName.name === 'MessageKey'
    ) {
      found = true;
      return;
    }
    for (const [field, value] of Object.entries(node)) {
      if (field === 'parent') continue;
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(typeNode);
  return found;
}

/** Why `arg` is a built key, or null when it is a literal or a typed lookup. */
function builtKeyReason(arg) {
  switch (arg.type) {
    case 'TemplateLiteral':
      return arg.expressions.length > 0 ? 'a template with ${…}' : null;
    case 'BinaryExpression':
      return arg.operator === '+' ? 'a + concatenation' : null;
    case 'TSAsExpression':
    case 'TSTypeAssertion':
    case 'TSNonNullExpression':
      return 'a cast';
    case 'ConditionalExpression':
      return builtKeyReason(arg.consequent) ?? builtKeyReason(arg.alternate);
    case 'LogicalExpression':
      return builtKeyReason(arg.left) ?? builtKeyReason(arg.right);
    default:
      return null;
  }
}

const isTranslateCall = (callee) =>
  (callee.type === 'Identifier' && callee.name === 't') ||
  (callee.type === 'MemberExpression' &&
    !callee.computed &&
    callee.property.type === 'Identifier' &&
    callee.property.name === 't');

/** @type {import('eslint').Rule.RuleModule} */
export const literalI18nKeysRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Message keys are literals: no key built at run time, no cast to MessageKey' },
    schema: [],
    messages: {
      builtKey:
        'gridroom/literal-i18n-keys: t() takes a literal key or a lookup in a literal key table, not {{reason}}.',
      cast: 'gridroom/literal-i18n-keys: do not cast to MessageKey; look the key up in a literal table (`as const satisfies Record<…, MessageKey>`).',
      guard:
        'gridroom/literal-i18n-keys: a `is MessageKey` guard turns any string into a key; use a literal table.',
    },
  },
  create(context) {
    const checkCast = (node) => {
      if (mentionsMessageKey(node.typeAnnotation)) context.report({ node, messageId: 'cast' });
    };
    return {
      CallExpression(node) {
        if (!isTranslateCall(node.callee)) return;
        const [arg] = node.arguments;
        if (!arg) return;
        const reason = builtKeyReason(arg);
        if (reason) context.report({ node: arg, messageId: 'builtKey', data: { reason } });
      },
      TSAsExpression: checkCast,
      TSTypeAssertion: checkCast,
      TSTypePredicate(node) {
        if (node.typeAnnotation && mentionsMessageKey(node.typeAnnotation)) {
          context.report({ node, messageId: 'guard' });
        }
      },
    };
  },
};
