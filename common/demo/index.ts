/** Public face of the demo-data generator: import from `common/demo`. */
export { generateDemoData, DEFAULT_DEMO_SEED, GRID_LOAD_LIMIT, type DemoDataset, type DemoOptions } from './generate';
export { demoSizes, type DemoSize, type DemoSizeSpec } from './sizes';
export { DEMO_PIN } from './demoPin';
export { xiamenDistricts } from './districtOutlines';
export type { DistrictOutline } from './districtTypes';
export { createRng, type Rng } from './prng';
