// The eight things a writer does, each asserting what they would see. Each saves a screenshot.
import {
  compactEditorText,
  cursorPosition,
  decoratedNames,
  hoverWord,
  openFile,
  openSidebarView,
  rowTexts,
  runCommand,
  scrollToWord,
  waitForDecorations,
  waitForRow,
} from './lib/workbench.mjs';

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export const scenarios = [
  {
    name: '1-article-decorations',
    async run({ page }) {
      await openFile(page, 'china-ai-chips-article.txt', 'Plain Text');
      await waitForDecorations(page, ['NVIDIA', 'Huawei', 'Cambricon', 'Cyberspace Administration']);
      await scrollToWord(page, 'DeepSeek');
      await waitForDecorations(page, ['DeepSeek']);
      assert((await decoratedNames(page, ['##0'])).length === 0, 'the redaction ##0 must not be decorated');
    },
  },
  {
    name: '2-hover-chip',
    async run({ page }) {
      await openFile(page, 'chips.md', 'Markdown');
      await waitForDecorations(page, ['H20']);
      const hover = await hoverWord(page, 'H20', /3A090/);
      assert(hover.text.includes('NVIDIA'), `hover lacks the vendor: ${hover.text}`);
      assert(/\b96 GB\b/.test(hover.text), `hover lacks the memory figure with its unit: ${hover.text}`);
      assert(/3A090 \(Oct 2023 rule\)/.test(hover.text), 'hover lacks the export-control line');
      assert(
        hover.links.some((href) => href.startsWith('https://')),
        `hover has no source link: ${hover.links}`,
      );
    },
  },
  {
    name: '3-sidebar-document-entities',
    async run({ page }) {
      await openFile(page, 'china-ai-chips-article.txt', 'Plain Text');
      const rows = await openSidebarView(page, 'In this document');
      const nvidia = await waitForRow(rows, 'NVIDIA');
      const texts = await rowTexts(rows);
      assert(
        texts.some((t) => /NVIDIA.*\b8\b/.test(t)),
        `NVIDIA should show 8 mentions: ${JSON.stringify(texts)}`,
      );
      assert(
        texts.some((t) => /Huawei.*\b2\b/.test(t)),
        `Huawei should show 2 mentions: ${JSON.stringify(texts)}`,
      );
      assert(
        texts.some((t) => /Cambricon.*\b2\b/.test(t)),
        `Cambricon should show 2 mentions: ${JSON.stringify(texts)}`,
      );
      await nvidia.click();
      const occurrence = rows.filter({ hasText: /Line 6|:6\b|line 6/i }).first();
      if (!(await occurrence.isVisible().catch(() => false))) await page.keyboard.press('ArrowRight');
      await occurrence.waitFor();
      await occurrence.click();
      await page.waitForFunction(() => /Ln 6, Col \d+/.test(document.querySelector('.statusbar')?.textContent ?? ''));
      const position = await cursorPosition(page);
      assert(position.line === 6, `cursor should be on line 6, is on ${position.line}`);
    },
  },
  {
    name: '4-type-new-chip',
    async run({ page }) {
      await openFile(page, 'chips.md', 'Markdown');
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type('\nIntel also sells the Gaudi 3 here.');
      await waitForDecorations(page, ['Gaudi 3']);
      const rows = await openSidebarView(page, 'In this document');
      await rows
        .filter({ hasText: 'Gaudi 3' })
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(async () => {
          for (const group of await rows.all())
            if (/^(AI accelerator|Chip)/i.test(await group.textContent())) await group.click();
          await rows.filter({ hasText: 'Gaudi 3' }).first().waitFor({ timeout: 5_000 });
        });
      assert(await page.locator('.tab.active.dirty').isVisible(), 'the document should still be unsaved');
    },
  },
  {
    name: '5-compare-chips',
    async run({ page }) {
      await runCommand(page, 'AI Chips: Compare chips');
      const input = page.locator('.quick-input-widget input');
      for (const chip of ['NVIDIA H20', 'Huawei Ascend 910C']) {
        await input.fill(chip);
        const row = page.locator('.quick-input-list .monaco-list-row', { hasText: chip }).first();
        await row.waitFor();
        await row.locator('.quick-input-list-checkbox, input[type="checkbox"], .monaco-checkbox').first().click();
      }
      await input.fill('');
      await page.keyboard.press('Enter');
      const tab = page.locator('.tab', { hasText: /Compar/ }).first();
      await tab.waitFor({ timeout: 15_000 });
      const frame = page.frameLocator('iframe.webview').frameLocator('iframe').first();
      await frame.locator('body', { hasText: 'H20' }).waitFor({ timeout: 15_000 });
      const body = await frame.locator('body').textContent();
      assert(body.includes('Ascend 910C'), 'the comparison should list both chips');
    },
  },
  {
    name: '6-insert-citation',
    async run({ page }) {
      await openFile(page, 'chips.md', 'Markdown');
      const before = await compactEditorText(page);
      const box = await page.evaluate(() => {
        const walker = document.createTreeWalker(
          document.querySelector('.monaco-editor .view-lines'),
          NodeFilter.SHOW_TEXT,
        );
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const i = node.textContent.indexOf('H20');
          if (i === -1) continue;
          const range = document.createRange();
          range.setStart(node, i + 1);
          range.setEnd(node, i + 2);
          const r = range.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }
        return null;
      });
      assert(box, 'H20 is not visible');
      await page.mouse.click(box.x, box.y);
      await runCommand(page, 'AI Chips: Insert citation');
      const footnote = /\[\^[^\]]+\]:[\s\S]*https:\/\//;
      await page.waitForFunction(
        (pattern) => new RegExp(pattern).test(document.querySelector('.monaco-editor .view-lines')?.textContent ?? ''),
        footnote.source,
        { timeout: 10_000 },
      );
      await page.keyboard.press('Control+Z');
      await page.waitForFunction(
        (text) =>
          (document.querySelector('.monaco-editor .view-lines')?.textContent ?? '').replace(/\s+/g, '') === text,
        before,
        { timeout: 10_000 },
      );
    },
  },
  {
    name: '7-chinese-document',
    async run({ page }) {
      await openFile(page, 'zh.md', 'Markdown');
      await waitForDecorations(page, ['英伟达', '昇腾910B']);
      const hover = await hoverWord(page, '昇腾910B', /Ascend 910B/);
      assert(hover.text.includes('Huawei'), `hover should name the vendor: ${hover.text}`);
    },
  },
  {
    name: '8-large-file',
    async run({ page }) {
      await openFile(page, 'large.md', 'Markdown');
      await page
        .locator('.statusbar-item', { hasText: /limited/i })
        .first()
        .waitFor({ timeout: 15_000 });
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+Home');
      const started = Date.now();
      await page.keyboard.type('Z');
      await page.waitForFunction(
        () => (document.querySelector('.monaco-editor .view-lines')?.textContent ?? '').startsWith('Z'),
        null,
        { timeout: 5_000 },
      );
      const echoMs = Date.now() - started;
      assert(echoMs < 1_000, `typing took ${echoMs} ms to echo`);
    },
  },
];
