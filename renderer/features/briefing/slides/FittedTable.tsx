/**
 * A wall table that fills the rest of its slide: fixed column widths, a header, as many rows
 * as fit in the height left (fitRows.ts) and "另有 n 项未列出" for the rest. The slide gives
 * the columns and draws each row (`<tr>` with its key, data attributes and cells).
 */
import type { ReactElement } from 'react';
import { fitRows } from '../fitRows';
import { FitBox } from './FitBox';
import { MoreLine } from './MoreLine';

export interface WallColumn {
  /** Share of the table's width, e.g. `'27%'`. */
  width: string;
  header: string;
  /** Right-aligned tabular figures. */
  numeric?: boolean;
}

export interface FittedTableProps<Row> {
  testId: string;
  columns: readonly WallColumn[];
  rows: readonly Row[];
  renderRow(row: Row): ReactElement;
}

export function FittedTable<Row>({ testId, columns, rows, renderRow }: FittedTableProps<Row>) {
  return (
    <FitBox>
      {(height) => {
        const shown = rows.slice(0, fitRows(height, rows.length));
        return (
          <>
            <table className="briefing-table" data-testid={testId}>
              <colgroup>
                {columns.map((column, i) => (
                  <col key={i} style={{ width: column.width }} />
                ))}
              </colgroup>
              <thead>
                <tr>
                  {columns.map((column, i) => (
                    <th key={i} className={column.numeric ? 'num' : undefined}>
                      {column.header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>{shown.map(renderRow)}</tbody>
            </table>
            <MoreLine hidden={rows.length - shown.length} />
          </>
        );
      }}
    </FitBox>
  );
}
