// The writer's workspace: the fixture article, English and Chinese notes, and a file over the size limit.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeWorkspace(dir, root) {
  mkdirSync(dir, { recursive: true });
  copyFileSync(
    join(root, 'packages/core/test/fixtures/china-ai-chips-article.txt'),
    join(dir, 'china-ai-chips-article.txt'),
  );
  writeFileSync(
    join(dir, 'chips.md'),
    [
      '# Notes on the H20',
      '',
      "NVIDIA's H20 ships with 96 GB of HBM3 and was cut to fit the 2023 rules.",
      '',
      'Huawei offers the Ascend 910C and Cambricon the MLU590 as domestic alternatives.',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'zh.md'),
    [
      '# 国产芯片替代',
      '',
      '据报道，监管部门约谈英伟达，要求说明H20芯片的安全风险。多家互联网公司转而测试华为昇腾910B和寒武纪的思元590。',
      '',
      '深度求索推迟了新模型的发布。',
      '',
    ].join('\n'),
  );
  // Over the default 512 KB limit, with mentions throughout.
  const line = 'NVIDIA and Huawei compete on the H20 and the Ascend 910C in this generated paragraph of filler text.\n';
  writeFileSync(join(dir, 'large.md'), line.repeat(Math.ceil((700 * 1024) / line.length)));
  return dir;
}
