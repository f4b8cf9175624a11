/** The sign-in feature's public face: other features meet it only through this file. */
export { SignInGate } from './SignInGate';
export { SignedInBar } from './SignedInBar';
export { changePinAtCentre, resetPinAtCentre, type CallOutcome } from './authRequests';
