/**
 * What the sign-in gate offers the frame around the screens: how the officer signed in
 * (online / offline / demo), the lock and sign-out actions for the title bar, and whether this
 * is a display device (nobody signs in; role `briefing`). Provided by SignInGate.
 */
import { createContext, useContext } from 'react';
import type { SignInMode } from '#renderer/db/officerRows';

export interface SignInControls {
  mode: SignInMode;
  lock(): void;
  signOut(): void;
}

export const SignInControlsContext = createContext<SignInControls | null>(null);
export const DisplayDeviceContext = createContext(false);

export function useSignInControls(): SignInControls | null {
  return useContext(SignInControlsContext);
}

/** True on a workstation enrolled as a display device (the briefing screen). */
export function useIsDisplayDevice(): boolean {
  return useContext(DisplayDeviceContext);
}
