import { useRef, useState } from 'preact/hooks';
import type { RequestOf } from '../../messaging/protocol.ts';
import { send } from '../../messaging/send.ts';
import type { SaveState } from '../../ui/contact-header.tsx';

export type ConversationChange = Omit<RequestOf<'saveConversation'>, 'slug'>;

/**
 * Every edit is written at once through the background: no debounce, so a closed tab never loses the
 * last keystroke. Messages reach the background in order and its writes are transactions on the same
 * table, so they land in order too; only the latest answer decides what the page says.
 */
export function useConversationSaver(slug: string) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef(0);

  const save = (change: ConversationChange): void => {
    const ticket = ++latest.current;
    setState({ kind: 'saving' });
    send('saveConversation', { slug, ...change }).then(
      () => ticket === latest.current && setState({ kind: 'saved', at: new Date() }),
      (error: unknown) =>
        ticket === latest.current &&
        setState({ kind: 'error', message: `Not saved: ${error instanceof Error ? error.message : String(error)}` }),
    );
  };

  return { state, save };
}
