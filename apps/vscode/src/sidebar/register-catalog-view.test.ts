import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activateForTest, type TestActivation } from '../../test/activate-for-test';
import { vscodeMock } from '../../test/vscode-mock';
import { COMMANDS, VIEWS } from '../contribution-ids';

let activation: TestActivation | undefined;

beforeEach(() => vscodeMock.reset());
afterEach(() => {
  activation?.dispose();
  activation = undefined;
});

describe('"Catalog" view', () => {
  it('lists countries, then people, models and regulations', async () => {
    activation = activateForTest();
    const top = await vscodeMock.renderTree(VIEWS.catalog);
    const labels = top.map((item) => item.label);
    expect(labels.slice(-3)).toEqual(['People', 'AI models', 'Regulations']);
    expect(labels).toContain('China');
    expect(labels).toContain('United States');
    const countries = labels.slice(0, -3);
    expect(countries).toEqual([...countries].sort((a, b) => a.localeCompare(b)));
  });

  it('nests organizations under their country and chips under their vendor, with counts', async () => {
    activation = activateForTest();
    const top = await vscodeMock.renderTree(VIEWS.catalog, 3);
    const china = top.find((item) => item.id === 'catalog:country:CN')!;
    const huawei = china.children!.find((item) => item.id === 'catalog:organization:huawei')!;
    expect(huawei.label).toBe('Huawei (华为)');
    expect(huawei.description).toBe(`${huawei.children!.length} chips`);
    expect(huawei.children!.map((item) => item.label)).toContain('Huawei Ascend 910C (昇腾910C)');
    expect(china.description).toBe(`${china.children!.length} organizations`);
    const nvidia = top
      .find((item) => item.id === 'catalog:country:US')!
      .children!.find((item) => item.id === 'catalog:organization:nvidia')!;
    expect(nvidia.children!.map((item) => item.label)).toContain('NVIDIA H20');
  });

  it('opens the details of the selected entry', async () => {
    activation = activateForTest();
    const top = await vscodeMock.renderTree(VIEWS.catalog, 2);
    const person = top.find((item) => item.label === 'People')!.children![0]!;
    expect(person.command).toMatchObject({ command: COMMANDS.showDetails, arguments: [expect.any(String)] });
    await vscodeMock.state.commands.get(person.command!.command)!(...person.command!.arguments!);
    expect(vscodeMock.state.webviewPanels).toHaveLength(1);
    expect(vscodeMock.state.webviewPanels[0]!.title).toBe(`AI Chips: ${person.label}`);
  });

  it('shows English names only when Chinese names are off', async () => {
    activation = activateForTest({ settings: { 'aichips.showChineseNames': false } });
    const top = await vscodeMock.renderTree(VIEWS.catalog, 2);
    const china = top.find((item) => item.id === 'catalog:country:CN')!;
    expect(china.children!.find((item) => item.id === 'catalog:organization:huawei')!.label).toBe('Huawei');
  });
});
