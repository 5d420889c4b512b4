import { useState } from 'preact/hooks';
import type { Settings } from '../../core/settings/settings.ts';
import { senderProfileSchema } from '../../core/drafting/template-variables.ts';
import { MinutesField } from './minutes-field.tsx';
import { AutoSaveStatus } from '../../ui/save-status.tsx';
import { SectionCard } from './section-card.tsx';
import { useAutoSave, type Attempt } from './use-auto-save.ts';

type Values = { myName: string; field: string; myRole: string; minutes: string };

const minutesProblem = 'Choose a whole number of minutes from 5 to 240.';

function attempt(values: Values): Attempt {
  // An empty number box is not 0 minutes: let the schema say it is missing.
  const parsed = senderProfileSchema.safeParse({ ...values, minutes: values.minutes.trim() === '' ? undefined : Number(values.minutes) });
  if (!parsed.success) return { problems: { minutes: minutesProblem } };
  return { patch: { sender: parsed.data }, message: 'Saved. New drafts will use your details.' };
}

/**
 * The user's side of every request: what {myName}, {field}, {myRole} and {minutes} become in the templates.
 * Saved as you type. The fields' ids are links: the popup's "set it in Options" opens #about-you-field.
 */
export function AboutYouSection({ settings }: { settings: Settings }) {
  const [values, setValues] = useState<Values>({
    myName: settings.sender.myName,
    field: settings.sender.field,
    myRole: settings.sender.myRole,
    minutes: String(settings.sender.minutes),
  });
  const { status, problems, edit } = useAutoSave('about-you');
  const change = (patch: Partial<Values>, now = false) => {
    const next = { ...values, ...patch };
    setValues(next);
    edit(() => attempt(next), now);
  };

  return (
    <SectionCard
      id="about-you"
      intro="Your side of every request. Confab writes these into the templates where they say {myName}, {field}, {myRole} and {minutes}."
    >
      <div class="stack">
        <div class="two-columns">
          <label class="field">
            Your name
            <input
              id="about-you-name"
              type="text"
              value={values.myName}
              maxLength={200}
              autoComplete="name"
              onInput={(e) => change({ myName: e.currentTarget.value })}
            />
          </label>
          <label class="field">
            The field you’re exploring
            <input
              id="about-you-field"
              type="text"
              value={values.field}
              maxLength={200}
              placeholder="for example, product design"
              onInput={(e) => change({ field: e.currentTarget.value })}
            />
          </label>
        </div>
        <label class="field">
          Your current role
          <input
            id="about-you-role"
            type="text"
            value={values.myRole}
            maxLength={200}
            placeholder="for example, UX researcher at Acme"
            onInput={(e) => change({ myRole: e.currentTarget.value })}
          />
        </label>
        <MinutesField
          id="about-you-minutes"
          value={values.minutes}
          onChange={(minutes, now) => change({ minutes }, now)}
          problem={problems['minutes']}
        />
        <AutoSaveStatus status={status} />
      </div>
    </SectionCard>
  );
}
