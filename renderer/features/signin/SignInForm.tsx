/**
 * Badge number (警号) and 6-digit PIN, as on the sign-in and the lock screen. On submit it runs
 * the sign-in check (signInFlow) and hands a success up; a failure is shown at the PIN field,
 * and a lock-out counts down live. The PIN is cleared after every try and never kept.
 */
import { Button, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useDb } from '#renderer/shared/DbContext';
import { useI18n } from '#renderer/i18n/I18nContext';
import { signIn, type SignInFailure, type SignInSuccess } from './signInFlow';
import { signInFailureMessage } from './signInMessage';

interface Props {
  initialBadge?: string;
  submitLabel: string;
  onSignedIn(success: SignInSuccess): Promise<void> | void;
}

type Values = { badgeNo: string; pin: string };

export function SignInForm({ initialBadge = '', submitLabel, onSignedIn }: Props) {
  const { t } = useI18n();
  const db = useDb();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const [now, setNow] = useState(() => Date.now());

  // A lock-out's time left counts down while it is shown.
  useEffect(() => {
    if (failure?.reason !== 'locked') return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [failure]);

  const onFinish = async ({ badgeNo, pin }: Values) => {
    setBusy(true);
    try {
      const result = await signIn(db, badgeNo, pin);
      form.setFieldValue('pin', '');
      setNow(Date.now());
      if (result.ok) {
        setFailure(null);
        await onSignedIn(result.value);
      } else setFailure(result.failure);
    } finally {
      setBusy(false);
    }
  };

  const message = failure ? signInFailureMessage(t, failure, now) : null;
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      className="signin-form"
      data-testid="signin-form"
      initialValues={{ badgeNo: initialBadge, pin: '' }}
      onFinish={(values) => void onFinish(values)}
      requiredMark={false}
    >
      <Form.Item
        name="badgeNo"
        label={t('signin.badge')}
        rules={[{ required: true, message: t('signin.badge.required') }]}
      >
        <Input
          data-testid="signin-badge"
          autoComplete="username"
          autoFocus={!initialBadge}
          inputMode="numeric"
          maxLength={12}
          onChange={() => setFailure(null)}
        />
      </Form.Item>
      <Form.Item
        name="pin"
        label={t('signin.pin')}
        validateStatus={message ? 'error' : undefined}
        help={
          message ? (
            <span role="alert" data-testid="signin-error" data-reason={failure?.reason}>
              {message}
            </span>
          ) : undefined
        }
        rules={[{ pattern: /^\d{6}$/, message: t('signin.pin.format') }]}
      >
        <Input.Password
          data-testid="signin-pin"
          autoComplete="current-password"
          autoFocus={Boolean(initialBadge)}
          inputMode="numeric"
          maxLength={6}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy} data-testid="signin-submit">
        {submitLabel}
      </Button>
    </Form>
  );
}
