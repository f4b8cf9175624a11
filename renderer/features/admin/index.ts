/** The chief's admin feature's public face: other features meet it only through this file. */
export { useCentreClient } from './useCentreClient';
export { centreErrorText } from './centreErrorText';
