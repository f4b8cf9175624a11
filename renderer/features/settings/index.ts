/** The settings feature's public face: other features meet it only through this file. */
export { briefingSettingsFormSchema, type BriefingSettings } from './briefingSettings';
