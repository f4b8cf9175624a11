/**
 * 设备 — the station's enrolled devices as the centre knows them: workstation name, kind, app
 * version and latest update report (DeviceUpdateCell), last seen, last upload, who is signed in
 * there, when its credential last rotated, and whether it is revoked. 吊销 (with a confirmation
 * naming the workstation) makes every request from that device a 401 at once.
 */
import { App, Button, Popconfirm, Table, Tag, type ButtonProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import type { AuthClient } from '#common/auth/authClient';
import type { DeviceInfo } from '#common/auth/protocol';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime } from '#renderer/i18n/translate';
import { centreErrorText } from './centreErrorText';
import { DeviceUpdateCell } from './DeviceUpdateCell';

export function DevicesPanel({ client, ownDeviceId }: { client: AuthClient; ownDeviceId: string | null }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [devices, setDevices] = useState<DeviceInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    client.devices().then(
      (reply) => {
        if (!live) return;
        setDevices(reply.devices);
        setError(null);
      },
      (e: unknown) => live && setError(centreErrorText(e, t)),
    );
    return () => {
      live = false;
    };
  }, [client, t, reloads]);

  const revoke = async (device: DeviceInfo) => {
    try {
      await client.revokeDevice(device.id);
      void message.success(t('admin.devices.revoked', { name: device.workstation }));
      setReloads((n) => n + 1);
    } catch (e) {
      setError(centreErrorText(e, t));
    }
  };

  const when = (ms: number | null) => (ms === null ? '—' : formatDateTime(ms, language));
  const columns: ColumnsType<DeviceInfo> = [
    {
      title: t('admin.devices.workstation'),
      key: 'ws',
      render: (_, d) => (
        <span>
          {d.workstation}
          {d.id === ownDeviceId ? <Tag style={{ marginLeft: 6 }}>{t('admin.devices.this')}</Tag> : null}
        </span>
      ),
    },
    {
      title: t('admin.devices.kind'),
      key: 'kind',
      width: 90,
      render: (_, d) => t(d.kind === 'display' ? 'admin.kind.display' : 'admin.kind.workstation'),
    },
    {
      title: t('admin.devices.version'),
      key: 'version',
      width: 80,
      render: (_, d) => <span data-testid="device-version">{d.appVersion ?? '—'}</span>,
    },
    {
      title: t('admin.devices.update'),
      key: 'update',
      width: 200,
      render: (_, d) => <DeviceUpdateCell update={d.update} />,
    },
    { title: t('admin.devices.lastSeen'), key: 'seen', width: 150, render: (_, d) => when(d.lastSeenAt) },
    { title: t('admin.devices.lastPush'), key: 'push', width: 150, render: (_, d) => when(d.lastPushAt) },
    {
      title: t('admin.devices.signedIn'),
      key: 'who',
      width: 130,
      render: (_, d) => (d.signedIn ? `${d.signedIn.name}（${d.signedIn.badgeNo}）` : '—'),
    },
    {
      title: t('admin.devices.rotated'),
      key: 'rot',
      width: 150,
      render: (_, d) => when(d.credentialRotatedAt),
    },
    {
      title: t('admin.devices.status'),
      key: 'status',
      width: 150,
      render: (_, d) =>
        d.revoked ? (
          <Tag color="red" data-testid="device-revoked">
            {t('admin.devices.isRevoked')}
          </Tag>
        ) : d.id === ownDeviceId ? (
          <Tag color="green">{t('admin.devices.active')}</Tag>
        ) : (
          <Popconfirm
            title={t('admin.devices.revokeConfirm', { name: d.workstation })}
            okText={t('admin.devices.revoke')}
            okButtonProps={{ danger: true, 'data-testid': 'device-revoke-confirm' } as ButtonProps}
            cancelText={t('admin.cancel')}
            onConfirm={() => void revoke(d)}
          >
            <Button size="small" danger data-testid="device-revoke">
              {t('admin.devices.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <div data-testid="admin-devices">
      {error ? (
        <p className="warn" role="alert">
          {error}
        </p>
      ) : null}
      <Table<DeviceInfo>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={devices ?? []}
        loading={devices === null && error === null}
        pagination={false}
      />
    </div>
  );
}
