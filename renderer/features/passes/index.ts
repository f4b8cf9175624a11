/**
 * Public face of the pass review feature 通行证审核 (docs/architecture.md §9): the screen, and
 * the pending count other screens (the duty handover's "pending pass reviews") may show.
 */
export { PassesScreen } from './PassesScreen';
export { countPending as queryPendingPassCount } from './passQueries';
export { usePendingCount as usePendingPassCount } from './usePasses';
