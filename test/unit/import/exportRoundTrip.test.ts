/**
 * Nothing is locked in: every export (grids GeoJSON; addresses, officers and volunteer teams
 * CSV), in Chinese and in English, re-imports through the same reading and checking the
 * import worker uses with no issue and every record "unchanged". Cells a spreadsheet would run
 * are guarded in the file and come back as they were.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import Papa from 'papaparse';
import { generateDemoData, xiamenDistricts } from '#common/demo';
import type { DemoDataset } from '#common/demo';
import { makeTranslate, type Language } from '#renderer/i18n/translate';
import {
  gridsGeoJson,
  householdsCsv,
  officersCsv,
  volunteerTeamsCsv,
} from '#renderer/features/imports/export/exportFiles';
import { readImportFile } from '#renderer/features/imports/readImportFile';
import { checkGridJob } from '#renderer/features/imports/gridJob';
import { checkHouseholdJob, checkOfficerJob, checkVolunteerJob } from '#renderer/features/imports/tableJobs';
import type { ImportKind } from '#renderer/features/imports/importKinds';

let data: DemoDataset;
const xml = new DOMParser();

beforeAll(async () => {
  data = await generateDemoData({ size: 'station', now: Date.UTC(2026, 10, 1) });
});

async function read(kind: ImportKind, name: string, text: string) {
  const outcome = await readImportFile(kind, name, new Blob([text]), xml);
  if (!outcome.ok) throw new Error(outcome.issue.code);
  return outcome.file;
}

const unchanged = (n: number) => ({ creates: 0, updates: 0, unchanged: n, bad: 0, issuesTotal: 0 });
const figures = (r: {
  creates: number;
  updates: number;
  unchanged: number;
  bad: number;
  issuesTotal: number;
}) => ({
  creates: r.creates,
  updates: r.updates,
  unchanged: r.unchanged,
  bad: r.bad,
  issuesTotal: r.issuesTotal,
});

describe.each(['zh-CN', 'en'] as Language[])('exports in %s', (language) => {
  const t = makeTranslate(language);

  it('grids', async () => {
    const file = await read('grids', 'grids.geojson', gridsGeoJson(data.grids));
    if (file.kind !== 'grids') throw new Error('kind');
    const { report, writes } = checkGridJob({
      features: file.features,
      columns: file.summary.columns,
      mapping: file.summary.suggested,
      crs: 'wgs84',
      grids: data.grids,
      district: xiamenDistricts['Huli']!.geometry,
    });
    expect(figures(report)).toEqual(unchanged(data.grids.length));
    expect(writes).toEqual([]);
  });

  it('addresses, with their record ids (two households may share an address text)', async () => {
    const codes = new Map(data.grids.map((g) => [g.id, g.code]));
    const file = await read('households', 'a.csv', householdsCsv(t, data.households, codes));
    if (file.kind !== 'households') throw new Error('kind');
    expect(file.summary.encoding).toBe('utf-8');
    const { report } = await checkHouseholdJob({
      table: file.table,
      mapping: file.summary.suggested,
      crs: 'wgs84',
      grids: data.grids,
      households: data.households,
    });
    expect(figures(report)).toEqual(unchanged(data.households.length));
  });

  it('officers and volunteer teams', async () => {
    const officers = await read('officers', 'o.csv', officersCsv(t, data.officers));
    if (officers.kind !== 'officers') throw new Error('kind');
    expect(
      figures(checkOfficerJob(officers.table, officers.summary.suggested, data.officers).report),
    ).toEqual(unchanged(data.officers.length));
    const teams = await read('volunteerTeams', 't.csv', volunteerTeamsCsv(t, data.volunteerTeams));
    if (teams.kind !== 'volunteerTeams') throw new Error('kind');
    expect(
      figures(checkVolunteerJob(teams.table, teams.summary.suggested, data.volunteerTeams).report),
    ).toEqual(unchanged(data.volunteerTeams.length));
  });
});

describe('formula injection', () => {
  it('guards cells a spreadsheet would run, and the importer takes the guard off again', async () => {
    const t = makeTranslate('zh-CN');
    const hostile = data.volunteerTeams.slice(0, 3).map((team, i) => ({
      ...team,
      name: ['=cmd|" /C calc"!A0', '+SUM(A1)', '@HYPERLINK("http://x")'][i]!,
    }));
    const text = volunteerTeamsCsv(t, hostile);
    const cells = Papa.parse<string[]>(text.slice(1))
      .data.slice(1, 4)
      .map((r) => r[0]);
    expect(cells).toEqual(['\'=cmd|" /C calc"!A0', "'+SUM(A1)", '\'@HYPERLINK("http://x")']);
    const file = await read('volunteerTeams', 't.csv', text);
    if (file.kind !== 'volunteerTeams') throw new Error('kind');
    const { report, writes } = checkVolunteerJob(file.table, file.summary.suggested, []);
    expect(report.issuesTotal).toBe(0);
    expect(writes.map((w) => w.patch.name)).toEqual(hostile.map((h) => h.name));
  });
});
