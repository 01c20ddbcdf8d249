// A 10,000-line Markdown draft about AI chips (under the 512 KB limit, so it is scanned in full): most lines
// name a chip, company, person or model.
const SENTENCES = [
  'NVIDIA shipped the H20 to buyers in China.',
  'Huawei answers with the Ascend 910C.',
  'Cambricon sells the MLU590 at home.',
  'DeepSeek trained on a mix of chips.',
  'Jensen Huang talked about demand.',
  'Advanced packaging stays tight this year.',
  'Bandwidth matters more than peak compute.',
  'Analysts expect prices to fall.',
  'The team compared costs per token.',
];

export function generateDocument(lines = 10_000): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    if (i % 50 === 0) out.push(`## Section ${i / 50 + 1}`);
    else out.push(SENTENCES[(i * 7) % SENTENCES.length]!);
  }
  return `${out.join('\n')}\n`;
}
