/**
 * A table row that opens something on click opens it from the keyboard too: the row takes
 * focus (Tab) and Enter or Space does what the click does. Spread into a table's `onRow`.
 * Keys pressed inside a control of the row (a button, an input) are left to that control.
 */
import type { HTMLAttributes, KeyboardEvent } from 'react';

export function activateRow(open: () => void): HTMLAttributes<HTMLElement> {
  return {
    onClick: open,
    tabIndex: 0,
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.target !== e.currentTarget || (e.key !== 'Enter' && e.key !== ' ')) return;
      e.preventDefault();
      open();
    },
  };
}
