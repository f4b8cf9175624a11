/**
 * The handover feature's public face 交接班: the title bar's 交班 button and signing prompt, and
 * the hook the sign-in gate calls when another officer signs in over a session (a handover
 * without 交班: the outgoing shift's sheet is drafted then). The screens (draft, list, print)
 * are loaded by the app's routes from their own modules.
 */
export { HandoverTitleBar } from './HandoverTitleBar';
export { draftOnSignIn } from './handoverWrites';
