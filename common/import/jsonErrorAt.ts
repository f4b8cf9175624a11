/**
 * Where a JSON text first goes wrong, as line and column, for a refusal the officer can act
 * on: JSON.parse's message carries a position in some engines and versions and not in others.
 * An iterative scanner of JSON's grammar (no recursion, so a hostile depth cannot overflow it);
 * it only locates, it builds nothing.
 */

export interface JsonErrorPlace {
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column: number;
  /** True when the text ended where more was expected (a file cut short). */
  truncated: boolean;
}

function place(text: string, offset: number, truncated: boolean): JsonErrorPlace {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++)
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  return { line, column: offset - lineStart + 1, truncated };
}

const numberAt = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
// JSON strings may not hold raw control characters (U+0000–U+001F)
// eslint-disable-next-line no-control-regex
const stringAt = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** The first syntax error of the text, or null when it is valid JSON. */
export function jsonErrorAt(text: string): JsonErrorPlace | null {
  // what the scanner expects next: a value, or after a value inside a container
  const stack: Array<'array' | 'object'> = [];
  let i = 0;
  const n = text.length;
  const skip = () => {
    while (i < n && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = () => place(text, i, i >= n);
  let expectValue = true;
  for (;;) {
    skip();
    if (expectValue) {
      if (i >= n) return fail();
      const c = text[i]!;
      if (c === '{' || c === '[') {
        stack.push(c === '{' ? 'object' : 'array');
        i++;
        skip();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          expectValue = false;
          continue;
        }
        if (c === '{') {
          stringAt.lastIndex = i;
          if (!stringAt.test(text)) return fail();
          i = stringAt.lastIndex;
          skip();
          if (text[i] !== ':') return fail();
          i++;
        }
        continue;
      }
      const pattern = c === '"' ? stringAt : numberAt;
      pattern.lastIndex = i;
      if ((c === '"' || c === '-' || (c >= '0' && c <= '9')) && pattern.test(text)) i = pattern.lastIndex;
      else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else return fail();
      expectValue = false;
      continue;
    }
    const top = stack.at(-1);
    if (!top) return i >= n ? null : fail();
    if (i >= n) return fail();
    const c = text[i]!;
    if (c === ',') {
      i++;
      if (top === 'object') {
        skip();
        stringAt.lastIndex = i;
        if (!stringAt.test(text)) return fail();
        i = stringAt.lastIndex;
        skip();
        if (text[i] !== ':') return fail();
        i++;
      }
      expectValue = true;
    } else if ((c === '}' && top === 'object') || (c === ']' && top === 'array')) {
      stack.pop();
      i++;
    } else return fail();
  }
}
