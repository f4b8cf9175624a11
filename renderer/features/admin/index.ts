/** The chief's admin feature's public face: other features meet it only through this file. */
export { useCentreClient, type CentreClient } from './useCentreClient';
export { centreErrorText } from './centreErrorText';
