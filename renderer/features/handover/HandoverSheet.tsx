/**
 * A handover sheet as read on screen and on paper: who handed over and when, the shift, who
 * signed and when, the seven sections (each line as frozen at hand-over time, new-since-shift
 * lines marked 本班新增) and the outgoing officer's notes. It only shows: nothing here edits a
 * sheet (the draft screen edits notes beside it; a signed sheet offers no edit anywhere).
 * On paper, `paper` holds what fits the one A4 page (paperLines.ts).
 */
import { Button, Tag } from 'antd';
import { useState } from 'react';
import { handoverSectionKey, handoverStatusKey } from '#renderer/i18n/domainWords';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime } from '#renderer/i18n/translate';
import type { Handover, HandoverSections } from '#common/schemas/pass';
import { handoverCounts } from '#common/domain/handoverDraft';
import type { OfficerName } from './useHandovers';
import { sectionOrder, type PaperSection } from './paperLines';

export type SheetView = Pick<
  Handover,
  | 'outgoingOfficerId'
  | 'shiftStart'
  | 'handedAt'
  | 'sections'
  | 'notes'
  | 'status'
  | 'incomingOfficerId'
  | 'incomingSignedAt'
>;

interface Props {
  sheet: SheetView;
  names: ReadonlyMap<string, OfficerName>;
  /** On paper: what of each section is printed. */
  paper?: Record<keyof HandoverSections, PaperSection>;
  /** Hide the notes (the draft screen edits them beside the sheet). */
  hideNotes?: boolean;
}

/** On screen a long section shows this many lines until the officer asks for all. */
export const SCREEN_ITEMS = 12;

export function officerLabel(names: ReadonlyMap<string, OfficerName>, id: string | null): string {
  if (!id) return '—';
  const o = names.get(id);
  return o ? `${o.name}（${o.badgeNo}）` : id.slice(0, 8);
}

export function HandoverSheet({ sheet, names, paper, hideNotes = false }: Props) {
  const { t, language } = useI18n();
  const at = (ms: number | null) => (ms === null ? '—' : formatDateTime(ms, language));
  const counts = handoverCounts(sheet.sections);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (section: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(section)) next.add(section);
      return next;
    });
  return (
    <div className="handover-sheet" data-testid="handover-sheet" data-status={sheet.status}>
      <dl className="handover-facts">
        <dt>{t('handover.outgoing')}</dt>
        <dd data-testid="handover-outgoing" data-officer={sheet.outgoingOfficerId}>
          {officerLabel(names, sheet.outgoingOfficerId)}
        </dd>
        <dt>{t('handover.period')}</dt>
        <dd data-testid="handover-period">
          {at(sheet.shiftStart)} – {at(sheet.handedAt)}
        </dd>
        <dt>{t('handover.handedAt')}</dt>
        <dd data-testid="handover-handed-at">{at(sheet.handedAt)}</dd>
        <dt>{t('handover.incoming')}</dt>
        <dd data-testid="handover-incoming" data-officer={sheet.incomingOfficerId ?? ''}>
          {sheet.incomingOfficerId
            ? officerLabel(names, sheet.incomingOfficerId)
            : t('handover.print.unsigned')}
        </dd>
        <dt>{t('handover.signedAt')}</dt>
        <dd data-testid="handover-signed-at">{at(sheet.incomingSignedAt)}</dd>
        <dt>{t('handover.list.status')}</dt>
        <dd>
          <Tag color={sheet.status === 'signed' ? 'green' : 'gold'} data-testid="handover-status">
            {t(handoverStatusKey[sheet.status])}
          </Tag>
          <span className="muted">{t('handover.counts', counts)}</span>
        </dd>
      </dl>
      {sectionOrder.map((section) => {
        const all = sheet.sections[section];
        const folded = !paper && all.length > SCREEN_ITEMS && !expanded.has(section);
        const items = paper ? paper[section].items : folded ? all.slice(0, SCREEN_ITEMS) : all;
        const unprinted = paper ? paper[section].unprinted : 0;
        return (
          <section key={section} className="handover-section" data-section={section}>
            <h3>
              {t(handoverSectionKey[section])}
              <span className="handover-count">{sheet.sections[section].length}</span>
            </h3>
            {sheet.sections[section].length === 0 ? (
              <p className="muted handover-none">{t('handover.none')}</p>
            ) : (
              <ol>
                {items.map((item) => (
                  <li
                    key={item.refId}
                    data-testid="handover-item"
                    data-ref={item.refId}
                    data-new={item.isNew ? '1' : '0'}
                  >
                    {item.isNew ? (
                      <Tag color="blue" className="handover-new">
                        {t('handover.new')}
                      </Tag>
                    ) : null}
                    {item.text}
                  </li>
                ))}
                {unprinted > 0 ? (
                  <li className="muted" data-testid="handover-unprinted">
                    {t('handover.paper.unprinted', { count: unprinted })}
                  </li>
                ) : null}
              </ol>
            )}
            {!paper && all.length > SCREEN_ITEMS ? (
              <Button
                type="link"
                size="small"
                onClick={() => toggle(section)}
                data-testid="handover-section-toggle"
              >
                {folded ? t('handover.showAll', { count: all.length }) : t('handover.showFewer')}
              </Button>
            ) : null}
          </section>
        );
      })}
      {hideNotes ? null : (
        <section className="handover-section handover-notes">
          <h3>{t('handover.notes')}</h3>
          <p data-testid="handover-notes">
            {sheet.notes.trim() === '' ? t('handover.notes.none') : sheet.notes}
          </p>
        </section>
      )}
    </div>
  );
}
