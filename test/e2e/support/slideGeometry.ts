/**
 * Geometry of the briefing display as it is drawn, read from bounding boxes in the page: every
 * visible element and every line of text of the deck (banner, header, slide, slide strip) is
 * checked, not only the containers. A slide's content must stay between the header and the
 * slide strip (页码条) at the bottom, nothing may leave the screen, nothing may be cut off by a
 * box that hides overflow (only text a cell ends with "…" may be cut, and only sideways), and
 * no text may run out of its own box. The map's insides (canvas, markers) are the map engine's
 * and are clipped by the map frame on purpose, so only the map frame itself is checked. Works
 * in page coordinates, so the deck's CSS zoom changes nothing here.
 */
import { expect, type Page } from '@playwright/test';

/**
 * Waits until the deck is scaled for the window's size (`data-viewport`) and every fitted box
 * of the slide has drawn its content for its current height (`data-height`).
 */
export async function waitForFittedBoxes(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const deck = document.querySelector<HTMLElement>('[data-testid="briefing"]');
        return (
          deck?.dataset.viewport === `${window.innerWidth}x${window.innerHeight}` &&
          [...deck.querySelectorAll<HTMLElement>('.briefing-fit')].every(
            (box) => Math.abs(Number(box.dataset.height) - box.clientHeight) <= 1,
          )
        );
      }),
    )
    .toBe(true);
}

