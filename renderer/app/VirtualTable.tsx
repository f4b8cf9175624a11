/**
 * The dense, virtualised table of the long lists (20,000 incidents, 725 grids, audit entries,
 * households): no pagination, and a loading state while the live query has not answered yet
 * (`rows` undefined). Everything else is antd's Table, passed through.
 */
import { Table, type TableProps } from 'antd';

export type VirtualTableProps<T> = Omit<
  TableProps<T>,
  'dataSource' | 'loading' | 'pagination' | 'virtual' | 'size'
> & {
  /** undefined while loading */
  rows: readonly T[] | undefined;
};

export function VirtualTable<T extends object>({ rows, ...rest }: VirtualTableProps<T>) {
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
