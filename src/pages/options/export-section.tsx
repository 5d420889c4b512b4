import './export/export.css';
import type { ExportKind } from './export/build-export.ts';
import { SaveStatusLine } from '../../ui/save-status.tsx';
import { SectionCard } from './section-card.tsx';
import { useAction } from '../../ui/use-action.ts';

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
 * Files to take the data elsewhere. The builders (and papaparse and the calendar writer they need)
 * are imported only on a click, so they cost the page nothing until then.
 */
export function ExportSection() {
  const { status, busy, run } = useAction();

  const exportFile = (kind: ExportKind) => {
    // Not `disabled` while busy: that would drop the keyboard focus from the button just pressed.
    if (busy) return;
    void run(
      async () => {
        const { buildExport, downloadFile } = await import('./export/build-export.ts');
        const outcome = await buildExport(kind);
        if ('empty' in outcome) return outcome.empty;
        downloadFile(outcome.file);
        return `Exported ${outcome.file.summary} to ${outcome.file.fileName}.`;
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
      <SaveStatusLine status={status} />
    </SectionCard>
  );
}
