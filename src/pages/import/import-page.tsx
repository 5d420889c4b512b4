import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorList } from '../../ui/save-status.tsx';
import type { ImportPreview } from '../../core/import/import-preview.ts';
import type { ImportReading } from '../../core/import/import-reading.ts';
import { Cancelled } from '../../core/progress/progress.ts';
import { refusalOf, send } from '../../messaging/send.ts';
import { sendLong } from '../../messaging/send-long.ts';
import { PageShell } from '../../ui/page-shell.tsx';
import { ProgressPanel } from '../../ui/progress-panel.tsx';
import { useLongSend } from '../../ui/use-long-send.ts';
import { pageHref } from '../pages.ts';
import { AboutYouOffer } from './about-you-offer.tsx';
import { FileChooser } from './file-chooser.tsx';
import { ImportPreviewView } from './import-preview-view.tsx';
import { LatestImport } from './latest-import.tsx';
import { readFiles, type ReadProgress } from './read-files.ts';

type Step =
  | { step: 'choose' }
  | { step: 'reading'; names: string; progress: ReadProgress | null; cancel: () => void }
  | { step: 'refused'; message: string }
  | { step: 'comparing'; reading: ImportReading }
  | { step: 'preview'; reading: ImportReading; preview: ImportPreview }
  | { step: 'importing'; reading: ImportReading; preview: ImportPreview }
  | { step: 'done'; reading: ImportReading; id: number; preview: ImportPreview }
  | { step: 'undone'; restored: number };

const number = new Intl.NumberFormat();

/**
 * Choose LinkedIn's data export (the zip or its CSVs), see what importing it would do, import it in one
 * go, undo it. The files are read in a worker on this computer and never leave it; the background
 * checks the reading again, compares it with what is saved and writes it in one transaction, both
 * over a port that shows their progress and takes a Cancel (a cancelled import writes nothing).
 */
