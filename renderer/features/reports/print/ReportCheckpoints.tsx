/**
 * Section 7, checkpoint staffing: every post counted by post type (posts, 24-hour posts, shifts,
 * staff, uncovered hours), then the posts one by one. A station's posts are all listed; a
 * district's hundreds would fill pages with fully staffed rows, so past
 * `CHECKPOINTS_LISTED_IN_FULL` only the posts with uncovered hours are listed — what the chief
 * acts on — and the report says the XLSX export lists every post.
 */
import { useMemo } from 'react';
import { postTypes, type PostType } from '#common/schemas';
import type { ReportCheckpointRow } from '../dailyReportModel';
import type { ReportText } from '../useReportText';
import { ReportCheckpointTable } from './ReportPostTables';

export const CHECKPOINTS_LISTED_IN_FULL = 60;

interface PostTypeCount {
  postType: PostType;
  posts: number;
  staffed24h: number;
  shifts: number;
  staff: number;
  uncoveredHours: number;
}

export function countByPostType(rows: readonly ReportCheckpointRow[]): PostTypeCount[] {
  const byType = new Map<PostType, PostTypeCount>();
  for (const row of rows) {
    const cell = byType.get(row.postType) ?? {
      postType: row.postType,
      posts: 0,
      staffed24h: 0,
      shifts: 0,
      staff: 0,
      uncoveredHours: 0,
    };
    cell.posts += 1;
    if (row.staffed24h) cell.staffed24h += 1;
    cell.shifts += row.shifts;
    cell.staff += row.staff;
    cell.uncoveredHours += row.uncoveredHours;
    byType.set(row.postType, cell);
  }
  return postTypes.flatMap((type) => byType.get(type) ?? []);
}

function PostTypeSummary({ rows, text }: { rows: readonly ReportCheckpointRow[]; text: ReportText }) {
  const { t, n } = text;
  const counts = useMemo(() => countByPostType(rows), [rows]);
  return (
    <table className="report-table" data-table="checkpoint-types">
      <thead>
        <tr>
          <th>{t('report.col.postType')}</th>
          <th className="num">{t('report.col.checkpoints')}</th>
          <th className="num">{t('report.col.staffed24h')}</th>
          <th className="num">{t('report.col.shifts')}</th>
          <th className="num">{t('report.col.staff')}</th>
          <th className="num">{t('report.col.uncovered')}</th>
        </tr>
      </thead>
      <tbody>
        {counts.map((c) => (
          <tr key={c.postType} className={c.uncoveredHours > 0 ? 'gap' : undefined}>
            <td>{text.postType(c.postType)}</td>
            <td className="num">{n(c.posts)}</td>
            <td className="num">{n(c.staffed24h)}</td>
            <td className="num">{n(c.shifts)}</td>
            <td className="num">{n(c.staff)}</td>
            <td className="num">{n(c.uncoveredHours)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReportCheckpoints(props: {
  rows: readonly ReportCheckpointRow[];
  dayEnd: number;
  text: ReportText;
}) {
  const { rows, text } = props;
  const { t, n } = text;
  const listed = useMemo(
    () => (rows.length <= CHECKPOINTS_LISTED_IN_FULL ? rows : rows.filter((c) => c.uncoveredHours > 0)),
    [rows],
  );
  const cut = listed.length < rows.length;
  return (
    <>
      <h3>{t('report.checkpoints.byType')}</h3>
      <PostTypeSummary rows={rows} text={text} />
      <h3>{cut ? t('report.checkpoints.withGaps') : t('report.checkpoints.list')}</h3>
      {cut ? (
        <p className="report-note" data-testid="report-checkpoints-cut">
          {listed.length > 0
            ? t('report.checkpoints.cut', { total: n(rows.length), shown: n(listed.length) })
            : t('report.checkpoints.noGaps', { total: n(rows.length) })}
        </p>
      ) : null}
      {listed.length > 0 ? <ReportCheckpointTable rows={listed} dayEnd={props.dayEnd} text={text} /> : null}
    </>
  );
}
