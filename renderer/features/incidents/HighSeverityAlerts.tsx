/**
 * Raises an in-app alert on this workstation when a new high-severity incident arrives
 * (created here or synced from another workstation). Mounted once by the shell, so every
 * screen of the workstation shows it and the bare briefing display does not. The alert stays
 * until dismissed, names the type, grid and reported time, opens the incident in its drawer,
 * and is emphasised without sound (incidents.css). Which incidents alert, and which never do
 * (the initial load, old ones, one already alerted — also across a reload), is decided by
 * highSeverityTracker.ts over a live query of the alert window.
 */
import { AlertFilled } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import type { Incident } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { navigate } from '#renderer/shared/useHashRoute';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime } from '#renderer/i18n/translate';
import {
  ALERT_WINDOW_MS,
  MAX_SINGLE_ALERTS,
  trackHighSeverity,
  type SeenIncidents,
} from './highSeverityTracker';
import { queryIncidentsReportedSince } from './incidentQueries';
import { readSeenIncidents, writeSeenIncidents } from './seenIncidentsStore';
import { openIncidentLink } from './useOpenRequest';
import { useNameLookups } from './useIncidents';
import './incidents.css';
import { incidentTypeKey } from '#renderer/i18n/domainWords';

const alertColour = '#f5222d';

export function HighSeverityAlerts() {
  const db = useDb();
  const { t, language } = useI18n();
  const { notification } = App.useApp();
  const recent = useLiveQuery(() => queryIncidentsReportedSince(db, Date.now() - ALERT_WINDOW_MS), [db]);
  const names = useNameLookups();
  // undefined until read from the session's storage; null there means "session starts now"
  const seen = useRef<SeenIncidents | null | undefined>(undefined);

  useEffect(() => {
    if (!recent || !names) return;
    if (seen.current === undefined) seen.current = readSeenIncidents(db.name);
    const { alert, seen: next } = trackHighSeverity(seen.current, recent, Date.now());
    seen.current = next;
    writeSeenIncidents(db.name, next);

    const gridName = (id: string) => {
      const g = names.grids.get(id);
      return g ? `${g.code} ${g.name}` : t('highAlert.unknownGrid');
    };
    const show = (incident: Incident): void => {
      const key = `high-severity-${incident.id}`;
      notification.open({
        key,
        duration: false,
        role: 'alert',
        placement: 'topRight',
        className: 'high-severity-alert',
        icon: <AlertFilled style={{ color: alertColour }} />,
        title: t('highAlert.title', { type: t(incidentTypeKey[incident.type]) }),
        description: (
          <div data-testid="high-alert" data-incident-id={incident.id}>
            <div data-testid="high-alert-where">
              {t('highAlert.where', {
                grid: gridName(incident.gridId),
                time: formatDateTime(incident.reportedAt, language),
              })}
            </div>
            <div className="muted high-alert-text">{incident.description}</div>
          </div>
        ),
        actions: (
          <Button
            type="primary"
            danger
            size="small"
            data-testid="high-alert-open"
            onClick={() => {
              notification.destroy(key);
              navigate(openIncidentLink(incident.id));
            }}
          >
            {t('highAlert.open')}
          </Button>
        ),
      });
    };
    for (const incident of alert.slice(0, MAX_SINGLE_ALERTS)) show(incident);
    const more = alert.length - MAX_SINGLE_ALERTS;
    if (more > 0) {
      const key = `high-severity-more-${Date.now()}`;
      notification.open({
        key,
        duration: false,
        role: 'alert',
        className: 'high-severity-alert',
        icon: <AlertFilled style={{ color: alertColour }} />,
        title: t('highAlert.more.title', { n: more }),
        description: <span data-testid="high-alert-more" data-count={more} />,
        actions: (
          <Button
            size="small"
            danger
            onClick={() => {
              notification.destroy(key);
              navigate('incidents');
            }}
          >
            {t('highAlert.more.open')}
          </Button>
        ),
      });
    }
  }, [recent, names, db, notification, t, language]);

  return null;
}
