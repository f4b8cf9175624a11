/**
 * Step 2: which column holds which field. Each field has a select over the file's columns
 * (pre-filled: the station's remembered mapping, else the importer's guess), its problem shown
 * under it; a grid file's community may instead be one value typed for the whole file; the
 * source coordinate system for files with positions; and the first rows of the file, with each
 * column headed by the field it was mapped to. The file's facts include what reading changed
 * (altitudes dropped…).
 */
import { Alert, Button, Form, Input, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import type { CrsName } from '#common/geo/chinaCrs';
import { useI18n } from '#renderer/i18n/I18nContext';
import type { Translate } from '#renderer/i18n/translate';
import { noticeText } from './gridIssueText';
import type { FieldConstants, FieldMapping, ReadSummary } from './importMessages';
import { importKindSpecs, type ImportKind } from './importKinds';
import { fieldLabel } from './issueText';
import { constantFields, mappingProblems, type MappingProblem } from './mappingForm';

export interface MappingStepProps {
  kind: ImportKind;
  fileName: string;
  summary: ReadSummary;
  mapping: FieldMapping;
  crs: CrsName;
  constants?: FieldConstants;
  onField(field: string, column: number | null): void;
  onConstant?(field: string, value: string | null): void;
  onCrs(crs: CrsName): void;
  onCheck(): void;
  onReset(): void;
}

const NONE = -1;
/** The select's value for "one value for the whole file". */
const CONSTANT = -2;

function problemText(t: Translate, kind: ImportKind, p: MappingProblem): string {
  switch (p.code) {
    case 'required':
      return t('imports.mapping.required');
    case 'same-column':
      return t('imports.mapping.sameColumn', { other: fieldLabel(t, kind, p.other) });
    case 'lnglat-pair':
      return t('imports.mapping.lnglatPair');
    case 'locate':
      return t('imports.mapping.locate');
    case 'constant-empty':
      return t('importsGeo.mapping.constantRequired');
  }
}

/** What reading the file changed without refusing it, one line each. */
function ReadNotices({ summary }: { summary: ReadSummary }) {
  const { t } = useI18n();
  const lines = (summary.notices ?? []).map((n) => noticeText(t, n)).filter((s): s is string => s !== null);
  if (lines.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      className="import-read-notices"
      data-testid="import-read-notices"
      title={t('importsGeo.notice.title')}
      description={
        <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      }
    />
  );
}

export function FileFacts({ fileName, summary }: { fileName: string; summary: ReadSummary }) {
  const { t } = useI18n();
  return (
    <>
      <Space size="large" wrap className="import-file-facts" data-testid="import-file-facts">
        <span data-testid="import-file-name">{t('imports.file.summary', { file: fileName })}</span>
        <span>{t('imports.file.format', { format: summary.format.toUpperCase() })}</span>
        {summary.encoding ? (
          <span data-testid="import-encoding">
            {t('imports.file.encoding', { encoding: summary.encoding.toUpperCase() })}
          </span>
        ) : null}
        <span>
          {summary.headerLine === null
            ? t('imports.file.features', { n: summary.rowCount })
            : t('imports.file.rows', { n: summary.rowCount, line: summary.headerLine })}
        </span>
      </Space>
      <ReadNotices summary={summary} />
    </>
  );
}

export function MappingStep(props: MappingStepProps) {
  const { kind, fileName, summary, mapping, crs } = props;
  const constants = useMemo(() => props.constants ?? {}, [props.constants]);
  const { t } = useI18n();
  const spec = importKindSpecs[kind];
  const problems = useMemo(() => mappingProblems(spec, mapping, constants), [spec, mapping, constants]);
  const mayBeConstant = (field: string) =>
    props.onConstant !== undefined && (constantFields[kind] ?? []).includes(field);
  const hasProblems = Object.keys(problems).length > 0;
  const columnName = (i: number) => summary.columns[i] || t('imports.mapping.column', { n: i + 1 });
  const fieldsOfColumn = useMemo(() => {
    // code and name may share a column: a column can head more than one field
    const out = new Map<number, string[]>();
    for (const [field, column] of Object.entries(mapping))
      if (column !== null && !(field in constants)) out.set(column, [...(out.get(column) ?? []), field]);
    return out;
  }, [mapping, constants]);

  const previewColumns: ColumnsType<{ key: number; cells: string[] }> = summary.columns.map((_, i) => {
    const fields = fieldsOfColumn.get(i) ?? [];
    return {
      key: i,
      width: 140,
      ellipsis: true,
      title: (
        <div className="import-preview-head">
          <div>{columnName(i)}</div>
          {fields.map((field) => (
            <Tag key={field} color="blue">
              {fieldLabel(t, kind, field)}
            </Tag>
          ))}
        </div>
      ),
      render: (_: unknown, row: { cells: string[] }) => row.cells[i] ?? '',
    };
  });

  return (
    <div className="import-mapping" data-testid="import-mapping">
      <FileFacts fileName={fileName} summary={summary} />
      <h3>{t('imports.mapping.title')}</h3>
      <p className="muted">{t('imports.mapping.hint')}</p>
      {summary.format === 'kml' ? <p className="muted">{t('importsGeo.mapping.kmlHint')}</p> : null}
      <Form layout="vertical" className="import-mapping-form">
        {spec.fields.map((f) => {
          const problem = problems[f.key];
          return (
            <Form.Item
              key={f.key}
              label={fieldLabel(t, kind, f.key)}
              required={f.required}
              validateStatus={problem ? 'error' : undefined}
              help={
                problem ? (
                  <span data-testid={`mapping-error-${f.key}`}>{problemText(t, kind, problem)}</span>
                ) : undefined
              }
            >
              <Select<number>
                data-testid={`mapping-${f.key}`}
                value={f.key in constants ? CONSTANT : (mapping[f.key] ?? NONE)}
                onChange={(v) => {
                  if (v === CONSTANT) {
                    props.onConstant?.(f.key, '');
                    props.onField(f.key, null);
                    return;
                  }
                  if (f.key in constants) props.onConstant?.(f.key, null);
                  props.onField(f.key, v === NONE ? null : v);
                }}
                options={[
                  ...(f.required ? [] : [{ value: NONE, label: t('imports.mapping.none') }]),
                  ...(mayBeConstant(f.key)
                    ? [{ value: CONSTANT, label: t('importsGeo.mapping.constant') }]
                    : []),
                  ...summary.columns.map((_, i) => ({ value: i, label: columnName(i) })),
                ]}
                placeholder={t('imports.mapping.required')}
              />
              {f.key in constants ? (
                <Input
                  className="import-mapping-constant"
                  data-testid={`mapping-constant-${f.key}`}
                  value={constants[f.key]}
                  maxLength={60}
                  placeholder={t('importsGeo.mapping.constantPlaceholder')}
                  onChange={(e) => props.onConstant?.(f.key, e.target.value)}
                />
              ) : null}
            </Form.Item>
          );
        })}
        {spec.hasCrs ? (
          <Form.Item label={t('imports.crs.label')} extra={t('imports.crs.hint')} className="import-crs">
            <Select<CrsName>
              data-testid="import-crs"
              value={crs}
              onChange={props.onCrs}
              options={[
                { value: 'wgs84', label: t('imports.crs.wgs84') },
                { value: 'gcj02', label: t('imports.crs.gcj02') },
                { value: 'bd09', label: t('importsGeo.crs.bd09') },
              ]}
            />
          </Form.Item>
        ) : null}
      </Form>
      <h4>{t('imports.mapping.preview', { n: summary.preview.length })}</h4>
      <Table
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={previewColumns}
        dataSource={summary.preview.map((cells, key) => ({ key, cells }))}
        data-testid="import-preview-table"
      />
      {hasProblems ? <Alert type="warning" showIcon title={t('imports.mapping.fix')} /> : null}
      <Space className="import-actions">
        <Button type="primary" disabled={hasProblems} onClick={props.onCheck} data-testid="import-check">
          {t('imports.check')}
        </Button>
        <Button onClick={props.onReset}>{t('imports.pickAnother')}</Button>
      </Space>
    </div>
  );
}