/** Every problem found on the deck as shown now, in words (empty when the slide fits). */
export async function slideGeometryProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const TOLERANCE = 1;
    type Box = { left: number; top: number; right: number; bottom: number };
    const root = document.querySelector<HTMLElement>('[data-testid="briefing"]');
    if (!root) return ['no briefing on the page'];
    const body = root.querySelector<HTMLElement>('.briefing-body');
    const footer = root.querySelector<HTMLElement>('.briefing-footer');
    if (!body || !footer) return ['the deck has no slide body or no slide strip'];
    const screen: Box = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
    const slideArea: Box = {
      left: 0,
      right: window.innerWidth,
      top: body.getBoundingClientRect().top,
      bottom: footer.getBoundingClientRect().top,
    };
    const problems: string[] = [];

    const name = (el: Element): string => {
      const testId = el.closest('[data-testid]')?.getAttribute('data-testid') ?? '';
      const cls =
        typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : '';
      const text = (el.textContent ?? '').trim().slice(0, 24);
      return `${el.tagName.toLowerCase()}${cls} in [${testId}] "${text}"`;
    };
    const plain = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const fmt = (b: Box): string =>
      `(${Math.round(b.left)},${Math.round(b.top)})–(${Math.round(b.right)},${Math.round(b.bottom)})`;
    const inside = (b: Box, outer: Box): boolean =>
      b.left >= outer.left - TOLERANCE &&
      b.right <= outer.right + TOLERANCE &&
      b.top >= outer.top - TOLERANCE &&
      b.bottom <= outer.bottom + TOLERANCE;
    const shown = (el: Element): boolean => {
      // Text for screen readers only (a chart's summary) is clipped to 1 px by design.
      if (el.closest('.visually-hidden')) return false;
      const style = getComputedStyle(el);
      return style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0;
    };

    /**
     * The box left visible by `from` and its ancestors that hide overflow, and whether a sideways
     * cut there ends in "…" (text-overflow: ellipsis).
     */
    const clipOf = (from: Element | null): { clip: Box; ellipsis: boolean } => {
      const clip: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
      let ellipsis = false;
      for (let a = from; a; a = a.parentElement) {
        const style = getComputedStyle(a);
        const r = a.getBoundingClientRect();
        if (style.overflowX !== 'visible') {
          clip.left = Math.max(clip.left, r.left);
          clip.right = Math.min(clip.right, r.right);
          if (style.textOverflow === 'ellipsis') ellipsis = true;
        }
        if (style.overflowY !== 'visible') {
          clip.top = Math.max(clip.top, r.top);
          clip.bottom = Math.min(clip.bottom, r.bottom);
        }
        if (a === root) break;
      }
      return { clip, ellipsis };
    };

    /**
     * A line of text is held by its em box (font size, centred in the glyph box): glyph boxes
     * are taller than the tight line heights of the wall's big figures, and their extra is empty.
     */
    const textCore = (box: Box, el: Element): Box => {
      const size =
        parseFloat(getComputedStyle(el).fontSize) *
        ((el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1);
      const middle = (box.top + box.bottom) / 2;
      return box.bottom - box.top <= size
        ? box
        : { ...box, top: middle - size / 2, bottom: middle + size / 2 };
    };

    /**
     * `box` of `el` (or of a line of its text), clipped by `clipFrom` and its ancestors; returns
     * the part of it that shows.
     */
    const check = (what: string, box: Box, el: Element, clipFrom: Element | null): Box | null => {
      if (box.right - box.left < 0.5 || box.bottom - box.top < 0.5) return null;
      const { clip, ellipsis } = clipOf(clipFrom);
      const seen: Box = {
        left: Math.max(box.left, clip.left),
        top: Math.max(box.top, clip.top),
        right: Math.min(box.right, clip.right),
        bottom: Math.min(box.bottom, clip.bottom),
      };
      if (seen.right - seen.left < 0.5 || seen.bottom - seen.top < 0.5) return null; // wholly hidden
      if (seen.top > box.top + TOLERANCE || seen.bottom < box.bottom - TOLERANCE)
        problems.push(`${what} is cut off at the top or bottom: ${fmt(box)} shows only ${fmt(seen)}`);
      if (!ellipsis && (seen.left > box.left + TOLERANCE || seen.right < box.right - TOLERANCE))
        problems.push(`${what} is cut off at the side: ${fmt(box)} shows only ${fmt(seen)}`);
      if (!inside(seen, screen)) problems.push(`${what} leaves the screen: ${fmt(seen)}`);
      if (body.contains(el) && !inside(seen, slideArea))
        problems.push(
          `${what} leaves the slide (between the header and the slide strip at ${Math.round(slideArea.bottom)}): ${fmt(seen)}`,
        );
      return seen;
    };

    const inMap = (el: Element): boolean =>
      el.closest('.maplibregl-map') !== null && !el.matches('.maplibregl-map');
    const textLike = (el: Element): boolean =>
      el instanceof SVGTextContentElement || getComputedStyle(el).display === 'inline';
    // SVG groups are only the union of their children, which are checked themselves.
    for (const el of root.querySelectorAll('*')) {
      if (inMap(el) || el instanceof SVGGElement || !shown(el)) continue;
      const box = plain(el.getBoundingClientRect());
      check(name(el), textLike(el) ? textCore(box, el) : box, el, el.parentElement);
    }

    // Each line of text, which must also stay in its own block sideways (a nowrap label
    // running into its neighbour) and must not overlap another line of text (a chart's legend
    // drawn over its axis).
    const lines: Array<{ node: Node; what: string; seen: Box }> = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !(node.textContent ?? '').trim() || inMap(parent) || !shown(parent)) continue;
      let block: Element = parent;
      while (block !== root && textLike(block) && block.parentElement) block = block.parentElement;
      const blockBox = block.getBoundingClientRect();
      const { ellipsis } = clipOf(parent);
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        const what = `text "${(node.textContent ?? '').trim().slice(0, 24)}" of ${name(parent)}`;
        if (!ellipsis && (line.left < blockBox.left - TOLERANCE || line.right > blockBox.right + TOLERANCE))
          problems.push(`${what} runs out of its box ${fmt(blockBox)}: ${fmt(line)}`);
        const seen = check(what, textCore(plain(line), parent), parent, parent);
        if (seen) lines.push({ node, what, seen });
      }
    }
    const overlap = (a: Box, b: Box): boolean =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOLERANCE &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOLERANCE;
    for (const [i, a] of lines.entries())
      for (const b of lines.slice(i + 1))
        // (one line can come as two boxes where a cell ends it with "…")
        if (a.node !== b.node && overlap(a.seen, b.seen))
          problems.push(`${a.what} overlaps ${b.what}: ${fmt(a.seen)} and ${fmt(b.seen)}`);
    return [...new Set(problems)];
  });
}
