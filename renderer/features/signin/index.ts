/** The sign-in feature's public face: other features meet it only through this file. */
export { SignInGate, type HandoverHook } from './SignInGate';
export { SignedInBar } from './SignedInBar';
export { changePinAtCentre, resetPinAtCentre, type CallOutcome } from './authRequests';
export { verifyOfficerPin } from './verifyOfficerPin';
export { signInFailureMessage } from './signInMessage';
export type { SignInFailure, SignInResult } from './signInFlow';
