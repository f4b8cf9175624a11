/** The sign-in feature's public face: other features meet it only through this file. */
export { useOfficerSession, OfficerSessionContext, type OfficerSession } from './officerSession';
