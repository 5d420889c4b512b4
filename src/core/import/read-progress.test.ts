import { describe, expect, it } from 'vitest';
import { progressSentence, type ReadProgress } from './read-progress.ts';

const mb = 1024 * 1024;
const progress = (over: Partial<ReadProgress>): ReadProgress => ({
  name: 'Basic_LinkedInDataExport_03-01-2026/messages.csv',
  rows: 12_000,
  bytes: 18.4 * mb,
  size: 49.6 * mb,
  file: 3,
  files: 5,
  done: 0,
  total: 0,
  finished: false,
  ...over,
});

describe('the sentence of the reading’s progress', () => {
  it('says the file, its rows and megabytes so far, and which file of how many', () => {
    expect(progressSentence(progress({}))).toBe('Reading messages.csv: 12,000 rows, 18 of 50 MB (3 of 5 files)');
    expect(progressSentence(progress({ bytes: 50 * mb, size: 50 * mb + 300 }))).toBe(
      'Reading messages.csv: 12,000 rows, 50 of 50 MB (3 of 5 files)',
    );
  });

  it('counts a small file in KB, and says one row and one file in the singular', () => {
    expect(progressSentence(progress({ name: 'Profile.csv', rows: 1, bytes: 300, size: 2_000, file: 1, files: 1 }))).toBe(
      'Reading Profile.csv: 1 row, 0 of 2 KB (1 of 1 file)',
    );
    expect(progressSentence(progress({ name: 'Profile.csv', rows: 0, bytes: 0, size: 200 }))).toBe(
      'Reading Profile.csv: 0 rows, 0 of 1 KB (3 of 5 files)',
    );
  });

  it('says when a file is read, with all its rows', () => {
    expect(progressSentence(progress({ rows: 106_938, bytes: 50 * mb, finished: true }))).toBe(
      'Read messages.csv: 106,938 rows (3 of 5 files)',
    );
  });
});
