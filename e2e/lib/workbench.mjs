// What a writer does in the workbench, as Playwright steps. Every wait is on a selector or a state.

export async function waitForWorkbench(page) {
  await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
  await page.waitForSelector('.statusbar', { timeout: 30_000 });
}

/** Opens a workspace file from the Explorer and waits for its language in the status bar. */
export async function openFile(page, name, language) {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  // The activity-bar button toggles: click only while the row is hidden, and look again after each click.
  for (let attempt = 0; attempt < 4 && !(await row.isVisible().catch(() => false)); attempt++) {
    // force: the unsaved-files badge keeps the button from counting as stable.
    if (attempt > 0) await page.locator('.activitybar [aria-label^="Explorer"]').first().click({ force: true });
    await row.waitFor({ timeout: 3_000 }).catch(() => {});
  }
  await row.waitFor();
  await row.dblclick();
  await page.locator('.tab.active', { hasText: name }).waitFor();
  if (language)
    await page
      .locator('.statusbar-item', { hasText: new RegExp(`^${language}$`) })
      .first()
      .waitFor();
  await page.locator('.monaco-editor .view-lines').first().waitFor();
}

/**
 * Which of `names` carry one of our decorations in the visible editor. Monaco draws a border decoration
 * as an overlay box (`.cdr.ced-…`) behind the text, so a name counts when such a box covers it.
 */
export async function decoratedNames(page, names) {
  return page.evaluate((targets) => {
    const boxes = [...document.querySelectorAll('.monaco-editor .view-overlays [class*="ced-"]')]
      .map((element) => element.getBoundingClientRect())
      .filter((rect) => rect.width > 0);
    const covered = (rect) =>
      boxes.some((box) => {
        const width = Math.min(box.right, rect.right) - Math.max(box.left, rect.left);
        const height = Math.min(box.bottom, rect.bottom) - Math.max(box.top, rect.top);
        return width >= rect.width * 0.8 && height >= rect.height * 0.5;
      });
    const found = [];
    const walker = document.createTreeWalker(
      document.querySelector('.monaco-editor .view-lines'),
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Monaco renders spaces as no-break spaces; the replacement keeps offsets.
      const text = node.textContent.replace(/\u00a0/g, ' ');
      for (const target of targets) {
        for (let i = text.indexOf(target); i !== -1; i = text.indexOf(target, i + 1)) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + target.length);
          if ([...range.getClientRects()].some(covered) && !found.includes(target)) found.push(target);
        }
      }
    }
    return found;
  }, names);
}

/** Waits until every name is decorated somewhere in the visible editor. */
export async function waitForDecorations(page, names, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  let found = [];
  while (Date.now() < deadline) {
    found = await decoratedNames(page, names);
    if (found.length === names.length) return found;
    await page.waitForTimeout(200);
  }
  throw new Error(`no decoration on ${names.filter((n) => !found.includes(n)).join(', ')}`);
}

/** The pixel box of the first occurrence of `word` in the visible editor text. */
async function wordBox(page, word) {
  return page.evaluate((target) => {
    const walker = document.createTreeWalker(
      document.querySelector('.monaco-editor .view-lines'),
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent.replace(/\u00a0/g, ' ').indexOf(target);
      if (index === -1) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + target.length);
      const rect = range.getBoundingClientRect();
      if (rect.width > 0) return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }
    return null;
  }, word);
}

/** Hovers a word and returns the hover's text once it shows; retries the move a few times. */
export async function hoverWord(page, word, expectText) {
  for (let attempt = 0; attempt < 8; attempt++) {
    const box = await wordBox(page, word);
    if (!box) throw new Error(`"${word}" is not visible in the editor`);
    await page.mouse.move(box.x, box.y - 200);
    await page.mouse.move(box.x, box.y, { steps: 4 });
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: expectText }).first();
    try {
      await hover.waitFor({ state: 'visible', timeout: 3_000 });
      return {
        text: await hover.textContent(),
        links: await hover
          .locator('a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? a.getAttribute('data-href') ?? '')),
      };
    } catch {
      // the provider may not be registered yet on the first try
    }
  }
  throw new Error(`no hover containing ${expectText} over "${word}"`);
}

export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** Opens our activity-bar container and returns the rows of the view with this title. */
export async function openSidebarView(page, viewTitle) {
  const container = page.locator('.activitybar [aria-label^="AI Chips"]').first();
  const alreadyOpen = await page
    .locator('.pane-header', { hasText: viewTitle })
    .first()
    .isVisible()
    .catch(() => false);
  if (!alreadyOpen) await container.click();
  const header = page.locator('.pane-header', { hasText: viewTitle }).first();
  await header.waitFor();
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
  return header.locator('xpath=..').locator('.pane-body .monaco-list-row');
}

/** The first tree row naming `name`, after expanding the kind groups when they start collapsed. */
export async function waitForRow(rows, name) {
  await rows
    .filter({ hasText: name })
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(async () => {
      for (const group of await rows.all()) await group.click();
    });
  const row = rows.filter({ hasText: name }).first();
  await row.waitFor();
  return row;
}

export async function rowTexts(rows) {
  return rows.evaluateAll((elements) => elements.map((element) => element.textContent.replace(/\s+/g, ' ').trim()));
}

export async function cursorPosition(page) {
  const item = page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first();
  const text = await item.textContent();
  const [, line, column] = /Ln (\d+), Col (\d+)/.exec(text) ?? [];
  return { line: Number(line), column: Number(column) };
}

/** Scrolls the editor until `word` is on screen (Monaco only renders the visible lines). */
export async function scrollToWord(page, word) {
  const editor = page.locator('.monaco-editor .view-lines').first();
  for (let step = 0; step < 40; step++) {
    const visible = await page.evaluate(
      (target) =>
        (document.querySelector('.monaco-editor .view-lines')?.textContent ?? '')
          .replace(/\u00a0/g, ' ')
          .includes(target),
      word,
    );
    if (visible) return;
    await editor.hover();
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(50);
  }
  throw new Error(`"${word}" never came into view`);
}

/** The editor's visible text with whitespace removed (wrapping and no-break spaces vary). */
export async function compactEditorText(page) {
  return (await page.locator('.monaco-editor .view-lines').first().textContent()).replace(/\s+/g, '');
}
