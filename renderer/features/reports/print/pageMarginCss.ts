/**
 * The print layout's `@page` rules: A4 portrait, margins, and the running header and footer
 * drawn in the page-margin boxes (station and date on every page; "page n of m" from CSS page
 * counters). Chromium prints margin boxes, so printToPDF, the browser's print and page.pdf()
 * all carry them. Pure: returns CSS text; strings are escaped for CSS.
 */

/** A CSS string literal of `text` (quotes, backslashes and line breaks escaped). */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * `pagesTemplate` holds `{page}` and `{pages}` placeholders (e.g. "第 {page} 页 / 共 {pages} 页"),
 * which become the CSS counters.
 */
export function pageMarginCss(header: { left: string; right: string }, pagesTemplate: string): string {
  const parts = pagesTemplate.split(/(\{page\}|\{pages\})/).filter((p) => p !== '');
  const footer = parts
    .map((p) => (p === '{page}' ? 'counter(page)' : p === '{pages}' ? 'counter(pages)' : cssString(p)))
    .join(' ');
  const box = 'font-family: "Noto Sans CJK SC", sans-serif; font-size: 8pt; color: #555;';
  return [
    '@page {',
    '  size: A4 portrait;',
    '  margin: 16mm 12mm 15mm 12mm;',
    `  @top-left { content: ${cssString(header.left)}; ${box} }`,
    `  @top-right { content: ${cssString(header.right)}; ${box} }`,
    `  @bottom-center { content: ${footer}; ${box} }`,
    '}',
  ].join('\n');
}
