import { escapeHtml as html } from '@aichips/sdk';

const STYLE = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 16px 24px; line-height: 1.45; }
a { color: var(--vscode-textLink-foreground); }
table { border-collapse: collapse; margin: 8px 0; }
th, td { text-align: left; padding: 3px 10px 3px 0; border-bottom: 1px solid var(--vscode-panel-border, #8884); vertical-align: top; }
td.leader { font-weight: 600; }
small, .disclaimer, .kind, footer { color: var(--vscode-descriptionForeground); }
h1 { font-size: 1.3em; } h2 { font-size: 1.2em; margin-bottom: 0; }
figure { margin: 16px 0; } figcaption { font-weight: 600; margin-bottom: 4px; }
.chart { max-width: 100%; height: auto; font-size: 11px; }
.chart .grid { stroke: var(--vscode-panel-border, #8884); stroke-width: 1; }
.chart .tick, .chart .axis, .chart .value, .chart .missing { fill: var(--vscode-descriptionForeground); }
.chart .label, .chart .region-label { fill: var(--vscode-foreground); font-weight: 600; }
.chart .region-a { fill: var(--vscode-charts-red, #e51400); fill-opacity: 0.18; }
.chart .region-b { fill: var(--vscode-charts-orange, #d18616); fill-opacity: 0.18; }
.chart .chip { fill: var(--vscode-descriptionForeground); fill-opacity: 0.6; }
.chart .chip.highlighted { fill: var(--vscode-charts-blue, #1a85ff); fill-opacity: 1; stroke: var(--vscode-foreground); }
.chart .spread { fill: var(--vscode-charts-blue, #1a85ff); fill-opacity: 0.15; stroke: var(--vscode-charts-blue, #1a85ff); stroke-dasharray: 3 2; }
.chart .chip-line { stroke: var(--vscode-charts-blue, #1a85ff); stroke-width: 2; stroke-dasharray: 4 3; }
.chart .bar { fill: var(--vscode-charts-blue, #1a85ff); }
.note { color: var(--vscode-descriptionForeground); font-style: italic; }
`;

function createNonce(): string {
  const bytes = new Uint8Array(16);
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A whole webview document: no scripts at all, styles only through a nonce, images only inline. */
export function renderPage(title: string, body: string): string {
  const nonce = createNonce();
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; img-src data:;">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
${body}
</body>
</html>`;
}
