/**
 * Types of eslint/boundaries.js, so TypeScript tests can import its helpers under `strict`
 * without allowJs.
 */
import type { Rule } from 'eslint';

export declare const LOWER_LAYERS: readonly string[];
export declare function featureOf(rel: string): string | null;
export declare function featureGraph(root: string): Map<string, Set<string>>;
export declare function findPath(
  graph: Map<string, Set<string>>,
  start: string,
  goal: string,
): string[] | null;
export declare function clearFeatureGraphs(): void;
export declare const boundaryRules: Record<string, Rule.RuleModule>;
