import { embeddedDataset } from '../src/data/_generated/embedded-dataset';
import { listScanEntries } from '../src/data/scan-entries';
import { compileMatcher } from '../src/scanner/compile-matcher';
import { generateCorpus } from './_corpus';
const entries = listScanEntries(embeddedDataset);
const m = compileMatcher(entries);
const corpus = generateCorpus(entries, 5_200_000);
for (let i = 0; i < 5; i++) { const t = performance.now(); m.scan(corpus); console.log(performance.now() - t); }
