import { useId } from 'preact/hooks';
import type { Contact } from '../../core/contacts/contact.ts';
import { send } from '../../messaging/send.ts';
import { contactHref } from '../../ui/contact-row.tsx';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { useAction } from '../../ui/use-action.ts';
import { ContactPicker } from './contact-picker.tsx';

interface Props {
  contact: Contact;
  referrer: Contact | undefined;
  referrals: readonly Contact[];
}

/** Who suggested this person, and whom this person suggested: both ends of a referral. */
export function ReferralsCard({ contact, referrer, referrals }: Props) {
  const id = useId();
  const { status, busy, run } = useAction();
  const setReferrer = (referredBy: string | null, done: string) =>
    run(() => send('updateContact', { slug: contact.slug, referredBy }), done);

  return (
    <section class="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Referrals</h2>
      <div class="stack" data-testid="referred-by">
        <h3>Referred by</h3>
        {referrer ? (
          <div class="row wrap spread">
            <a href={contactHref(referrer.slug)}>{referrer.name}</a>
            <button
              type="button"
              disabled={busy}
              onClick={() => void setReferrer(null, `${referrer.name} is no longer recorded as the referrer.`)}
            >
              Remove
            </button>
          </div>
        ) : contact.referredBy ? (
          <p class="muted">A contact who is no longer saved ({contact.referredBy}).</p>
        ) : (
          <p class="muted">Nobody recorded.</p>
        )}
        <ContactPicker
          label={referrer ? 'Change who referred them' : 'Who referred them?'}
          exclude={[contact.slug]}
          busy={busy}
          onPick={(picked) => void setReferrer(picked.slug, `Recorded that ${picked.name} referred ${contact.name}.`)}
        />
      </div>
      <div class="stack" data-testid="referred">
        <h3>They referred</h3>
        {referrals.length === 0 ? (
          <p class="muted">Nobody yet.</p>
        ) : (
          <ul class="link-list">
            {referrals.map((other) => (
              <li key={other.slug}>
                <a href={contactHref(other.slug)}>{other.name}</a>
              </li>
            ))}
          </ul>
        )}
      </div>
      <SaveStatusLine status={status} />
    </section>
  );
}
