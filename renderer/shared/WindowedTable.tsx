/**
 * The table for very long lists of one-line rows (20,000 incidents): only the rows in view,
 * and a few beyond, are in the DOM, each absolutely placed at index × row height, and each a
 * memoised component — so a scroll frame mounts the rows that come into view and nothing
 * else re-renders. antd's own virtual Table re-renders every visible row on every frame and
 * walks the whole list (every row height it has measured) each time, so its frames grow with
 * the list; here a frame costs the same for 600 rows as for 20,000.
 *
 * It takes the antd Table props the long lists use — `rowKey`, flat `columns` (title,
 * dataIndex, width, render), `scroll`, `onRow`, `rowClassName` — and looks like the Table
 * (its theme tokens). Invariants: every row is exactly `rowHeight` tall (cells are one line,
 * cut with an ellipsis); the scrollable height is rows × rowHeight (+ the header); the window
 * follows the scroll position inside the scroll event, before the frame is painted;
 * `render`'s and `rowClassName`'s `index` is the row's index in the whole list.
 */
import { Empty, Spin, theme } from 'antd';
import type { ColumnType, ColumnsType, TableProps } from 'antd/es/table';
import {
  isValidElement,
  memo,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type HTMLAttributes,
  type Key,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
import './windowedTable.css';

/** Rows kept beyond each edge of the view (memoised: once mounted they cost nothing per frame). */
const OVERSCAN = 6;

export interface WindowedTableProps<T> {
  /** undefined while loading */
  rows: readonly T[] | undefined;
  /** Every row's height in pixels. */
  rowHeight: number;
  rowKey: TableProps<T>['rowKey'];
  columns?: ColumnsType<T>;
  scroll?: TableProps<T>['scroll'];
  onRow?: TableProps<T>['onRow'];
  rowClassName?: TableProps<T>['rowClassName'];
  className?: string;
  /** The table's accessible name (the body scrolls, so it takes keyboard focus and needs one). */
  'aria-label'?: string;
}

type Leaf<T> = ColumnType<T>;

const isLeaf = <T,>(c: ColumnsType<T>[number]): c is Leaf<T> => !('children' in c && c.children);

function valueAt(record: object, dataIndex: Leaf<object>['dataIndex']): unknown {
  if (dataIndex === undefined) return undefined;
  const path = Array.isArray(dataIndex) ? dataIndex : [dataIndex];
  let value: unknown = record;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[step as string | number];
  }
  return value;
}

/** A cell's content as antd would show it (a render result, or the raw value). */
function cellContent<T extends object>(column: Leaf<T>, record: T, index: number): ReactNode {
  const value = valueAt(record, column.dataIndex as Leaf<object>['dataIndex']);
  if (!column.render) return value === null || value === undefined ? null : String(value);
  const rendered: unknown = column.render(value, record, index);
  // antd lets render return { children, props }; only the children are shown here
  if (
    rendered !== null &&
    typeof rendered === 'object' &&
    !isValidElement(rendered) &&
    'children' in rendered
  )
    return (rendered as { children: ReactNode }).children;
  return rendered as ReactNode;
}

function keyOf<T extends object>(rowKey: WindowedTableProps<T>['rowKey'], record: T, index: number): Key {
  if (typeof rowKey === 'function') return rowKey(record, index);
  if (typeof rowKey === 'string') return String(valueAt(record, rowKey));
  return index;
}

interface RowProps<T> {
  record: T;
  index: number;
  top: number;
  columns: readonly Leaf<T>[];
  template: string;
  onRow: WindowedTableProps<T>['onRow'];
  rowClassName: WindowedTableProps<T>['rowClassName'];
}

function RowView<T extends object>({
  record,
  index,
  top,
  columns,
  template,
  onRow,
  rowClassName,
}: RowProps<T>) {
  const extra: HTMLAttributes<HTMLElement> = onRow?.(record, index) ?? {};
  const own = typeof rowClassName === 'function' ? rowClassName(record, index, 0) : (rowClassName ?? '');
  return (
    <div
      role="row"
      {...(extra as HTMLAttributes<HTMLDivElement>)}
      className={['windowed-row', own, extra.className].filter(Boolean).join(' ')}
      style={{ ...extra.style, top, gridTemplateColumns: template }}
    >
      {columns.map((c, i) => (
        <div role="cell" className="windowed-cell" key={String(c.key ?? c.dataIndex ?? i)}>
          {cellContent(c, record, index)}
        </div>
      ))}
    </div>
  );
}

