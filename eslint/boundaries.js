/**
 * The renderer's inner boundaries, as `gridroom/…` lint rules (registered by layers.js):
 * - `feature-face`: a feature imports another feature only through its `index.ts`;
 * - `no-app-import`: only the entry point (renderer/app/, renderer/main.tsx) imports renderer/app/;
 * - `lower-layers`: shared/, station/, map/, export/, sync/ and the other non-feature folders of
 *   the renderer import no feature;
 * - `no-feature-cycles`: no import loop between features (checked over the whole feature graph);
 * - `no-deep-relative`: no `../../../` imports — reach other folders with a `#folder/…` alias.
 */
import fs from 'node:fs';
import path from 'node:path';
import { importVisitors, relativeToRoot, resolveSpecifier } from './resolve.js';

/** Renderer folders below the features: they may not import any feature. */
export const LOWER_LAYERS = ['shared', 'station', 'map', 'export', 'sync', 'db', 'i18n', 'theme', 'charts'];

const schema = [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }];

/** Feature name of a root-relative path inside renderer/features/<name>/, else null. */
export function featureOf(rel) {
  const m = /^renderer\/features\/([^/]+)(\/|$)/.exec(rel);
  return m ? m[1] : null;
}

/** Whether `rel` is the feature's public face: the folder itself or its index file. */
function isFace(rel, feature) {
  const rest = rel.slice(`renderer/features/${feature}`.length);
  return rest === '' || rest === '/' || /^\/index(\.tsx?)?$/.test(rest);
}

/**
 * Builds a rule: `visit(ctx)` receives the file's root-relative path and returns a check
 * `(targetRel, specifier, node) => void`, or null when the rule does not apply to the file.
 */
function importRule(description, messages, visit) {
  return {
    meta: { type: 'problem', docs: { description }, schema, messages },
    create(context) {
      const root = path.resolve(context.options[0]?.root ?? context.cwd);
      const filename = context.filename;
      if (!path.isAbsolute(filename)) return {};
      const fileRel = relativeToRoot(root, filename);
      if (fileRel === null) return {};
      const check = visit({ context, root, fileRel });
      if (check === null) return {};
      return importVisitors((node, specifier) => {
        if (typeof specifier !== 'string') return;
        const abs = resolveSpecifier(root, filename, specifier);
        const targetRel = abs === null ? null : relativeToRoot(root, abs);
        check(targetRel, specifier, node);
      });
    },
  };
}

const featureFace = importRule(
  'A feature imports another feature only through its index.ts',
  {
    deep: "gridroom/feature-face: features/{{from}}/ may import features/{{to}}/ only through its index.ts, not '{{specifier}}'.",
  },
  ({ context, fileRel }) => {
    const from = featureOf(fileRel);
    if (from === null) return null;
    return (targetRel, specifier, node) => {
      const to = targetRel === null ? null : featureOf(targetRel);
      if (to === null || to === from || isFace(targetRel, to)) return;
      context.report({ node, messageId: 'deep', data: { from, to, specifier } });
    };
  },
);

const noAppImport = importRule(
  'Only the entry point imports renderer/app/',
  {
    app: "gridroom/no-app-import: renderer/app/ is the entry point; '{{specifier}}' from {{file}} reaches it. Shared code lives in renderer/shared/.",
  },
  ({ context, fileRel }) => {
    if (
      !fileRel.startsWith('renderer/') ||
      fileRel.startsWith('renderer/app/') ||
      fileRel === 'renderer/main.tsx'
    ) {
      return null;
    }
    return (targetRel, specifier, node) => {
      if (targetRel === 'renderer/app' || targetRel?.startsWith('renderer/app/')) {
        context.report({ node, messageId: 'app', data: { specifier, file: fileRel } });
      }
    };
  },
);

const lowerLayers = importRule(
  'Renderer folders below the features import no feature',
  {
    feature:
      "gridroom/lower-layers: renderer/{{layer}}/ sits below the features and may not import '{{specifier}}'.",
  },
  ({ context, fileRel }) => {
    const [top, layer] = fileRel.split('/');
    if (top !== 'renderer' || !LOWER_LAYERS.includes(layer)) return null;
    return (targetRel, specifier, node) => {
      if (targetRel !== null && featureOf(targetRel) !== null) {
        context.report({ node, messageId: 'feature', data: { layer, specifier } });
      }
    };
  },
);

const noDeepRelative = importRule(
  'No ../../../ imports: use a #folder/… alias',
  {
    deep: "gridroom/no-deep-relative: '{{specifier}}' climbs three or more folders; import it as '#{{alias}}'.",
  },
  ({ context }) =>
    (targetRel, specifier, node) => {
      if (!/^(\.\.\/){3,}/.test(specifier)) return;
      context.report({ node, messageId: 'deep', data: { specifier, alias: targetRel ?? '…' } });
    },
);

// ---- the feature graph, for no-feature-cycles ------------------------------------------------

const SPECIFIER = /(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g;
const graphs = new Map();

/** Every file under dir with a .ts/.tsx name. */
function sourceFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** feature → Set of features it imports, read from renderer/features/ under root. */
export function featureGraph(root) {
  const graph = new Map();
  for (const file of sourceFiles(path.join(root, 'renderer', 'features'))) {
    const from = featureOf(relativeToRoot(root, file) ?? '');
    if (from === null) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    for (const [, specifier] of fs.readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const abs = resolveSpecifier(root, file, specifier);
      const to = abs === null ? null : featureOf(relativeToRoot(root, abs) ?? '');
      if (to !== null && to !== from) graph.get(from).add(to);
    }
  }
  return graph;
}

/** A path start → … → goal through the graph, or null. */
export function findPath(graph, start, goal) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    if (node === goal) {
      const route = [];
      for (let n = goal; n !== null; n = previous.get(n)) route.unshift(n);
      return route;
    }
    for (const next of graph.get(node) ?? []) {
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return null;
}

const noFeatureCycles = importRule(
  'No import loops between features',
  {
    loop: 'gridroom/no-feature-cycles: features/{{from}}/ imports features/{{to}}/, which leads back: {{route}}. Move the shared piece down (shared/, station/, map/, export/).',
  },
  ({ context, root, fileRel }) => {
    const from = featureOf(fileRel);
    if (from === null) return null;
    // Built once per lint run and root; the files on disk are the graph's truth.
    if (!graphs.has(root)) graphs.set(root, featureGraph(root));
    const graph = graphs.get(root);
    return (targetRel, specifier, node) => {
      const to = targetRel === null ? null : featureOf(targetRel);
      if (to === null || to === from) return;
      const back = findPath(graph, to, from);
      if (back === null) return;
      context.report({ node, messageId: 'loop', data: { from, to, route: [from, ...back].join(' → ') } });
    };
  },
);

/** Forget cached feature graphs (tests that rewrite files between lint runs). */
export function clearFeatureGraphs() {
  graphs.clear();
}

export const boundaryRules = {
  'feature-face': featureFace,
  'no-app-import': noAppImport,
  'lower-layers': lowerLayers,
  'no-feature-cycles': noFeatureCycles,
  'no-deep-relative': noDeepRelative,
};
