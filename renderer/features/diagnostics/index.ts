/** The diagnostics feature's public face: the Settings section that exports the zip. */
export { DiagnosticsSection } from './DiagnosticsSection';
