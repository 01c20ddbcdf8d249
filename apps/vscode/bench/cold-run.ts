// One cold activation in a fresh plain-Node process (bundled by the benchmark): argv[2] is the extension
// bundle, argv[3] the number of mentions in the generated document.
import { createRequire } from 'node:module';
import { generateDocument } from './generate-document';
import { activateOnce, type Extension, useFakeVscode } from './measure-activation';

async function coldRun(bundle: string, mentionCount: number): Promise<void> {
  const text = generateDocument();
  useFakeVscode();
  const start = performance.now();
  const extension = createRequire(__filename)(bundle) as Extension;
  const loadMs = performance.now() - start;
  const { activateMs, firstDecorationsMs, allDecorationsMs, dispose } = await activateOnce(
    extension,
    text,
    mentionCount,
  );
  console.log(JSON.stringify({ loadMs, activateMs, firstDecorationsMs, allDecorationsMs }));
  dispose();
}

coldRun(process.argv[2]!, Number(process.argv[3])).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
