import { useState } from 'preact/hooks';
import { defaultSettings, type Settings } from '../../core/settings/settings.ts';
import { defaultTimingSettings } from '../../core/reminders/timing-settings.ts';
import { AutoSaveStatus, FieldProblem } from '../../ui/save-status.tsx';
import { SectionCard } from './section-card.tsx';
import { checkTiming, timingValuesOf, type TimingNumber, type TimingValues } from './timing-fields.ts';
import { useAutoSave } from './use-auto-save.ts';

type StepField = Exclude<TimingNumber, 'thankYouDelayHours' | 'thankYouOverdueHours'>;

const steps: { key: StepField; label: string; unit: string; help: string }[] = [
  {
    key: 'secondContactBusinessDays',
    label: 'No reply: write to a second person after',
    unit: 'business days',
    help: 'Dalton’s 3B7: three business days.',
  },
  {
    key: 'followUpBusinessDays',
    label: 'No reply: one short follow-up after',
    unit: 'business days',
    help: 'Dalton’s 3B7: seven business days.',
  },
  {
    key: 'closeNoReplyBusinessDays',
    label: 'Then suggest closing as No reply after',
    unit: 'business days',
    help: 'No reply is an answer.',
  },
  { key: 'agendaBusinessDaysBefore', label: 'Send the agenda ahead', unit: 'business days before', help: 'So they can prepare.' },
  {
    key: 'confirmBusinessDaysBefore',
    label: 'Confirm the conversation',
    unit: 'business days before',
    help: 'The day before, by the method.',
  },
  { key: 'keepInTouchDays', label: 'Keep in touch every', unit: 'days', help: 'Every three months, never only when you need something.' },
];

/** Every timing number of the method in one place, the thank-you's due and late hours first; saved as you type. */
export function TimingSection({ settings }: { settings: Settings }) {
  const [values, setValues] = useState<TimingValues>(() => timingValuesOf(settings));
  const { status, problems, edit } = useAutoSave('timing');
  // Its own save: a switch must not wait for, or be held back by, a number being typed.
  const notifications = useAutoSave('notifications');
  const [notify, setNotify] = useState(settings.notifications);
  const change = (patch: Partial<TimingValues>, now = false) => {
    const next = { ...values, ...patch };
    setValues(next);
    edit(() => {
      const checked = checkTiming(next);
      return 'patch' in checked ? { ...checked, message: 'Saved. Reminders follow the new timing.' } : checked;
    }, now);
  };
  /** The props that tie a box to its problem, if it has one. */
  const checked = (key: keyof TimingValues, describedBy?: string) => ({
    'aria-invalid': Boolean(problems[key]),
    'aria-describedby': [describedBy, problems[key] ? `timing-${key}-problem` : null].filter(Boolean).join(' ') || undefined,
  });

  return (
    <SectionCard id="timing" intro="When Confab reminds you, by the method. Business days are Monday to Friday, in your time zone.">
      <div class="with-status">
        <label class="check">
          <input
            type="checkbox"
            checked={notify}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              setNotify(on);
              notifications.edit(
                () => ({
                  patch: { notifications: on },
                  message: on
                    ? 'Saved. Reminders will notify you when they fall due.'
                    : 'Saved. No notifications; the badge and Today still show what is due.',
                }),
                true,
              );
            }}
          />
          <span>Notify me when a reminder falls due</span>
        </label>
        <AutoSaveStatus status={notifications.status} />
      </div>
      <fieldset class="thank-you-timing">
        <legend>Thank-you note</legend>
        <p class="sentence">
          A thank-you is due{' '}
          <input
            type="number"
            min={1}
            value={values.thankYouDelayHours}
            aria-label="A thank-you is due this many hours after the conversation"
            onInput={(e) => change({ thankYouDelayHours: e.currentTarget.value })}
            {...checked('thankYouDelayHours', 'thank-you-help')}
          />{' '}
          hours after the conversation, late after{' '}
          <input
            type="number"
            min={1}
            value={values.thankYouOverdueHours}
            aria-label="A thank-you is late this many hours after the conversation"
            onInput={(e) => change({ thankYouOverdueHours: e.currentTarget.value })}
            {...checked('thankYouOverdueHours', 'thank-you-help')}
          />{' '}
          hours.
        </p>
        <FieldProblem id="timing-thankYouDelayHours-problem" message={problems['thankYouDelayHours']} />
        <FieldProblem id="timing-thankYouOverdueHours-problem" message={problems['thankYouOverdueHours']} />
        <span class="muted" id="thank-you-help">
          The method says within 24 hours, and the sources two days at most. Today and the badge show it from when it is due, in red once it
          is late.
        </span>
      </fieldset>
      <div class="timing-grid">
        {steps.map((step) => (
          <div key={step.key} class="field">
            <label for={`timing-${step.key}`}>
              {step.label} ({step.unit})
            </label>
            <input
              id={`timing-${step.key}`}
              type="number"
              min={0}
              value={values[step.key]}
              onInput={(e) => change({ [step.key]: e.currentTarget.value })}
              placeholder={String(defaultTimingSettings[step.key])}
              {...checked(step.key, `timing-${step.key}-help`)}
            />
            <span class="muted" id={`timing-${step.key}-help`}>
              {step.help}
            </span>
            <FieldProblem id={`timing-${step.key}-problem`} message={problems[step.key]} />
          </div>
        ))}
      </div>
      <div class="field">
        <label for="timing-tags">Keep in touch by tag (days)</label>
        <input
          id="timing-tags"
          type="text"
          value={values.tags}
          onInput={(e) => change({ tags: e.currentTarget.value })}
          placeholder="mentor 30, alumni 120"
          {...checked('tags', 'timing-tags-help')}
        />
        <span class="muted" id="timing-tags-help">
          A contact’s own cadence wins, then the shortest of its tags, then the general one.
        </span>
        <FieldProblem id="timing-tags-problem" message={problems['tags']} />
      </div>
      <div class="row">
        <button type="button" onClick={() => change(timingValuesOf(defaultSettings), true)}>
          Use the method’s defaults
        </button>
      </div>
      <AutoSaveStatus status={status} />
    </SectionCard>
  );
}
