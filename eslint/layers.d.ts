/**
 * Types of the local ESLint plugin in layers.js, so TypeScript tests can import it under
 * `strict` without allowJs.
 */
import type { ESLint } from 'eslint';

export declare const GUARDED: readonly string[];
export declare const LAYERS: Readonly<
  Record<string, { may: readonly string[]; typeOnly: readonly string[] }>
>;
declare const plugin: ESLint.Plugin;
export default plugin;
