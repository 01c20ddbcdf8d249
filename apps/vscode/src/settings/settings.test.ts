import { describe, expect, it } from 'vitest';
import type { WorkspaceConfiguration } from 'vscode';
import { DEFAULT_SETTINGS, readSettings } from './settings';

const configuration = (values: Record<string, unknown>) =>
  ({ get: (key: string) => values[key] }) as unknown as WorkspaceConfiguration;

describe('readSettings()', () => {
  it('reads every setting, with the file size in bytes', () => {
    const settings = readSettings(
      configuration({
        languages: ['markdown', 'latex'],
        'decorations.enabled': false,
        'decorations.style': 'solid',
        maxFileSize: 100,
        showChineseNames: false,
        skipCodeBlocks: false,
        datasetPath: ' ./data.json ',
        'factCheck.enabled': false,
        'factCheck.showUnverifiable': true,
      }),
    );
    expect(settings).toEqual({
      languages: ['markdown', 'latex'],
      decorationsEnabled: false,
      decorationStyle: 'solid',
      maxFileSize: 102_400,
      showChineseNames: false,
      skipCodeBlocks: false,
      datasetPath: './data.json',
      factCheckEnabled: false,
      factCheckShowUnverifiable: true,
    });
  });

  it('falls back to the defaults for missing or mistyped values', () => {
    expect(readSettings(configuration({}))).toEqual(DEFAULT_SETTINGS);
    expect(
      readSettings(
        configuration({
          'decorations.style': 'wavy',
          maxFileSize: -1,
          languages: 'markdown',
          'factCheck.enabled': 'no',
          'factCheck.showUnverifiable': 1,
        }),
      ),
    ).toEqual(DEFAULT_SETTINGS);
  });
});
