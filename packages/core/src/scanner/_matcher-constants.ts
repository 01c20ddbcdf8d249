// The numbers a compiled matcher's tables are written in.

/** Class 0: a code unit no name contains. Class 1: a separator. Names' own characters start at 2. */
export const NO_CLASS = 0;
export const SEPARATOR_CLASS = 1;
/** The units of classes 2 to 37, in order: a word unit's class minus 2 indexes the word filters. */
export const WORD_CLASS_UNITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Alias flag bits. */
export const CASE_SENSITIVE = 1;
export const FLEXIBLE = 2;
export const STARTS_WORD = 4;
export const ENDS_WORD = 8;
export const PLURAL = 16;
export const AMBIGUOUS = 32;
/** Case-insensitive and without separators: a trie path that skipped no separator proves the match. */
export const SIMPLE = 64;

/**
 * Unit flags: bit 0 marks an ASCII letter or digit (width-folded), whose word index (class - 2) sits in the
 * bits above; START_UNIT marks a non-word unit a name can start with; 0 is a unit of no interest.
 */
export const WORD_UNIT = 1;
export const START_UNIT = 2;

/** Multiplies trie edge keys into table slots (Fibonacci hashing). */
export const HASH_MULTIPLIER = 0x9e3779b1;
