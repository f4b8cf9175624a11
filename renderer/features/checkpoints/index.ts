/** The checkpoints feature's public face: other features meet it only through this file. */
export { RosterGapsSummary } from './RosterGapsSummary';
