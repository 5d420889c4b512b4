import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { DeletedContactRows } from '../../messaging/protocol.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { PageLoading, PageProblem, PageShell } from '../../ui/page-shell.tsx';
import { loadContact } from './contact-data.ts';
import { DetailsCard } from './details-card.tsx';
import { EmployerLinkCard } from './employer-link-card.tsx';
import { CaptureHistoryCard, TimelineCard } from './history-cards.tsx';
import { AdviceCard, KeepInTouchCard } from './keep-in-touch-card.tsx';
import { MeetingCard } from './meeting-card.tsx';
import { NotesCard } from './notes-card.tsx';
import { OwnReminderCard } from './own-reminder-card.tsx';
import { ReferralsCard } from './referrals-card.tsx';
import { StatusCard } from './status-card.tsx';
import { TagsCard } from './tags-card.tsx';
import { DeletedNotice } from './deleted-notice.tsx';
import { ManageCard } from './manage-card.tsx';
import { ReachCard } from './reach-card.tsx';

/** Said once the deleted contact is back: focus comes here from the Undo button, which is gone. */
function RestoredLine({ message }: { message: string }) {
  const line = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => line.current?.focus(), []);
  return (
    <p class="notice ok" role="status" tabIndex={-1} ref={line}>
      {message}
    </p>
  );
}

/**
 * One person: who they are, where the conversation stands and every dated event in the main column;
 * what links them to others (tags, employer, referrals) and the later relationship beside it.
 */
export function ContactPage({ slug }: { slug: string }) {
  const data = useLiveQuery(() => (slug ? loadContact(slug) : null), [slug]);
  // The deleted rows stay here, on the page, for Undo.
  const [deleted, setDeleted] = useState<DeletedContactRows | null>(null);
  const [restored, setRestored] = useState('');

  if (!slug) {
    return (
      <PageProblem title="No contact chosen" current="contacts">
        This page shows one contact. Choose one from your contacts.
      </PageProblem>
    );
  }
  if (deleted) {
    document.title = `Deleted ${deleted.contact.name} · Confab`;
    return (
      <PageShell current="contacts" exact={false}>
        <DeletedNotice
          deleted={deleted}
          onRestored={() => {
            setRestored(`${deleted.contact.name} is back, with everything that was deleted.`);
            setDeleted(null);
          }}
        />
      </PageShell>
    );
  }
  if (data.state === 'loading' || (restored && data.state === 'ready' && !data.value))
    return <PageLoading current="contacts" what="the contact" />;
  if (data.state === 'error') {
    return (
      <PageProblem title="The contact could not be read" current="contacts">
        {data.error}
      </PageProblem>
    );
  }
  if (!data.value) {
    return (
      <PageProblem title="No saved contact" current="contacts">
        Confab has no contact with the profile “{slug}”. It may have been saved under another address, or not saved yet.
      </PageProblem>
    );
  }
  const { contact, timeline, employers, referrer, referrals, conversation, settings, knownTags } = data.value;
  document.title = `${contact.name} · Confab`;
  return (
    <PageShell current="contacts" exact={false}>
      {restored && <RestoredLine message={restored} />}
      <DetailsCard contact={contact} />
      <div class="contact-columns">
        <div class="column">
          <StatusCard contact={contact} timeline={timeline} />
          <TimelineCard timeline={timeline} />
          {/* Keyed by slug: the form takes the stored notes once, then owns them while the user types. */}
          <NotesCard key={slug} contact={contact} />
          <ReachCard key={slug} contact={contact} />
          <MeetingCard contact={contact} conversation={conversation} />
          <CaptureHistoryCard contact={contact} />
        </div>
        <div class="column" id="relations">
          <TagsCard contact={contact} knownTags={knownTags} />
          <EmployerLinkCard contact={contact} employers={employers} />
          <ReferralsCard contact={contact} referrer={referrer} referrals={referrals} />
          <KeepInTouchCard key={`${slug}-${contact.keepInTouchDays}`} contact={contact} settings={settings} />
          <AdviceCard contact={contact} />
          <OwnReminderCard key={slug} contact={contact} />
          <ManageCard contact={contact} onDeleted={setDeleted} />
        </div>
      </div>
    </PageShell>
  );
}
