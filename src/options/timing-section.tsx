import { useState } from 'preact/hooks';
import { dueSettingsOf, type Settings } from '../core/settings.ts';
import { timingDefaults, timingProblem, timingSettingsSchema, type TimingSettings } from '../core/timing-settings.ts';
import { SaveStatusLine } from './save-status.tsx';
import { SectionCard } from './section-card.tsx';
import { useSave } from './use-save.ts';

type NumberField = Exclude<keyof TimingSettings, 'keepInTouchDaysByTag'>;

const fields: { key: NumberField; label: string; unit: string; help: string }[] = [
  { key: 'secondContactBusinessDays', label: 'No reply: write to a second person after', unit: 'business days', help: 'Dalton’s 3B7: three business days.' },
  { key: 'followUpBusinessDays', label: 'No reply: one short follow-up after', unit: 'business days', help: 'Dalton’s 3B7: seven business days.' },
  { key: 'closeNoReplyBusinessDays', label: 'Then suggest closing as No reply after', unit: 'business days', help: 'No reply is an answer.' },
  { key: 'agendaBusinessDaysBefore', label: 'Send the agenda ahead', unit: 'business days before', help: 'So they can prepare.' },
  { key: 'confirmBusinessDaysBefore', label: 'Confirm the conversation', unit: 'business days before', help: 'The day before, by the method.' },
  { key: 'thankYouOverdueHours', label: 'A thank-you is overdue after', unit: 'hours', help: 'It is due after the thank-you delay above; two days at most.' },
  { key: 'keepInTouchDays', label: 'Keep in touch every', unit: 'days', help: 'Every three months, never only when you need something.' },
];

/** "mentor 30, alumni 120" ⇄ { mentor: 30, alumni: 120 }. */
const tagsText = (byTag: Record<string, number>) => Object.entries(byTag).map(([tag, days]) => `${tag} ${days}`).join(', ');
function parseTags(text: string): Record<string, number> | null {
  const entries = text.split(',').map((part) => part.trim()).filter(Boolean).map((part) => /^(.+?)\s+(\d+)$/u.exec(part));
  if (entries.some((match) => !match)) return null;
  return Object.fromEntries(entries.map((match) => [match![1]!.trim(), Number(match![2])]));
}

/** Every timing number of the method, with its default, and whether reminders notify. */
export function TimingSection({ settings }: { settings: Settings }) {
  const [values, setValues] = useState<Record<NumberField, string>>(() => Object.fromEntries(fields.map((f) => [f.key, String(settings.timing[f.key])])) as Record<NumberField, string>);
  const [tags, setTags] = useState(tagsText(settings.timing.keepInTouchDaysByTag));
  const { status, save } = useSave();
  const byTag = parseTags(tags);
  const parsed = byTag ? timingSettingsSchema.safeParse({ ...Object.fromEntries(fields.map((f) => [f.key, Number(values[f.key])])), keepInTouchDaysByTag: byTag }) : null;
  const problem = parsed?.success ? timingProblem({ ...dueSettingsOf(settings), ...parsed.data }) : null;
  const error = !byTag ? 'Write tag cadences as “tag days”, separated by commas (mentor 30, alumni 120).' : parsed && !parsed.success ? 'Each number must be a whole number in its range (business days 1–30, hours up to two weeks, cadences 7–730 days).' : problem;

  return (
    <SectionCard id="timing" intro="When Confab reminds you, by the method. Business days are Monday to Friday, in your time zone.">
      <label class="check">
        <input type="checkbox" checked={settings.notifications} onChange={(e) => void save({ notifications: e.currentTarget.checked }, e.currentTarget.checked ? 'Saved. Reminders will notify you when they fall due.' : 'Saved. No notifications; the badge and Today still show what is due.')} />
        <span>Notify me when a reminder falls due</span>
      </label>
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (parsed?.success && !problem) void save({ timing: parsed.data }, 'Saved. Reminders follow the new timing.');
        }}
      >
        <div class="timing-grid">
          {fields.map((field) => (
            <label key={field.key} class="field">
              {field.label} ({field.unit})
              <input type="number" min={0} value={values[field.key]} onInput={(e) => setValues({ ...values, [field.key]: e.currentTarget.value })} placeholder={String(timingDefaults[field.key])} />
              <span class="muted">{field.help}</span>
            </label>
          ))}
        </div>
        <label class="field">
          Keep in touch by tag (days)
          <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} placeholder="mentor 30, alumni 120" aria-invalid={!byTag} />
          <span class="muted">A contact’s own cadence wins, then the shortest of its tags, then the general one.</span>
        </label>
        {error && (
          <p class="notice error" role="alert">
            {error}
          </p>
        )}
        <div class="row">
          <button type="submit" class="primary" disabled={Boolean(error)}>
            Save timing
          </button>
          <button type="button" onClick={() => void save({ timing: timingSettingsSchema.parse({}) }, 'Saved. Back to the method’s defaults.').then(() => {
            setValues(Object.fromEntries(fields.map((f) => [f.key, String(timingDefaults[f.key])])) as Record<NumberField, string>);
            setTags('');
          })}>
            Use the defaults
          </button>
        </div>
      </form>
      <SaveStatusLine status={status} />
    </SectionCard>
  );
}
