/**
 * The dense, virtualised table of the long lists (20,000 incidents, 725 grids, audit entries,
 * households): no pagination, and a loading state while the live query has not answered yet
 * (`rows` undefined). Given `rowHeight` (every row one line of that height), it is a
 * WindowedTable, whose scroll frames cost the same at any length and which takes the props
 * the long lists use (rowKey, flat columns, scroll, onRow, rowClassName); without it, rows of
 * varying height (the audit's diff lists) go through antd's own virtual Table, all props
 * passed through.
 */
import { Table, type TableProps } from 'antd';
import { WindowedTable } from './WindowedTable';

export type VirtualTableProps<T> = Omit<
  TableProps<T>,
  'dataSource' | 'loading' | 'pagination' | 'virtual' | 'size'
> & {
  /** undefined while loading */
  rows: readonly T[] | undefined;
  /** Every row one line of this height (px): windowed, the cheapest for very long lists. */
  rowHeight?: number;
  /** The table's accessible name (read by screen readers, needed where the body scrolls). */
  'aria-label'?: string;
};

export function VirtualTable<T extends object>({ rows, rowHeight, ...rest }: VirtualTableProps<T>) {
  if (rowHeight !== undefined) {
    const { rowKey, columns, scroll, onRow, rowClassName, className } = rest;
    const label = rest['aria-label'];
    return (
      <WindowedTable<T>
        rows={rows}
        rowHeight={rowHeight}
        rowKey={rowKey}
        columns={columns}
        scroll={scroll}
        onRow={onRow}
        rowClassName={rowClassName}
        className={className}
        aria-label={label}
      />
    );
  }
  return (
    <Table<T>
      virtual
      size="small"
      pagination={false}
      dataSource={(rows ?? []) as T[]}
      loading={rows === undefined}
      {...rest}
    />
  );
}
