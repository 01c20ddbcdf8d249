import { type BumpLevel, isBumpLevel } from './bump-level';

/** A pending changeset (`.changeset/*.md`): which packages it bumps, by how much, and what it says. */
export interface Changeset {
  releases: { name: string; type: BumpLevel }[];
  summary: string;
}

const FRONT_MATTER = /^\s*---\r?\n([\s\S]*?)\r?\n?---\s*(?:\r?\n|$)([\s\S]*)$/;
const RELEASE_LINE = /^\s*(?:"([^"]+)"|'([^']+)'|([^\s:'"]+))\s*:\s*([a-z]+)\s*$/;

/** Reads a changeset file the way `changeset version` does: YAML front matter of `"name": bump`, then Markdown. */
export function parseChangeset(text: string): { success: true; data: Changeset } | { success: false; error: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { success: false, error: 'expected front matter between two "---" lines' };
  const releases: Changeset['releases'] = [];
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const release = RELEASE_LINE.exec(line);
    const type = release?.[4] ?? '';
    if (!release || !isBumpLevel(type)) {
      return { success: false, error: `expected "package-name": major|minor|patch|none, got ${JSON.stringify(line)}` };
    }
    releases.push({ name: (release[1] ?? release[2] ?? release[3]) as string, type });
  }
  return { success: true, data: { releases, summary: (match[2] ?? '').trim() } };
}
