import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS, CONTEXT_KEYS, VIEW_CONTAINER, VIEWS } from '../src/contribution-ids';
import { DEFAULT_SETTINGS } from '../src/settings/settings';
import { activateForTest } from './activate-for-test';
import { vscodeMock } from './vscode-mock';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const contributes = manifest.contributes;

describe('package.json', () => {
  it('activates on its languages, views and commands only, never on "*"', () => {
    const events: string[] = manifest.activationEvents;
    expect(events).not.toContain('*');
    expect(events.filter((event) => event.startsWith('onLanguage:'))).toEqual([
      'onLanguage:markdown',
      'onLanguage:plaintext',
    ]);
    for (const view of Object.values(VIEWS)) expect(events).toContain(`onView:${view}`);
    for (const command of Object.values(COMMANDS).filter((id) => id !== COMMANDS.revealOccurrence)) {
      expect(events).toContain(`onCommand:${command}`);
    }
  });

  it('contributes exactly the commands the extension registers, all under "AI Chips"', () => {
    vscodeMock.reset();
    const activation = activateForTest();
    const registered = [...vscodeMock.state.commands.keys()].sort();
    activation.dispose();
    const contributed = contributes.commands.map((command: { command: string }) => command.command).sort();
    expect(registered).toEqual(Object.values(COMMANDS).sort());
    expect(contributed).toEqual(registered);
    expect(new Set(contributes.commands.map((command: { category: string }) => command.category))).toEqual(
      new Set(['AI Chips']),
    );
  });

  it('puts the three views in the "AI Chips" activity-bar container with an SVG icon', () => {
    expect(contributes.viewsContainers.activitybar).toEqual([
      { id: VIEW_CONTAINER, title: 'AI Chips', icon: 'media/aichips.svg' },
    ]);
    expect(contributes.views[VIEW_CONTAINER].map((view: { id: string; name: string }) => [view.id, view.name])).toEqual(
      [
        [VIEWS.documentEntities, 'In this document'],
        [VIEWS.catalog, 'Catalog'],
        [VIEWS.timeline, 'Timeline'],
      ],
    );
  });

  it('offers Show details, Compare chips and Insert citation in the editor context menu', () => {
    const menu = contributes.menus['editor/context'].map((entry: { command: string; when: string }) => entry.command);
    expect(menu).toEqual([COMMANDS.showDetails, COMMANDS.compareChips, COMMANDS.insertCitation]);
    for (const entry of contributes.menus['editor/context']) expect(entry.when).toContain(CONTEXT_KEYS.active);
  });

  it('declares every setting the extension reads, namespaced aichips.', () => {
    const declared = Object.keys(contributes.configuration.properties).sort();
    expect(declared).toEqual(
      [
        'aichips.datasetPath',
        'aichips.decorations.enabled',
        'aichips.decorations.style',
        'aichips.factCheck.enabled',
        'aichips.factCheck.showUnverifiable',
        'aichips.languages',
        'aichips.maxFileSize',
        'aichips.showChineseNames',
        'aichips.skipCodeBlocks',
      ].sort(),
    );
    expect(contributes.configuration.properties['aichips.maxFileSize'].default * 1024).toBe(
      DEFAULT_SETTINGS.maxFileSize,
    );
    expect(contributes.configuration.properties['aichips.languages'].default).toEqual(DEFAULT_SETTINGS.languages);
    expect(contributes.configuration.properties['aichips.factCheck.enabled'].default).toBe(
      DEFAULT_SETTINGS.factCheckEnabled,
    );
    expect(contributes.configuration.properties['aichips.factCheck.showUnverifiable'].default).toBe(
      DEFAULT_SETTINGS.factCheckShowUnverifiable,
    );
  });

  it('restricts the dataset path in untrusted workspaces and declares virtual-workspace support', () => {
    expect(manifest.capabilities.untrustedWorkspaces).toMatchObject({
      supported: 'limited',
      restrictedConfigurations: ['aichips.datasetPath'],
    });
    expect(manifest.capabilities.virtualWorkspaces.supported).toBe('limited');
  });

  it('contributes one themable underline colour per decorated kind', () => {
    expect(contributes.colors.map((color: { id: string }) => color.id)).toEqual([
      'aichips.chipUnderline',
      'aichips.organizationUnderline',
      'aichips.personUnderline',
      'aichips.modelUnderline',
      'aichips.regulationUnderline',
    ]);
  });

  it('points main and browser at the two bundles', () => {
    expect(manifest).toMatchObject({
      name: 'aichips-vscode',
      publisher: 'aichips',
      displayName: 'AI Chip Atlas',
      private: true,
      main: './dist/node/extension.js',
      browser: './dist/web/extension.js',
      engines: { vscode: '^1.90.0' },
    });
  });
});
