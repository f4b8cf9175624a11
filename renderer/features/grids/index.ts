/** The grids feature's public face: other features meet it only through this file. */
export { LevelTimeSlider } from './LevelTimeSlider';
export { useGridsAsOf } from './useLevelsAsOf';
