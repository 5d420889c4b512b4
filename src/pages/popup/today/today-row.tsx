import type { DueKind } from '../../../core/reminders/due-items.ts';
import { dueWhen, kindNouns, type TodayRow } from './today-groups.ts';
import { SecondPersonList } from './today-second-person.tsx';

export type DueAction = 'done' | 'snooze' | 'dismiss';
/** Where a row can send the person: the Draft tab, or the conversation page at its after-meeting or agenda part. */
export type Destination = 'draft' | 'after' | 'agenda';

interface MainAction {
  text: string;
  /** The accessible name: the visible words with the person's name, since every row has the same buttons. */
  label: (name: string) => string;
  run: DueAction | Destination;
}

const done = (kind: DueKind): MainAction => ({ text: 'Done', label: (name) => `Mark ${name}'s ${kindNouns[kind]} done`, run: 'done' });

/** Each reminder's one main action first (styled as primary), then its "I did it" where that differs. */
const mainActions: Record<DueKind, readonly MainAction[]> = {
  'thank-you': [
    { text: 'Write thank-you', label: (name) => `Write thank-you to ${name}`, run: 'after' },
    { text: 'Mark thanked', label: (name) => `Mark ${name} as thanked`, run: 'done' },
  ],
  'follow-up': [{ text: 'Open draft', label: (name) => `Open draft for ${name}`, run: 'draft' }, done('follow-up')],
  // The draft is to someone else: the row lists them (today-second-person.tsx).
  'second-contact': [done('second-contact')],
  confirm: [{ text: 'Open agenda', label: (name) => `Open agenda for ${name}`, run: 'agenda' }, done('confirm')],
  agenda: [{ text: 'Open agenda', label: (name) => `Open agenda for ${name}`, run: 'agenda' }, done('agenda')],
  'keep-in-touch': [{ text: 'Done', label: (name) => `Mark keeping in touch with ${name} done`, run: 'done' }],
  'close-the-loop': [done('close-the-loop')],
  'close-no-reply': [{ text: 'Close as No reply', label: (name) => `Close ${name} as No reply`, run: 'done' }],
  'own-reminder': [done('own-reminder')],
};

const isAction = (run: MainAction['run']): run is DueAction => run === 'done' || run === 'snooze' || run === 'dismiss';

export function TodayRowView({
  row,
  now,
  busy,
  onAction,
  onOpen,
  onDraftTo,
}: {
  row: TodayRow;
  now: Date;
  busy: boolean;
  onAction: (row: TodayRow, action: DueAction) => void;
  onOpen: (row: TodayRow, to: Destination) => void;
  onDraftTo: (slug: string) => void;
}) {
  const { item, name } = row;
  const noun = kindNouns[item.kind];
  return (
    <li class="due-row" data-slug={row.slug} data-kind={item.kind} data-overdue={item.overdue || undefined}>
      <div class="due-head">
        <strong class="due-name">{name}</strong>
        {item.overdue && <span class="pill overdue">Overdue</span>}
      </div>
      <p class="due-label">{item.label}</p>
      <p class="muted">{dueWhen(item, now)}</p>
      {row.referrer && <p class="muted referral-loop">{row.referrer} referred you: tell them how it went too.</p>}
      {row.second && <SecondPersonList second={row.second} onDraftTo={onDraftTo} />}
      <div class="due-actions">
        {mainActions[item.kind].map((action, index) => (
          <button
            key={action.text}
            type="button"
            class={index === 0 && !row.second ? 'primary small' : 'small'}
            aria-label={action.label(name)}
            disabled={busy && isAction(action.run)}
            onClick={() => (isAction(action.run) ? onAction(row, action.run) : onOpen(row, action.run))}
          >
            {action.text}
          </button>
        ))}
        <span class="due-more">
          <button
            type="button"
            class="link-button small"
            aria-label={`Snooze ${name}'s ${noun} a day`}
            disabled={busy}
            onClick={() => onAction(row, 'snooze')}
          >
            Snooze a day
          </button>
          <button
            type="button"
            class="link-button small"
            aria-label={`Dismiss ${name}'s ${noun}`}
            disabled={busy}
            onClick={() => onAction(row, 'dismiss')}
          >
            Dismiss
          </button>
        </span>
      </div>
    </li>
  );
}
