import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTreeAtRef } from '../scripts/git';
import { compareLocations, loadDatasetState, resolveLocation } from '../scripts/load-dataset-state';
import { assembleDataset } from '../src/data/assemble-dataset';
import { createTempRepo, fixtureContent, useFixtureData } from './dataset-fixtures';

describe('data:diff between git refs', () => {
  const repo = createTempRepo();
  afterAll(() => rmSync(repo.root, { recursive: true, force: true }));
  useFixtureData(repo, 'before');
  repo.git('add', '-A');
  repo.git('commit', '--quiet', '-m', 'before');
  repo.git('tag', 'v1');
  useFixtureData(repo, 'after');
  writeFileSync(join(repo.coreRoot, 'data/chip/acme-x4.json'), '{ "id": "acme-x4", "name": "Acme X4", ');
  repo.git('add', '-A');
  repo.git('commit', '--quiet', '-m', 'after, with one broken file');
  useFixtureData(repo, 'after');

  it('reads every file of a folder at a ref in one go', () => {
    const files = readTreeAtRef(repo.root, 'v1', 'packages/core/data');
    expect([...files.keys()].sort()).toEqual([
      'chip/acme-x1.json',
      'chip/acme-x2.json',
      'chip/acme-x3.json',
      'organization/acme.json',
      'source/acme-datasheet.json',
      'source/press-report.json',
    ]);
    expect(JSON.parse(files.get('chip/acme-x2.json') as string).name).toBe('Acme X2');
  });

  it('validates a ref with the same code as data:check, naming the ref and file of each problem', () => {
    const state = loadDatasetState({ type: 'ref', ref: 'HEAD' }, repo);
    expect(state.issues[0]?.location).toBe('HEAD:data/chip/acme-x4.json');
    expect(state.issues[0]?.message).toMatch(/^not well-formed JSON/);
    expect(() => compareLocations(repo, { type: 'ref', ref: 'v1' }, { type: 'ref', ref: 'HEAD' })).toThrow(
      /^HEAD does not validate \(1 problem\(s\)\):\n {2}HEAD:data\/chip\/acme-x4\.json: not well-formed JSON/,
    );
  });

  it('compares a ref with the working tree, with versions and schemas from the ref', () => {
    const diff = compareLocations(repo, resolveLocation('v1', repo, repo.root), { type: 'working-tree' });
    expect(diff.from).toEqual({ label: 'v1', datasetVersion: '1.0.0', schemaVersion: '1.0.0' });
    expect(diff.to.label).toBe('working tree');
    expect(diff.schema).toEqual([]);
    expect(diff.added.map((entity) => entity.id)).toEqual(['acme-x4', 'acme-datasheet-2025']);
    expect(diff.bump.level).toBe('major');
  });

  it('finds a schema change between the schema files of a ref and the current code', () => {
    const schemaPath = join(repo.coreRoot, 'schema/chip.schema.json');
    const schema = JSON.parse(readTreeAtRef(repo.root, 'v1', 'packages/core/schema').get('chip.schema.json') as string);
    schema.properties.tdp = { type: 'number' };
    writeFileSync(schemaPath, JSON.stringify(schema));
    repo.git('commit', '--quiet', '-am', 'a chip field the code does not have');
    const diff = compareLocations(repo, { type: 'ref', ref: 'HEAD' }, { type: 'working-tree' });
    expect(diff.schema).toEqual([{ kind: 'chip', path: 'tdp', detail: 'field removed', level: 'major' }]);
  });

  it('refuses an argument that is neither a release file nor a ref', () => {
    expect(() => resolveLocation('no-such-ref', repo, repo.root)).toThrow(
      '"no-such-ref" is neither a release file (an existing .json) nor a git ref or commit',
    );
  });
});

describe('data:diff between release files', () => {
  const repo = createTempRepo();
  afterAll(() => rmSync(repo.root, { recursive: true, force: true }));
  const write = (name: string, value: unknown) => {
    writeFileSync(join(repo.root, name), JSON.stringify(value));
    return resolveLocation(name, repo, repo.root);
  };
  const older = assembleDataset(fixtureContent('before'), '1.0.0');
  const newer = assembleDataset(fixtureContent('after'), '1.1.0');

  it('compares two releases, with their dataset and schema versions', () => {
    const diff = compareLocations(repo, write('old.json', older), write('new.json', newer));
    expect(diff.from).toEqual({ label: 'old.json', datasetVersion: '1.0.0', schemaVersion: '1.0.0' });
    expect(diff.to.datasetVersion).toBe('1.1.0');
    expect(diff.renamed.map((rename) => `${rename.id} → ${rename.to}`)).toEqual(['acme-x3 → acme-x3-pro']);
  });

  it('rejects a tampered release by its sha256', () => {
    const tampered = structuredClone(newer);
    tampered.chips[0]!.memory!.capacity!.value = 80;
    expect(() => compareLocations(repo, write('old.json', older), write('tampered.json', tampered))).toThrow(
      /^tampered\.json: content hash is [0-9a-f]{64}, but meta\.sha256 says [0-9a-f]{64}: the file was changed$/,
    );
  });

  it('treats an older release the current code rejects as a breaking schema change', () => {
    const content = structuredClone(fixtureContent('before'));
    (content.chips[0] as Record<string, unknown>).tdp = 300;
    const diff = compareLocations(
      repo,
      write('legacy.json', assembleDataset(content, '0.9.0')),
      write('new.json', newer),
    );
    expect(diff.schema).toMatchObject([{ kind: 'dataset', level: 'major' }]);
    expect(diff.schema[0]?.detail).toContain('legacy.json chips[0]');
    expect(diff.changed.find((entity) => entity.id === 'acme-x1')?.changes.map((c) => c.path)).toContain('tdp');
  });
});
