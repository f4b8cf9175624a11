/** The sync feature's public face: other features meet it only through this file. */
export { useSync } from './SyncContext';
export { EnrolSection } from './EnrolSection';