// same record, index and column set: the row is not rendered again while the list scrolls
const Row = memo(RowView) as typeof RowView;

export function WindowedTable<T extends object>({
  rows,
  rowHeight,
  rowKey,
  columns,
  scroll,
  onRow,
  rowClassName,
  className,
  'aria-label': label,
}: WindowedTableProps<T>) {
  const { token } = theme.useToken();
  const body = useRef<HTMLDivElement>(null);
  const shownFirst = useRef(0);
  const [first, setFirst] = useState(0);
  const count = rows?.length ?? 0;
  const viewport = typeof scroll?.y === 'number' ? scroll.y : 600;
  const inView = Math.ceil(viewport / rowHeight) + 1;
  const start = Math.max(0, Math.min(first, count - inView) - OVERSCAN);
  const end = Math.min(count, Math.max(first, 0) + inView + OVERSCAN);

  const leaves = useMemo(() => (columns ?? []).filter(isLeaf), [columns]);
  const template = useMemo(
    () =>
      leaves
        .map((c) =>
          typeof c.width === 'number'
            ? `${c.width}px`
            : typeof c.width === 'string'
              ? c.width
              : 'minmax(0, 1fr)',
        )
        .join(' '),
    [leaves],
  );

  const loaded = rows !== undefined;
  useEffect(() => {
    const scroller = body.current;
    if (!scroller) return;
    const follow = (): void => {
      const next = Math.floor(scroller.scrollTop / rowHeight);
      if (next === shownFirst.current) return;
      shownFirst.current = next;
      // rendered in the scroll event, before this frame is painted: no blank rows show
      flushSync(() => setFirst(next));
    };
    follow();
    scroller.addEventListener('scroll', follow, { passive: true });
    return () => scroller.removeEventListener('scroll', follow);
  }, [rowHeight, loaded]);

  const minWidth = typeof scroll?.x === 'number' ? scroll.x : undefined;
  const vars = {
    '--windowed-row': `${rowHeight}px`,
    '--windowed-border': token.colorBorderSecondary,
    '--windowed-tag-border': token.colorBorder,
    '--windowed-bg': token.colorBgContainer,
    '--windowed-fill': token.colorFillAlter,
    '--windowed-head': token.colorTextHeading,
    '--windowed-pad': `${token.paddingXS}px`,
    '--windowed-font': `${token.fontSize}px`,
    '--windowed-strong': token.fontWeightStrong,
  } as CSSProperties;

  const shown: ReactNode[] = [];
  for (let i = start; i < end; i++) {
    const record = rows?.[i];
    if (record === undefined) continue;
    shown.push(
      <Row<T>
        key={keyOf(rowKey, record, i)}
        record={record}
        index={i}
        top={i * rowHeight}
        columns={leaves}
        template={template}
        onRow={onRow}
        rowClassName={rowClassName}
      />,
    );
  }

  return (
    <div className={['windowed-table', className].filter(Boolean).join(' ')} style={vars}>
      {/* the scrolling body is the table: focusable, so the keyboard can scroll it */}
      <div
        className="windowed-body"
        ref={body}
        style={{ height: viewport + rowHeight }}
        role="table"
        tabIndex={0}
        aria-label={label}
        data-scroll-region
      >
        <div className="windowed-head" role="row" style={{ gridTemplateColumns: template, minWidth }}>
          {leaves.map((c, i) => (
            <div role="columnheader" className="windowed-cell" key={String(c.key ?? c.dataIndex ?? i)}>
              {typeof c.title === 'function' ? null : c.title}
            </div>
          ))}
        </div>
        {!loaded ? (
          <div className="windowed-state">
            <Spin />
          </div>
        ) : count === 0 ? (
          <div className="windowed-state">
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
          </div>
        ) : (
          <div className="windowed-rows" role="rowgroup" style={{ height: count * rowHeight, minWidth }}>
            {shown}
          </div>
        )}
      </div>
    </div>
  );
}
