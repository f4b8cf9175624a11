/**
 * No screen without a signed-in officer. Between the cache gate and the shell:
 * - a display device (enrolled as `display`) never asks for a PIN: it shows the briefing
 *   display, with role `briefing`, which may change nothing;
 * - nobody signed in → the sign-in screen (demo mode when not enrolled with any centre);
 * - signed in → the app, keyed by the officer, so a handover remounts it and the previous
 *   officer's half-typed forms are gone; locked → the lock overlay over the still-mounted app
 *   (same officer: the forms are as they were).
 * The truth is the `officerSession` meta row (live), so a reload stays signed in — and locked,
 * if it was — and every window of this workstation sees the same officer.
 */
import { Spin } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { stationSchema } from '#common/schemas/station';
import { useDb } from '#renderer/shared/DbContext';
import { signal } from '#renderer/shared/testBridge';
import { navigate, useHashRoute } from '#renderer/shared/useHashRoute';
import { officerSessionRowSchema } from '#renderer/db/officerRows';
import { credentialFromStorage } from '#renderer/sync/credentialVault';
import { useSyncConfig } from '#renderer/shared/useSyncConfig';
import type { GridroomDb } from '#renderer/db/database';
import { signOutAtCentre } from './authRequests';
import { LockOverlay } from './LockOverlay';
import { OfficerSessionContext, type OfficerSession } from '#renderer/shared/officerSession';
import {
  DisplayDeviceContext,
  SignInControlsContext,
  type SignInControls,
} from '#renderer/shared/signInContext';
import type { SignInSuccess } from './signInFlow';
import { SignInScreen } from './SignInScreen';
import './signin.css';
import { auditSignIn, clearOfficerSession, saveOfficerSession, setLocked } from './sessionStore';
import { useInactivityLock } from './useInactivityLock';

const DEFAULT_LOCK_MINUTES = 10;

function useSessionRow() {
  const db = useDb();
  return useLiveQuery(async () => {
    const parsed = officerSessionRowSchema.safeParse((await db.meta.get('officerSession'))?.value);
    return parsed.success ? parsed.data : null;
  }, [db]);
}

function useLockMinutes(): number {
  const db = useDb();
  return (
    useLiveQuery(async () => {
      const parsed = stationSchema.safeParse(await db.stations.toCollection().first());
      return parsed.success ? parsed.data.lockAfterMinutes : DEFAULT_LOCK_MINUTES;
    }, [db]) ?? DEFAULT_LOCK_MINUTES
  );
}

/** The stored token opened (unsealed); null while opening, when there is none, or when it can't be. */
function useOpenedToken(stored: string | null | undefined): string | null {
  const [opened, setOpened] = useState<{ stored: string; token: string | null } | null>(null);
  useEffect(() => {
    if (!stored) return;
    let gone = false;
    credentialFromStorage(stored).then(
      (token) => !gone && setOpened({ stored, token }),
      () => !gone && setOpened({ stored, token: null }),
    );
    return () => {
      gone = true;
    };
  }, [stored]);
  return stored && opened?.stored === stored ? opened.token : null;
}

function DisplayDevice({ children }: { children: ReactNode }) {
  const route = useHashRoute();
  useEffect(() => {
    if (route !== 'briefing') navigate('briefing');
  }, [route]);
  useEffect(() => signal('display-device'), []);
  return (
    <DisplayDeviceContext.Provider value>
      {route === 'briefing' ? children : null}
    </DisplayDeviceContext.Provider>
  );
}

/**
 * Called when another officer signs in over a session, before the session changes: the
 * outgoing officer and their shift's start (the session's sign-in time), and who signs in.
 */
export type HandoverHook = (
  db: GridroomDb,
  outgoing: { officerId: string; shiftStart: number },
  incoming: SignInSuccess['officer'],
) => Promise<unknown>;

