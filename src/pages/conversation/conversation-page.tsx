import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Contact, Conversation } from '../../core/contacts/contact.ts';
import type { SavedQuestion } from '../../core/conversation/question-banks.ts';
import type { Settings } from '../../core/settings/settings.ts';
import { currentConversation } from '../../db/conversations-repo.ts';
import { database } from '../../db/database.ts';
import { readSettings } from '../../db/settings-repo.ts';
import { useLiveQuery } from '../../ui/use-live-query.ts';
import { ConversationEditor } from './conversation-editor.tsx';

export interface ConversationData {
  contact: Contact | undefined;
  conversation: Conversation | undefined;
  settings: Settings;
  savedQuestions: SavedQuestion[];
}

async function loadConversation(slug: string): Promise<ConversationData> {
  const db = database();
  const contact = await db.contacts.get(slug);
  const conversation = contact ? await currentConversation(db, slug) : undefined;
  const settings = await readSettings(db);
  return { contact, conversation, settings, savedQuestions: settings.questions };
}

export function ConversationPage({ slug }: { slug: string }) {
  const data = useLiveQuery(() => (slug ? loadConversation(slug) : null), [slug]);
  const ready = data.state === 'ready' && Boolean(data.value?.contact);
  // The popup links to a section (#agenda, #after); it exists only once the data has been read.
  useEffect(() => {
    if (!ready || !location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    target?.scrollIntoView({ block: 'start' });
    const heading = target?.querySelector<HTMLElement>('h2');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }, [ready]);

  if (!slug) {
    return <Problem title="No contact chosen">This page shows one conversation. Open it from a saved contact in Confab’s popup.</Problem>;
  }
  if (data.state === 'loading')
    return (
      <main class="conversation">
        <p class="muted">Loading the conversation…</p>
      </main>
    );
  if (data.state === 'error') return <Problem title="The conversation could not be read">{data.error}</Problem>;
  if (!data.value?.contact) {
    return (
      <Problem title="No saved contact">
        Confab has no contact with the profile “{slug}”. Save the person from their LinkedIn profile with Confab’s popup, then open their
        conversation again.
      </Problem>
    );
  }
  document.title = `Conversation with ${data.value.contact.name} · Confab`;
  // Keyed by slug: the editor takes the stored values once, then owns them while the user types.
  return <ConversationEditor key={slug} slug={slug} data={{ ...data.value, contact: data.value.contact }} />;
}

function Problem({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <main class="conversation">
      <section class="card" aria-labelledby="problem-heading">
        <h1 id="problem-heading">{title}</h1>
        <p class="notice error" role="alert">
          {children}
        </p>
      </section>
    </main>
  );
}
