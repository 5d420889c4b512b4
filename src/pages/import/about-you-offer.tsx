import { useState } from 'preact/hooks';
import type { ImportReading } from '../../core/import/import-reading.ts';
import { database } from '../../db/database.ts';
import { send } from '../../messaging/send.ts';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { useAction } from '../../ui/use-action.ts';
import { pageHref } from '../pages.ts';
import { readSettings } from '../../db/settings-repo.ts';

type AboutYou = NonNullable<ImportReading['aboutYou']>;

/**
 * The export's Profile.csv and Positions.csv are the person's own: offer them for "About you", and
 * write nothing until asked. Only the fields the export has are offered; the minutes stay as set.
 */
export function AboutYouOffer({ aboutYou }: { aboutYou: AboutYou }) {
  const { status, busy, run } = useAction();
  const [done, setDone] = useState(false);
  const role = [aboutYou.currentTitle, aboutYou.currentCompany].filter(Boolean).join(' at ');
  const offered = [
    { label: 'Your name', value: aboutYou.name },
    { label: 'The field you’re exploring', value: aboutYou.industry ?? '' },
    { label: 'Your current role', value: role },
  ].filter((line) => line.value);
  if (offered.length === 0) return null;
  const fill = () =>
    run(async () => {
      const { sender } = await readSettings(database());
      await send('saveSettings', {
        sender: {
          ...sender,
          myName: aboutYou.name || sender.myName,
          field: aboutYou.industry || sender.field,
          myRole: role || sender.myRole,
        },
      });
      setDone(true);
    }, 'About you is filled in. You can change it in the options at any time.');
  return (
    <section class="stack about-you-offer" aria-labelledby="about-you-offer-heading">
      <h3 id="about-you-offer-heading">Your own profile is in this export</h3>
      <p class="muted">
        Confab can fill “About you” in the options with it, for the {'{myName}'}, {'{field}'} and {'{myRole}'} of your drafts.
      </p>
      <dl class="offered">
        {offered.map((line) => (
          <div key={line.label}>
            <dt>{line.label}</dt>
            <dd>{line.value}</dd>
          </div>
        ))}
      </dl>
      <div class="row wrap">
        <button type="button" disabled={busy || done} onClick={() => void fill()}>
          Fill About you with these
        </button>
        <a href={pageHref('options', {}, 'about-you-name')}>Open About you</a>
      </div>
      <SaveStatusLine status={status} />
    </section>
  );
}
