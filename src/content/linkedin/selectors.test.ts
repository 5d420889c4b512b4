import { describe, expect, it } from 'vitest';
import type { Picks } from './selector-types.ts';
import { eras, pageSignals } from './selectors.ts';
import { parseDocument } from '../../../test/unit/linkedin-test-document.ts';

const doc = parseDocument('<!DOCTYPE html><html><body><section id="about"></section></body></html>');

function selectorsOf(picks: Picks | undefined): string[] {
  return (picks ?? []).flatMap((pick) => (typeof pick === 'string' ? [pick] : [pick.sel, ...(pick.not ? [pick.not] : [])]));
}

describe('selector registry', () => {
  it('gives every era a unique id and a marker', () => {
    expect(new Set(eras.map((era) => era.id)).size).toBe(eras.length);
    for (const era of eras) expect(era.marker.trim()).not.toBe('');
  });

  it('page signals parse', () => {
    for (const signals of Object.values(pageSignals)) expect(() => doc.querySelectorAll(signals.selector)).not.toThrow();
  });

  for (const era of eras) {
    it(`${era.id}: every selector parses`, () => {
      const lists = [era.experience, era.education].filter((list) => list !== undefined);
      const all = [
        era.marker,
        ...Object.values(era.fields).flatMap(selectorsOf),
        ...lists.flatMap((list) => [
          list.sections,
          list.items,
          ...Object.values<Picks>(list.fields).flatMap(selectorsOf),
          ...selectorsOf(list.dates),
          ...(list.group ? [list.group.match, list.group.roles, ...selectorsOf(list.group.company)] : []),
        ]),
      ];
      for (const selector of all) expect(() => doc.querySelectorAll(selector), selector).not.toThrow();
    });
  }
});