export function ImportPage() {
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [problem, setProblem] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const long = useLongSend();
  const result = useRef<HTMLDivElement>(null);

  // Each step that answers the person takes the focus, so a keyboard or screen reader user hears it.
  useEffect(() => {
    if (state.step !== 'choose' && state.step !== 'reading') result.current?.focus();
  }, [state.step]);

  const choose = async (files: File[]) => {
    setProblem(null);
    setCancelled(false);
    if (state.step === 'reading') state.cancel();
    long.cancel();
    if (files.length === 0) return setState({ step: 'choose' });
    const names = files.map((file) => file.name).join(', ');
    const reading = readFiles(files, (progress) =>
      setState((now) => (now.step === 'reading' && now.cancel === reading.cancel ? { ...now, progress } : now)),
    );
    setState({ step: 'reading', names, progress: null, cancel: reading.cancel });
    const outcome = await reading.result;
    if (!outcome.ok) {
      setState((now) =>
        now.step === 'reading' && now.cancel === reading.cancel
          ? 'cancelled' in outcome
            ? { step: 'choose' }
            : { step: 'refused', message: outcome.message }
          : now,
      );
      return;
    }
    const read = outcome.reading;
    setState({ step: 'comparing', reading: read });
    // Another choice of files meanwhile cancels this one: its answer then changes nothing.
    const still = (next: Step) => setState((now) => (now.step === 'comparing' && now.reading === read ? next : now));
    try {
      const { preview } = await long.start((onProgress) => sendLong('previewImport', { reading: read }, onProgress));
      still({ step: 'preview', reading: read, preview });
    } catch (error) {
      still(error instanceof Cancelled ? { step: 'choose' } : { step: 'refused', message: refusalOf(error).message });
    }
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    setProblem(null);
    setCancelled(false);
    const { reading, preview } = state;
    setState({ step: 'importing', reading, preview });
    try {
      const { id, preview: applied } = await long.start((onProgress) => sendLong('applyImport', { reading }, onProgress));
      setState({ step: 'done', reading, id, preview: applied });
    } catch (error) {
      if (error instanceof Cancelled) setCancelled(true);
      else setProblem(refusalOf(error).message);
      setState({ step: 'preview', reading, preview });
    }
  };

  const undo = async (id: number) => {
    setProblem(null);
    try {
      const { restored } = await send('undoImport', { id });
      setState({ step: 'undone', restored });
    } catch (error) {
      setProblem(refusalOf(error).message);
    }
  };

  const busy = state.step === 'reading' || state.step === 'comparing' || state.step === 'importing';

  return (
    <PageShell current="contacts" exact={false}>
      <header class="page-header">
        <h1>Import from LinkedIn</h1>
        <p class="muted">Start from the network you already have: your connections, the invitations you sent and who wrote back.</p>
      </header>
      <section class="card stack" aria-labelledby="choose-heading">
        <h2 id="choose-heading">Your data export</h2>
        <ol class="steps">
          <li>
            On LinkedIn, open <strong>Settings → Data privacy → Get a copy of your data</strong>, and ask for Connections, Invitations,
            Messages and Profile (or everything).
          </li>
          <li>LinkedIn e-mails you a link, usually within a day. Download the zip.</li>
          <li>Choose it here, or drop it on this box. You can also choose the CSV files from inside it.</li>
        </ol>
        <FileChooser disabled={state.step === 'importing'} onChoose={(files) => void choose(files)} />
        <p class="muted">
          Confab reads the files on this computer and keeps what it needs in your browser. Nothing is uploaded, and nothing is sent to
          LinkedIn.
        </p>
      </section>

      <div ref={result} tabIndex={-1} class="import-result" aria-busy={busy}>
        {state.step === 'reading' && (
          <section class="card stack" aria-labelledby="reading-heading">
            <h2 id="reading-heading">Reading {state.names}</h2>
            <Progress progress={state.progress} />
            <div>
              <button type="button" onClick={() => state.cancel()}>
                Stop reading
              </button>
            </div>
          </section>
        )}
        {state.step === 'refused' && <ErrorList errors={[`${state.message} Nothing was imported.`]} />}
        {state.step === 'comparing' && (
          <section class="card stack" aria-labelledby="comparing-heading">
            <h2 id="comparing-heading">Comparing {number.format(state.reading.contacts.length)} people with your saved contacts</h2>
            <ProgressPanel
              name="Comparing the export with your contacts"
              progress={long.progress}
              cancelling={long.cancelling}
              onCancel={long.cancel}
            />
          </section>
        )}
        {(state.step === 'preview' || state.step === 'importing') && (
          <ImportPreviewView
            preview={state.preview}
            busy={state.step === 'importing'}
            problem={problem}
            cancelled={cancelled}
            onImport={() => void confirm()}
            onCancel={() => setState({ step: 'choose' })}
          >
            <ProgressPanel name="Importing" progress={long.progress} cancelling={long.cancelling} onCancel={long.cancel} />
          </ImportPreviewView>
        )}
        {state.step === 'done' && (
          <section class="card stack" aria-labelledby="done-heading">
            <h2 id="done-heading">Imported</h2>
            <p role="status">{doneSentence(state.preview)}</p>
            <div class="row wrap">
              <a class="button primary" href={pageHref('network')}>
                Open your network
              </a>
              <a class="button" href={pageHref('contacts')}>
                Open your contacts
              </a>
              <button type="button" onClick={() => void undo(state.id)}>
                Undo import
              </button>
            </div>
            <ErrorList errors={problem ? [problem] : []} />
            {state.reading.aboutYou && <AboutYouOffer aboutYou={state.reading.aboutYou} />}
          </section>
        )}
        {state.step === 'undone' && (
          <p class="notice ok" role="status">
            The import was undone: your contacts are exactly as they were before it ({number.format(state.restored)}{' '}
            {state.restored === 1 ? 'record' : 'records'} put back or removed).
          </p>
        )}
      </div>
      {(state.step === 'choose' || state.step === 'refused' || state.step === 'undone') && (
        <LatestImport onUndo={(id) => void undo(id)} problem={problem} />
      )}
    </PageShell>
  );
}

function Progress({ progress }: { progress: ReadProgress | null }) {
  if (!progress)
    return (
      <p class="muted" role="status">
        Starting…
      </p>
    );
  return (
    <div class="stack">
      <progress max={progress.total || 1} value={progress.done} aria-label="Reading the export" />
      <p class="muted" role="status">
        {progress.label}
      </p>
    </div>
  );
}

function doneSentence(preview: ImportPreview): string {
  const parts = [
    `${number.format(preview.newPeople)} ${preview.newPeople === 1 ? 'person is' : 'people are'} now in your network`,
    `${number.format(preview.changes.length)} saved ${preview.changes.length === 1 ? 'contact was' : 'contacts were'} updated`,
  ];
  const moved = preview.changes.filter((change) => change.moves.length > 0).length;
  if (moved) parts.push(`${number.format(moved)} moved forward with LinkedIn's evidence`);
  return `${parts.join(', ')}. None of the new people is a prospect until you make them one.`;
}
