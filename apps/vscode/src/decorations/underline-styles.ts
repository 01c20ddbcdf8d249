import { type DecorationRenderOptions, ThemeColor } from 'vscode';
import type { MentionKind } from '../entity-label';
import type { UnderlineStyle } from '../settings/settings';

/** The underline groups: families share the chip colour. Colour ids are contributed in package.json. */
export const UNDERLINE_KINDS = ['chip', 'organization', 'person', 'model', 'regulation'] as const;
export type UnderlineKind = (typeof UNDERLINE_KINDS)[number];

export function underlineKindOf(kind: MentionKind): UnderlineKind {
  return kind === 'family' ? 'chip' : kind;
}

/** A bottom border stands in for the underline: `textDecoration` cannot take a theme colour. */
export function underlineStyle(kind: UnderlineKind, style: UnderlineStyle): DecorationRenderOptions {
  return {
    borderStyle: `none none ${style} none`,
    borderWidth: '0 0 1px 0',
    borderColor: new ThemeColor(`aichips.${kind}Underline`),
  };
}
