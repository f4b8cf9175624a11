/**
 * The logger removes personal data and secrets before any sink sees a line: realistic rows of
 * the demo city (findings with masked names and IDs, raw resident IDs, officers, households),
 * PINs, device credentials, enrolment codes and bearer tokens, in fields and in free text.
 */
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '#common/demo';
import { DEMO_PIN } from '#common/demo/demoPin';
import { addLogSink, createLogger, redactText, type LogRecord } from '#common/log';
import { checkResidentId } from '#common/domain/residentId';

const NOW = Date.UTC(2026, 10, 1);

async function demo() {
  const residentIds = new Map<string, string>();
  const data = await generateDemoData({ size: 'station', seed: 7, now: NOW, residentIds });
  return { data, rawIds: [...residentIds.values()] };
}

function captured(run: () => void): string {
  const lines: LogRecord[] = [];
  const remove = addLogSink((r) => lines.push(r));
  try {
    run();
  } finally {
    remove();
  }
  return lines.map((r) => JSON.stringify(r)).join('\n');
}

describe('log redaction', () => {
  it('removes names, ID numbers and their masks from logged rows and messages', async () => {
    const { data, rawIds } = await demo();
    const findings = data.findings.slice(0, 20);
    const officers = data.officers.slice(0, 5);
    expect(findings.length).toBeGreaterThan(0);
    expect(rawIds.length).toBeGreaterThan(0);
    const withX = rawIds.find((id) => id.endsWith('X')) ?? `${rawIds[0]!.slice(0, 17)}X`;
    const log = createLogger('test');
    const text = captured(() => {
      for (const f of findings) {
        log.warn('finding refused', { finding: f });
        log.info(`finding ${f.maskedName} ${f.idMasked} refused`);
      }
      for (const o of officers) log.info('officer', o);
      for (const id of [...rawIds.slice(0, 20), withX]) {
        log.error(`check failed for ${id}`, { residentId: id, row: { note: `身份证 ${id}` } });
        log.error('import failed', new Error(`row 12: ID ${id} duplicated`));
      }
      log.info('contact', { contact: '王小明', residentName: '李四', person: { name: '张三' } });
    });
    for (const f of findings) {
      expect(text).not.toContain(f.maskedName);
      expect(text).not.toContain(f.idMasked);
    }
    for (const o of officers) expect(text).not.toContain(o.name);
    for (const id of rawIds.slice(0, 20)) {
      expect(text).not.toContain(id);
      expect(text).not.toContain(id.slice(0, 17));
    }
    expect(checkResidentId(withX).ok || withX.endsWith('X')).toBe(true);
    expect(text).not.toContain(withX);
    for (const n of ['王小明', '李四', '张三']) expect(text).not.toContain(n);
    // the useful parts stay
    expect(text).toContain('finding refused');
    expect(text).toContain(findings[0]!.id);
    expect(text).toContain('duplicated');
  });

  it('removes PINs, credentials, tokens and enrolment codes', () => {
    const credential = 'q7Xk2mV9pL0sT4wZ8bN1cR5dF3gH6jK2aE9uY7iO0pQ';
    const code = 'K7M2-9QXP-4TVB-H8RZ';
    const log = createLogger('auth');
    const text = captured(() => {
      log.info('sign in', { officerId: 'o-1', pin: DEMO_PIN, newPin: '482913' });
      log.info('enrol', { apiUrl: 'https://centre.example', code, enrolmentCode: code, credential });
      log.warn(`enrolment with ${code} refused`);
      log.warn('request', { headers: { Authorization: `Bearer ${credential}`, Cookie: 's=1' } });
      log.error(`fetch failed: Authorization: Bearer ${credential}`);
      log.error(`GET /api/v1/pull?token=${credential}&cursor=12 failed`);
      log.info('call 13912345678 now');
    });
    for (const secret of [credential, code, 'Bearer q7', '13912345678']) expect(text).not.toContain(secret);
    // a PIN as a whole number (its digits alone could occur inside a timestamp)
    expect(text).not.toMatch(/(?<![\w.])482913(?![\w.])/);
    expect(text).not.toMatch(new RegExp(`"pin":"${DEMO_PIN}"`));
    expect(text).toContain('https://centre.example');
    expect(text).toContain('cursor=12');
  });

  it('keeps UUIDs, times and counts', () => {
    const id = '0a1b2c3d-4e5f-4a7b-8c9d-0e1f2a3b4c5d';
    expect(redactText(`row ${id} at 1796000000000, 12 rows`)).toBe(`row ${id} at 1796000000000, 12 rows`);
  });

  it('bounds deep, wide and long values', () => {
    const log = createLogger('bounds');
    const deep: Record<string, unknown> = {};
    let node = deep;
    for (let i = 0; i < 20; i++) node = (node.child = {}) as Record<string, unknown>;
    const text = captured(() =>
      log.info('x'.repeat(10_000), {
        deep,
        wide: Array.from({ length: 500 }, (_, i) => i),
        long: 'y'.repeat(50_000),
      }),
    );
    expect(text.length).toBeLessThan(6000);
  });
});
