import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../core/contacts/contact.ts';
import type { DueItem, DueKind } from '../../../core/reminders/due-items.ts';
import type { DueContact } from '../../../db/follow-ups.ts';
import { actionStatus, dueWhen, groupDue } from './today-groups.ts';

const item = (slug: string, kind: DueKind, dueAt: string, overdue = false): DueItem => ({
  key: `${slug}|${kind}|${dueAt}`,
  slug,
  kind,
  label: kind,
  showAt: dueAt,
  dueAt,
  overdueAt: overdue ? dueAt : null,
  endsAt: null,
  snoozedUntil: null,
  overdue,
});
const person = (slug: string, name: string, items: DueItem[]): DueContact => ({ contact: { slug, name } as Contact, items });

describe('the Today view’s groups', () => {
  it('puts each reminder in its group, in the method’s order, late ones and then the oldest first', () => {
    const groups = groupDue([
      person('avery', 'Avery Quinlan', [item('avery', 'thank-you', '2026-11-24T10:00:00Z')]),
      person('jordan', 'Jordan Reyes', [
        item('jordan', 'second-contact', '2026-11-10T09:00:00Z', true),
        item('jordan', 'follow-up', '2026-11-17T09:00:00Z'),
      ]),
      person('sam', 'Sam Okafor', [
        item('sam', 'keep-in-touch', '2026-11-01T09:00:00Z'),
        item('sam', 'close-the-loop', '2026-10-01T09:00:00Z'),
      ]),
      person('rowan', 'Rowan Ellis', [
        item('rowan', 'thank-you', '2026-11-20T10:00:00Z', true),
        item('rowan', 'close-no-reply', '2026-11-01T09:00:00Z'),
      ]),
      person('kim', 'Kim Ode', [item('kim', 'agenda', '2026-11-25T09:00:00Z'), item('kim', 'confirm', '2026-11-26T09:00:00Z')]),
    ]);
    expect(groups.map((g) => [g.id, g.rows.map((r) => `${r.slug} ${r.item.kind}`)])).toEqual([
      ['thank-you', ['rowan thank-you', 'avery thank-you']],
      ['follow-up', ['jordan second-contact', 'rowan close-no-reply', 'jordan follow-up']],
      ['confirm', ['kim confirm']],
      ['agenda', ['kim agenda']],
      ['keep-in-touch', ['sam close-the-loop', 'sam keep-in-touch']],
    ]);
    expect(groups[0]!.rows[0]!.name).toBe('Rowan Ellis');
  });

  it('reminds, on a thank-you, to close the loop with whoever referred the person', () => {
    const referred = {
      contact: { slug: 'avery', name: 'Avery Quinlan', referredBy: 'priya' } as Contact,
      items: [item('avery', 'thank-you', '2026-11-24T10:00:00Z'), item('avery', 'close-the-loop', '2026-11-24T10:00:00Z')],
    };
    const [thanks, later] = groupDue([referred], new Map([['priya', 'Priya Shah']]));
    expect(thanks!.rows[0]!.referrer).toBe('Priya Shah');
    expect(later!.rows[0]!.referrer).toBeUndefined();
  });

  it('leaves out empty groups, and has none when nothing is due', () => {
    expect(groupDue([])).toEqual([]);
    expect(groupDue([person('kim', 'Kim Ode', [item('kim', 'agenda', '2026-11-25T09:00:00Z')])]).map((g) => g.title)).toEqual(['Agenda']);
  });

  it('says when a reminder was due, is due, or has been due since', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    expect(dueWhen(item('a', 'thank-you', '2026-11-22T10:00:00Z', true), now)).toMatch(/^Was due /);
    expect(dueWhen(item('a', 'thank-you', '2026-11-25T10:00:00Z'), now)).toMatch(/^Due (?!since)/);
    expect(dueWhen(item('a', 'close-no-reply', '2026-11-20T10:00:00Z'), now)).toMatch(/^Due since /);
  });

  it('words the status after an action, and only moves can be undone', () => {
    expect(actionStatus('Avery Quinlan', 'thank-you', 'done')).toEqual({ text: 'Marked Avery Quinlan as thanked.', moved: true });
    expect(actionStatus('Avery Quinlan', 'close-no-reply', 'done')).toEqual({ text: 'Closed Avery Quinlan as No reply.', moved: true });
    expect(actionStatus('Avery Quinlan', 'thank-you', 'snooze')).toEqual({
      text: 'Snoozed Avery Quinlan’s thank-you until tomorrow.',
      moved: false,
    });
    expect(actionStatus('Jordan Reyes', 'follow-up', 'dismiss')).toEqual({ text: 'Dismissed Jordan Reyes’s follow-up.', moved: false });
    expect(actionStatus('Sam Okafor', 'keep-in-touch', 'done').moved).toBe(false);
    expect(actionStatus('Kim Ode', 'agenda', 'done').text).toBe('Done: Kim Ode’s agenda.');
  });
});

describe('the Today view’s own reminders and second persons', () => {
  it('groups one’s own reminders apart, and gives only the second-person row the others to write to', () => {
    const second = { company: 'Quarry Analytics', others: [{ slug: 'jo', name: 'Jo Pike' }] };
    const groups = groupDue(
      [
        person('morgan', 'Morgan Ellery', [
          item('morgan', 'second-contact', '2026-11-10T09:00:00Z'),
          item('morgan', 'follow-up', '2026-11-17T09:00:00Z'),
          item('morgan', 'own-reminder', '2026-11-18T09:00:00Z'),
        ]),
      ],
      new Map(),
      new Map([['morgan', second]]),
    );
    expect(groups.map((g) => [g.title, g.rows.map((r) => [r.item.kind, r.second ?? null])])).toEqual([
      ['Your reminders', [['own-reminder', null]]],
      [
        'Follow-ups',
        [
          ['second-contact', second],
          ['follow-up', null],
        ],
      ],
    ]);
    expect(actionStatus('Morgan Ellery', 'own-reminder', 'done')).toEqual({ text: 'Done: Morgan Ellery’s reminder.', moved: false });
  });
});
