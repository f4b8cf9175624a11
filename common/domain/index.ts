/** Public face of the domain rules: pure functions over the schemas' types. Import from `common/domain`. */
export * from './time';
export * from './residentId';
export * from './oneGridOneOfficer';
export * from './coverage';
export * from './controlLevelAt';
export * from './levelTimeline';
export * from './rosterGaps';
export * from './passRules';
export * from './handoverDraft';
export * from './passFusion';
