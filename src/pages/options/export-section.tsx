import './export/export.css';
import type { ExportKind } from '../../core/export/export-file.ts';
import { Cancelled } from '../../core/progress/progress.ts';
import { sendLong } from '../../messaging/send-long.ts';
import { downloadText } from '../../ui/download-file.ts';
import { ProgressPanel } from '../../ui/progress-panel.tsx';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { SectionCard } from './section-card.tsx';
import { useAction } from '../../ui/use-action.ts';
import { useLongSend } from '../../ui/use-long-send.ts';

const choices: { kind: ExportKind; label: string; help: string }[] = [
  { kind: 'contacts-csv', label: 'Contacts (CSV)', help: 'One row per contact, every field, for a spreadsheet.' },
  { kind: 'conversations-csv', label: 'Conversations (CSV)', help: 'Each meeting with its agenda, notes, advice and next steps.' },
  {
    kind: 'contacts-vcard',
    label: 'Contacts (vCard)',
    help: 'For your address book: name, company, title, LinkedIn profile, headline, notes and tags.',
  },
  { kind: 'calendar', label: 'Calendar (.ics)', help: 'Upcoming meetings, and the reminders still to come as all-day events.' },
];

/**
 * Files to take the data elsewhere. The background builds them (with 30,000 contacts that takes
 * seconds: the bar shows how far it got, and Cancel stops it); this page downloads what comes back.
 */
export function ExportSection() {
  const { status, busy, run } = useAction();
  const long = useLongSend();

  const exportFile = (kind: ExportKind) => {
    // Not `disabled` while busy: that would drop the keyboard focus from the button just pressed.
    if (busy) return;
    void run(
      async () => {
        try {
          const { outcome } = await long.start((onProgress) => sendLong('exportFile', { kind }, onProgress));
          if ('empty' in outcome) return outcome.empty;
          await downloadText(outcome.file.fileName, outcome.file.text, outcome.file.type);
          return `Exported ${outcome.file.summary} to ${outcome.file.fileName}.`;
        } catch (error) {
          if (error instanceof Cancelled) return 'The export was cancelled: no file was saved.';
          throw error;
        }
      },
      (message) => message,
    );
  };

  return (
    <SectionCard
      id="export"
      intro="Take your data to a spreadsheet, an address book or a calendar. Dates in the spreadsheets are in your time zone, written 2026-11-30 14:00; a cell that a spreadsheet could run as a formula starts with an apostrophe."
    >
      <ul class="export-list" aria-busy={busy}>
        {choices.map((choice) => (
          <li key={choice.kind}>
            <button type="button" aria-describedby={`export-${choice.kind}-help`} onClick={() => exportFile(choice.kind)}>
              {choice.label}
            </button>
            <span id={`export-${choice.kind}-help`} class="muted">
              {choice.help}
            </span>
          </li>
        ))}
      </ul>
      {long.running && (
        <ProgressPanel name="Making the file" progress={long.progress} cancelling={long.cancelling} onCancel={long.cancel} />
      )}
      <SaveStatusLine status={status} />
    </SectionCard>
  );
}
