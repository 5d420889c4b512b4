import { describe, expect, it } from 'vitest';
import { scanBackupText } from './backup-scan.ts';

const problem = (text: string) => {
  const result = scanBackupText(text);
  return result.ok ? null : result.problem;
};

describe('the pre-scan of a backup’s text', () => {
  it('counts each table’s rows, whatever they are, and ignores brackets inside strings', () => {
    expect(scanBackupText('{"tables":{"contacts":[{"notes":"[{\\"x\\"}], ["},{}],"drafts":[1, "a" ,null],"timeline":[]}}')).toEqual({
      ok: true,
      rows: { contacts: 2, drafts: 3 },
    });
  });

  it('refuses a table over the limit while scanning, before any JSON is built', () => {
    expect(problem(`{"tables":{"timeline":[${'{},'.repeat(10)}{}]}}`)).toBeNull();
    expect(scanBackupText(`{"tables":{"timeline":[${'{},'.repeat(10)}{}]}}`, { rowsPerTable: 10, depth: 32 })).toEqual({
      ok: false,
      problem: 'The table “timeline” holds more than 10 rows, the most a backup may hold per table.',
    });
  });

  it('refuses __proto__ anywhere, spelled plainly or with escapes, and says where', () => {
    expect(problem('{"a":[{"__proto__":1}]}')).toMatch(/key “__proto__” at a\[0\]/);
    expect(problem('{"\\u005F\\u005Fproto\\u005F\\u005F":{}}')).toMatch(/key “__proto__” at the top/);
    expect(problem('{"tables":{"contacts":[{},{"lastCapture":{"__proto__":{"x":1}}}]}}')).toMatch(/at tables\.contacts\[1\]\.lastCapture/);
  });

  it('refuses constructor and prototype holding an object or a list, and lets them hold a number', () => {
    expect(problem('{"constructor":{"prototype":{"polluted":true}}}')).toMatch(/key “constructor”/);
    expect(problem('{"x":{"prototype":[1]}}')).toMatch(/key “prototype” at x/);
    expect(problem('{"keepInTouchDaysByTag":{"prototype":30,"constructor":60}}')).toBeNull();
  });

  it('treats those words inside values as text', () => {
    expect(problem('{"notes":"\\"__proto__\\": {} and constructor.prototype"}')).toBeNull();
  });

  it('refuses nesting deeper than the limit', () => {
    expect(problem(`${'['.repeat(33)}${']'.repeat(33)}`)).toMatch(/nests deeper than 32 levels/);
    expect(problem(`${'['.repeat(32)}${']'.repeat(32)}`)).toBeNull();
  });

  it('leaves malformed text to JSON.parse without failing itself', () => {
    for (const text of ['{"a', '"\\', ']]]}}', '{"tables":{"contacts":[{"x":"', '{,:,}']) expect(() => scanBackupText(text)).not.toThrow();
  });
});
