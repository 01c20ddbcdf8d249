import { builtinModules } from 'node:module';
import type { Message, Plugin } from 'esbuild';

const BUILTINS = new Set(builtinModules);

/** Whether an import names a Node builtin: `node:fs`, `fs`, `fs/promises`. */
export function isNodeBuiltin(path: string): boolean {
  return path.startsWith('node:') || BUILTINS.has(path) || BUILTINS.has(path.split('/')[0] ?? '');
}

const isOwnSource = (file: string) => !file.includes('node_modules') && !file.startsWith('../');

const error = (text: string): Partial<Message> => ({ text, pluginName: 'forbid-node-builtins' });

/**
 * Fails a browser build when our own code imports a Node builtin, or when one survives tree-shaking from
 * a dependency (the SDK keeps Node-only paths the browser entry never reaches; those are dropped).
 */
export function forbidNodeBuiltins(): Plugin {
  return {
    name: 'forbid-node-builtins',
    setup(build) {
      build.initialOptions.metafile = true;
      // Left external so esbuild can tree-shake them away; whatever remains is reported below.
      build.onResolve({ filter: /.*/ }, (args) =>
        isNodeBuiltin(args.path) ? { path: args.path, external: true } : undefined,
      );
      build.onEnd((result) => {
        const errors: Partial<Message>[] = [];
        for (const [file, input] of Object.entries(result.metafile?.inputs ?? {})) {
          for (const imported of input.imports) {
            if (isOwnSource(file) && isNodeBuiltin(imported.original ?? imported.path)) {
              errors.push(
                error(`${file} imports the Node builtin "${imported.original ?? imported.path}" on the browser path`),
              );
            }
          }
        }
        for (const [file, output] of Object.entries(result.metafile?.outputs ?? {})) {
          for (const imported of output.imports) {
            if (isNodeBuiltin(imported.path)) {
              errors.push(
                error(
                  `${file} still imports the Node builtin "${imported.path}" (${imported.kind}) after tree-shaking`,
                ),
              );
            }
          }
        }
        return { errors };
      });
    },
  };
}
