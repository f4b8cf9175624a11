/**
 * Every message lives in the file of its key's prefix: `sweeps.col.name` in
 * renderer/i18n/features/sweeps.ts, in zh-CN and en alike. A file owns the prefix of its own name;
 * the few files that also hold a small vocabulary of their feature (`siteStatus.` in sites.ts)
 * list it in OWNERS below. A new prefix must be claimed here, so two files never share one.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '#renderer/i18n/en';
import { zh } from '#renderer/i18n/zh';

const featuresDir = fileURLToPath(new URL('../../../renderer/i18n/features/', import.meta.url));

/** Files that own more prefixes than their own name. */
const OWNERS: Record<string, readonly string[]> = {
  app: ['app', 'nav', 'shell'],
  board: ['board', 'kpi', 'panel', 'chart'],
  grids: ['grids', 'gridEdit', 'assign', 'levelChange', 'slider', 'level'],
  checkpoints: ['cp', 'postType', 'checkpointMode'],
  sites: ['site', 'siteZone', 'siteStatus'],
  teams: ['team', 'volunteerRole', 'staffKind'],
  incidents: [
    'incidents',
    'incident',
    'newIncident',
    'incidentType',
    'incidentStatus',
    'incidentSource',
    'severity',
    'highAlert',
  ],
  reports: ['report'],
  signin: ['signin', 'lock'],
  sync: ['sync', 'conflicts', 'cache'],
};

const prefixesOf = (file: string): readonly string[] => OWNERS[file] ?? [file];
const prefixOf = (key: string): string => key.split('.')[0] ?? key;

interface FeatureFile {
  file: string;
  zh: Record<string, string>;
  en: Record<string, string>;
}

async function loadFeatureFiles(): Promise<FeatureFile[]> {
  const files = readdirSync(featuresDir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.basename(f, '.ts'))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const mod = (await import(path.join(featuresDir, `${file}.ts`))) as Record<string, unknown>;
      const zhTable = mod[`${file}Zh`];
      const enTable = mod[`${file}En`];
      expect(zhTable, `${file}.ts exports ${file}Zh`).toBeTypeOf('object');
      expect(enTable, `${file}.ts exports ${file}En`).toBeTypeOf('object');
      return { file, zh: zhTable as Record<string, string>, en: enTable as Record<string, string> };
    }),
  );
}

describe('i18n key files', () => {
  it('keeps every zh and en key in the file of its prefix', async () => {
    const misplaced: string[] = [];
    for (const { file, zh: zhTable, en: enTable } of await loadFeatureFiles()) {
      const allowed = prefixesOf(file);
      for (const [language, table] of [
        ['zh', zhTable],
        ['en', enTable],
      ] as const) {
        for (const key of Object.keys(table)) {
          if (!allowed.includes(prefixOf(key))) misplaced.push(`${language} ${key} in ${file}.ts`);
        }
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('gives each prefix to one file only', () => {
    const claimed = new Map<string, string>();
    const files = readdirSync(featuresDir).map((f) => path.basename(f, '.ts'));
    for (const file of files) {
      for (const prefix of prefixesOf(file)) {
        expect(claimed.get(prefix), `prefix ${prefix}. claimed twice`).toBeUndefined();
        claimed.set(prefix, file);
      }
    }
    for (const owner of Object.keys(OWNERS)) expect(files, `OWNERS lists ${owner}.ts`).toContain(owner);
  });

  it('gathers every feature file, and nothing else, into zh and en', async () => {
    const featureFiles = await loadFeatureFiles();
    const zhKeys = featureFiles.flatMap((f) => Object.keys(f.zh));
    const enKeys = featureFiles.flatMap((f) => Object.keys(f.en));
    expect(new Set(zhKeys).size, 'no key in two files').toBe(zhKeys.length);
    expect(Object.keys(zh).sort()).toEqual([...zhKeys].sort());
    expect(Object.keys(en).sort()).toEqual([...enKeys].sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it("refuses a key placed in another prefix's file (the check can fail)", () => {
    expect(prefixesOf('sites')).not.toContain(prefixOf('cp.col.name'));
    expect(prefixesOf('roles')).toContain(prefixOf('roles.station-chief'));
    expect(prefixesOf('a11y')).toEqual(['a11y']);
  });
});
