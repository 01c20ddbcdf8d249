import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ZH_LINES = [
  '华为昇腾910C与英伟达H20在推理任务上的差距正在缩小。',
  '据报道，寒武纪思元590已进入多家云厂商的采购名单。',
  '网信办约谈英伟达，要求说明H20是否存在后门风险。',
  '海光DCU和昆仑芯P800也被列入国产替代方案。',
];
const FILLER = 'Analysts compared supply chains, data-centre budgets and the outlook for inference demand next year. ';

/** A deterministic pseudo-random sequence, so every run of the bench scans the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Writes a corpus of `totalBytes` (UTF-8) in many files of 20–180 KB across nested folders: lines of the
 * fixture article, Chinese news lines and filler, as an analyst's archive would mix them.
 */
export function generateCorpus(root: string, totalBytes: number, article: string): { files: number; bytes: number } {
  const next = random(42);
  const articleLines = article.split('\n').filter(Boolean);
  let bytes = 0;
  let files = 0;
  while (bytes < totalBytes) {
    const target = Math.min(totalBytes - bytes, 20_000 + Math.floor(next() * 160_000));
    const parts: string[] = [];
    let size = 0;
    while (size < target) {
      const pick = next();
      const line =
        pick < 0.5
          ? (articleLines[Math.floor(next() * articleLines.length)] ?? '')
          : pick < 0.6
            ? (ZH_LINES[Math.floor(next() * ZH_LINES.length)] ?? '')
            : FILLER.repeat(1 + Math.floor(next() * 4));
      parts.push(line);
      size += Buffer.byteLength(line) + 1;
    }
    const folder = join(root, `year-${2020 + (files % 6)}`, `month-${1 + (files % 12)}`);
    mkdirSync(folder, { recursive: true });
    const text = `${parts.join('\n')}\n`;
    writeFileSync(join(folder, `article-${files}.md`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  return { files, bytes };
}

export function readFixtureArticle(): string {
  return readFileSync(new URL('../test/fixtures/china-ai-chips-article.txt', import.meta.url), 'utf8');
}
