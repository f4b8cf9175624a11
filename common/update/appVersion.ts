/**
 * The app's own version, from package.json (the one electron-builder stamps on the installer):
 * sent as APP_VERSION_HEADER on every request to the centre, so the chief's device screen shows
 * what each workstation runs. A named JSON import, so a bundle carries only this field.
 */
import { version } from '../../package.json';

export const APP_VERSION: string = version;
