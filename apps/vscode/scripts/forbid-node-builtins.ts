import { builtinModules } from 'node:module';
import type { Plugin } from 'esbuild';

const BUILTINS = new Set(builtinModules);

/** Whether an import names a Node builtin: `node:fs`, `fs`, `fs/promises`. */
export function isNodeBuiltin(path: string): boolean {
  return path.startsWith('node:') || BUILTINS.has(path) || BUILTINS.has(path.split('/')[0] ?? '');
}

/**
 * Fails a browser build when a Node builtin is imported by our own code, or survives tree-shaking from a
 * dependency (dependencies may hold Node-only paths the browser entry never reaches).
 */
export function forbidNodeBuiltins(): Plugin {
  return {
    name: 'forbid-node-builtins',
    setup(build) {
      build.initialOptions.metafile = true;
      build.onResolve({ filter: /.*/ }, (args) => {
        if (!isNodeBuiltin(args.path)) return undefined;
        if (!args.importer.includes('node_modules') && !args.importer.includes('/packages/')) {
          return { errors: [{ text: `Node builtin "${args.path}" imported on the browser path by ${args.importer}` }] };
        }
        return { path: args.path, external: true };
      });
      build.onEnd((result) => {
        for (const [file, output] of Object.entries(result.metafile?.outputs ?? {})) {
          for (const imported of output.imports) {
            if (!isNodeBuiltin(imported.path)) continue;
            result.errors.push({
              id: 'node-builtin',
              pluginName: 'forbid-node-builtins',
              text: `${file} imports the Node builtin "${imported.path}" (${imported.kind}); the browser bundle must not`,
              location: null,
              notes: [],
              detail: undefined,
            });
          }
        }
      });
    },
  };
}
