/**
 * A handover sheet's A4 print layout at `#/handover-print?id=<sheet id>`, outside the shell's
 * chrome, in paper colours: the station's title, the sheet (what fits one page, paperLines.ts)
 * and both signatures — the outgoing officer's hand-over and the incoming officer's signature,
 * by name, badge and time (officers' names are not residents' data). `@page` sets A4 portrait,
 * its margins and the running header and page number. When the sheet is in it signals
 * `handover-print-ready` (test bridge) and sets `body[data-report-ready]` (as the daily report's
 * layout does, so main's hidden-window printToPDF could wait for it too). With `&print=1` it
 * opens the print dialog once, and goes back when the dialog closes.
 */
import { Alert, ConfigProvider, Spin, theme } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useLayoutEffect, useMemo, useSyncExternalStore } from 'react';
import { useDb } from '#renderer/shared/DbContext';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime } from '#renderer/i18n/translate';
import { signal } from '#renderer/shared/testBridge';
import { navigate } from '#renderer/shared/useHashRoute';
import { HandoverSheet, officerLabel } from './HandoverSheet';
import { handoverPrintFromHash } from './handoverPrintRoute';
import { paperSections } from './paperLines';
import { useHandover, useOfficerNames } from './useHandovers';
import './handoverPrint.css';

const paperTheme = {
  algorithm: theme.defaultAlgorithm,
  token: { colorBgBase: '#ffffff', colorText: '#1a1a1a' },
};

function subscribeHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** A CSS string literal (quotes, backslashes and line breaks escaped). */
const cssString = (text: string): string =>
  `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;

function pageCss(title: string, right: string, pages: string): string {
  const counters = pages
    .split(/(\{page\}|\{pages\})/)
    .filter((p) => p !== '')
    .map((p) => (p === '{page}' ? 'counter(page)' : p === '{pages}' ? 'counter(pages)' : cssString(p)))
    .join(' ');
  const box = 'font-family: "Noto Sans CJK SC", sans-serif; font-size: 8pt; color: #555;';
  return `@page { size: A4 portrait; margin: 14mm 12mm 13mm 12mm;
  @top-left { content: ${cssString(title)}; ${box} }
  @top-right { content: ${cssString(right)}; ${box} }
  @bottom-center { content: ${counters}; ${box} } }`;
}

export function HandoverPrintPage() {
  const { t, language } = useI18n();
  const db = useDb();
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash);
  const route = useMemo(() => handoverPrintFromHash(hash), [hash]);
  const sheet = useHandover(route.id);
  const names = useOfficerNames();
  const station = useLiveQuery(async () => (await db.stations.toCollection().first())?.name ?? '', [db]);
  const ready = sheet !== undefined && sheet !== null && station !== undefined;

  useEffect(() => {
    document.documentElement.classList.add('handover-paper-html');
    return () => document.documentElement.classList.remove('handover-paper-html');
  }, []);
  useLayoutEffect(() => {
    if (!ready) return;
    document.body.dataset['reportReady'] = '1';
    signal('handover-print-ready');
    return () => {
      delete document.body.dataset['reportReady'];
    };
  }, [ready]);
  useEffect(() => {
    if (!ready || !route.print) return;
    const back = () => navigate('handovers');
    window.addEventListener('afterprint', back, { once: true });
    window.print();
    return () => window.removeEventListener('afterprint', back);
  }, [ready, route.print]);

  const title = t('handover.print.title', { station: station ?? '' });
  const at = (ms: number | null) => (ms === null ? '' : formatDateTime(ms, language));
  return (
    <ConfigProvider theme={paperTheme}>
      <div className="handover-paper" data-testid="handover-print" data-ready={ready ? '1' : '0'}>
        {sheet ? <style>{pageCss(title, at(sheet.handedAt), t('handover.print.footer'))}</style> : null}
        {route.id === null || sheet === null ? (
          <Alert
            type="error"
            showIcon
            message={t('handover.print.notFound')}
            data-testid="handover-print-missing"
          />
        ) : sheet === undefined ? (
          <Spin />
        ) : (
          <>
            <h1>{title}</h1>
            <HandoverSheet sheet={sheet} names={names} paper={paperSections(sheet.sections, sheet.notes)} />
            <section className="handover-signatures" data-testid="handover-signatures">
              <div>
                <span className="label">{t('handover.outgoing')}</span>
                <span className="name" data-testid="print-outgoing">
                  {officerLabel(names, sheet.outgoingOfficerId)}
                </span>
                <span className="time">{at(sheet.handedAt)}</span>
              </div>
              <div>
                <span className="label">{t('handover.incoming')}</span>
                <span className="name" data-testid="print-incoming">
                  {sheet.incomingOfficerId
                    ? officerLabel(names, sheet.incomingOfficerId)
                    : t('handover.print.unsigned')}
                </span>
                <span className="time">{at(sheet.incomingSignedAt)}</span>
              </div>
            </section>
          </>
        )}
      </div>
    </ConfigProvider>
  );
}
