// Changelog lines for `changeset version` (changesets 2). Like @changesets/changelog-git, except for the
// data changeset written by `npm run data:changeset`: its body, data changes grouped by kind, is kept
// whole under one entry, without a commit hash (it is regenerated across commits) or its marker.
const DATA_CHANGESET_MARKER = '<!-- aichips:data-diff -->';

function indent(lines) {
  return lines.map((line) => (line.trim() === '' ? '' : `  ${line}`)).join('\n');
}

async function getReleaseLine(changeset) {
  const summary = changeset.summary.replace(DATA_CHANGESET_MARKER, '').trim();
  const [first, ...rest] = summary.split('\n').map((line) => line.trimEnd());
  if (changeset.summary.includes(DATA_CHANGESET_MARKER)) return `- ${first}\n${indent(rest)}\n`;
  const commit = changeset.commit ? `${changeset.commit.slice(0, 7)}: ` : '';
  return `- ${commit}${first}${rest.length > 0 ? `\n${indent(rest)}` : ''}`;
}

async function getDependencyReleaseLine(changesets, dependenciesUpdated) {
  if (dependenciesUpdated.length === 0) return '';
  const commits = [...new Set(changesets.map((changeset) => changeset.commit?.slice(0, 7)).filter(Boolean))];
  const versions = dependenciesUpdated.map((dependency) => `  - ${dependency.name}@${dependency.newVersion}`);
  return [`- Updated dependencies${commits.length > 0 ? ` [${commits.join(', ')}]` : ''}`, ...versions].join('\n');
}

module.exports = { getReleaseLine, getDependencyReleaseLine, DATA_CHANGESET_MARKER };
