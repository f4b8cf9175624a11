/**
 * Role switch (值班民警 / 所长 / 简报屏) for now; officer sign-in replaces it later. Shows the
 * role in use and saves a new one for this workstation.
 */
import { Segmented } from 'antd';
import { useI18n } from '../../i18n/I18nContext';
import { roles, type Role } from '../../../common/domain/rolePolicy';
import { saveRole, useRole } from './roleStore';
import { useDb } from '../../app/DbContext';

export function RoleSwitch() {
  const { t } = useI18n();
  const role = useRole();
  const db = useDb();
  return (
    <span className="role-switch" data-testid="role-switch" data-role={role}>
      <span className="muted">{t('roles.label')}</span>{' '}
      <Segmented<Role>
        size="small"
        value={role}
        onChange={(next) => void saveRole(db, next)}
        options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      />
    </span>
  );
}
