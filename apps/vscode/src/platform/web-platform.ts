import type { Platform } from './platform';

// No custom dataset loader: reading files and validating releases stays off the browser bundle.
export const webPlatform: Platform = { name: 'web' };
