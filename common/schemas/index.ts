/** Public face of the domain schemas: import from `common/schemas`. */
export * from './base';
export * from './geometry';
export * from './station';
export * from './grid';
export * from './household';
export * from './sweep';
export * from './checkpoint';
export * from './incident';
export * from './testingSite';
export * from './volunteerTeam';
export * from './pass';
export * from './audit';
export * from './entities';
export * from './roles';
