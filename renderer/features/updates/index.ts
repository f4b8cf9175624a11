/** The updates feature's public face: settings → 版本, and the shell's bridge to main's updater. */
export { VersionSection } from './VersionSection';
export { UpdateBridge } from './UpdateBridge';
