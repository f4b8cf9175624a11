/**
 * A wall list that fills the rest of its section: as many items as fit in the height left
 * (fitRows.ts, with the list's fixed item height) and "另有 n 项未列出" for the rest.
 */
import type { ReactElement } from 'react';
import { fitRows, type FitSizes } from '../fitRows';
import { FitBox } from './FitBox';
import { MoreLine } from './MoreLine';

export interface FittedListProps<Item> {
  className: string;
  testId: string;
  sizes: FitSizes;
  items: readonly Item[];
  /** One `<li>` with its key. */
  renderItem(item: Item): ReactElement;
}

export function FittedList<Item>({ className, testId, sizes, items, renderItem }: FittedListProps<Item>) {
  return (
    <FitBox>
      {(height) => {
        const shown = items.slice(0, fitRows(height, items.length, sizes));
        return (
          <>
            <ul className={className} data-testid={testId}>
              {shown.map(renderItem)}
            </ul>
            <MoreLine hidden={items.length - shown.length} />
          </>
        );
      }}
    </FitBox>
  );
}
