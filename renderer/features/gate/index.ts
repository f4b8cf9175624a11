/** The gate check feature's public face (卡口核验): the checkpoints screen shows its tab. */
export { GateTab } from './GateTab';
