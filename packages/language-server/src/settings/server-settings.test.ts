import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVER_SETTINGS, diffServerSettings, readServerSettings } from './server-settings';

describe('readServerSettings()', () => {
  it('reads the aichips section nested as Neovim, Helix and Zed send it', () => {
    const settings = readServerSettings({
      aichips: { languages: ['markdown'], kinds: ['chip', 'bogus'], maxFileSize: 64, factCheck: { enabled: false } },
    });
    expect(settings).toEqual({
      ...DEFAULT_SERVER_SETTINGS,
      languages: ['markdown'],
      kinds: ['chip'],
      maxFileSize: 64 * 1024,
      factCheckEnabled: false,
    });
  });

  it('reads dotted keys as VS Code writes them, and the section without its name', () => {
    const settings = readServerSettings({ 'factCheck.showUnverifiable': true, datasetPath: '  ~/data.json ' });
    expect(settings.factCheckShowUnverifiable).toBe(true);
    expect(settings.datasetPath).toBe('~/data.json');
  });

  it('falls back to the defaults for missing values and values of the wrong type', () => {
    expect(readServerSettings(null)).toEqual(DEFAULT_SERVER_SETTINGS);
    expect(readServerSettings({ aichips: { maxFileSize: -1, languages: 'markdown', skipCodeBlocks: 'yes' } })).toEqual(
      DEFAULT_SERVER_SETTINGS,
    );
  });
});

describe('diffServerSettings()', () => {
  it('names the fields that changed', () => {
    const after = readServerSettings({ languages: ['markdown'], datasetPath: 'x.json' });
    expect([...diffServerSettings(DEFAULT_SERVER_SETTINGS, after)].sort()).toEqual(['datasetPath', 'languages']);
  });
});
