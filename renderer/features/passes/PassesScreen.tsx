/**
 * 通行证审核 — the electronic pass's review screen for the duty officer (docs/architecture.md §9):
 * the pending queue with its fusion evidence (ReviewQueue), and the reviewed registrations
 * where an approved pass is revoked (DecidedPanel).
 */
import { Tabs } from 'antd';
import { useState } from 'react';
import { useI18n } from '#renderer/i18n/I18nContext';
import { DecidedPanel } from './DecidedPanel';
import { ReviewQueue } from './ReviewQueue';
import './passes.css';

export function PassesScreen() {
  const { t } = useI18n();
  const [tab, setTab] = useState('queue');
  return (
    <div className="screen passes" data-testid="passes-screen">
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: 'queue', label: t('epass.review.tabQueue'), children: <ReviewQueue /> },
          { key: 'decided', label: t('epass.review.tabDecided'), children: <DecidedPanel /> },
        ]}
      />
    </div>
  );
}