export function SignInGate({ children, onHandover }: { children: ReactNode; onHandover?: HandoverHook }) {
  const db = useDb();
  const config = useSyncConfig();
  const row = useSessionRow();
  const token = useOpenedToken(row?.storedToken);
  const lockMinutes = useLockMinutes();

  const session = useMemo<OfficerSession | null>(
    () =>
      row
        ? {
            officerId: row.officer.id,
            name: row.officer.name,
            badgeNo: row.officer.badgeNo,
            access: row.officer.access,
            token,
            expiresAt: row.expiresAt,
          }
        : null,
    [row, token],
  );

  const lock = useCallback(() => {
    if (!row || row.locked) return;
    void setLocked(db, true).then(() => auditSignIn(db, 'lock', row.officer));
  }, [db, row]);

  const signOut = useCallback(() => {
    if (!row) return;
    void (async () => {
      if (token) await signOutAtCentre(db, token); // best effort: the session expires anyway
      await auditSignIn(db, 'sign-out', row.officer);
      await clearOfficerSession(db);
    })();
  }, [db, row, token]);

  /** A sign-in at the sign-in screen or the lock screen: unlock, handover or a fresh start. */
  const onSignedIn = useCallback(
    async (s: SignInSuccess) => {
      const previous = row?.officer ?? null;
      const sameOfficer = previous?.id === s.officer.id;
      // Unlocking offline keeps the centre session the officer already holds.
      const keepToken = sameOfficer && s.token === null && token !== null;
      if (previous && row && !sameOfficer && onHandover)
        await onHandover(db, { officerId: previous.id, shiftStart: row.signedInAt }, s.officer);
      await saveOfficerSession(
        db,
        {
          officer: s.officer,
          mode: keepToken ? (row?.mode ?? s.mode) : s.mode,
          expiresAt: keepToken ? (row?.expiresAt ?? null) : s.expiresAt,
          signedInAt: sameOfficer ? (row?.signedInAt ?? Date.now()) : Date.now(),
          locked: false,
        },
        keepToken ? token : s.token,
      );
      if (sameOfficer) return;
      if (previous) await auditSignIn(db, 'handover', s.officer, { before: previous, after: s.officer });
      await auditSignIn(db, 'sign-in', s.officer, {
        after: { name: s.officer.name, badgeNo: s.officer.badgeNo, access: s.officer.access, mode: s.mode },
      });
    },
    [db, row, token, onHandover],
  );

  const controls = useMemo<SignInControls | null>(
    () => (row ? { mode: row.mode, lock, signOut } : null),
    [row, lock, signOut],
  );

  // The briefing deck and the print page are windows of this workstation nobody types in: their
  // own idleness must not lock the workstation (the overlay still follows the shared lock).
  const route = useHashRoute();
  const inputWindow = route !== 'briefing' && route !== 'report-print';
  useInactivityLock(
    Boolean(row && !row.locked && inputWindow),
    lockMinutes,
    session?.token ? session.expiresAt : null,
    lock,
  );

  // A demo sign-in ends when the workstation enrols (the centre's data is not the demo's), and
  // a centre sign-in when the enrolment is gone: a session is only good where it was made.
  const stale = Boolean(row && config !== undefined && (row.mode === 'demo') !== (config === null));
  useEffect(() => {
    if (stale) void clearOfficerSession(db);
  }, [stale, db]);

  useEffect(() => {
    if (config === undefined || row === undefined) return;
    if (config?.kind === 'display') return;
    signal(row ? (row.locked ? 'locked' : 'signed-in') : 'signin-shown');
  }, [config, row]);

  if (config === undefined || row === undefined) return <Spin className="screen-loading" />;
  if (config?.kind === 'display') return <DisplayDevice>{children}</DisplayDevice>;
  if (!row || !session || !controls || stale)
    return <SignInScreen demo={config === null} onSignedIn={onSignedIn} />;

  return (
    <SignInControlsContext.Provider value={controls}>
      <OfficerSessionContext.Provider value={session}>
        <Fragment key={session.officerId}>{children}</Fragment>
      </OfficerSessionContext.Provider>
      {row.locked ? (
        <LockOverlay name={session.name} badgeNo={session.badgeNo} onSignedIn={onSignedIn} />
      ) : null}
    </SignInControlsContext.Provider>
  );
}
