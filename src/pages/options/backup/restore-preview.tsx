import {
  backupTableNames,
  type BackupTableName,
  type RestoreMode,
  type RestorePreview,
  type TableCounts,
} from '../../../core/backup/backup-format.ts';

const tableLabels: Record<BackupTableName, string> = {
  contacts: 'Contacts',
  conversations: 'Conversations',
  timeline: 'Timeline events',
  drafts: 'Drafts',
  settings: 'Settings',
  employers: 'Employers',
};

const columns: { key: keyof TableCounts; label: string }[] = [
  { key: 'inFile', label: 'In the file' },
  { key: 'added', label: 'Added' },
  { key: 'updated', label: 'Updated' },
  { key: 'unchanged', label: 'Unchanged' },
  { key: 'removed', label: 'Removed' },
];

/** What the file holds and what the restore would do with it, per table: the numbers to read before confirming. */
export function RestorePreviewTable({ preview, mode }: { preview: RestorePreview; mode: RestoreMode }) {
  const removed = backupTableNames.reduce((sum, name) => sum + preview[name].removed, 0);
  const changes = backupTableNames.reduce((sum, name) => sum + preview[name].added + preview[name].updated + preview[name].removed, 0);
  return (
    <>
      <table class="restore-preview">
        <caption>What {mode === 'merge' ? 'merging' : 'replacing with'} this backup would change</caption>
        <thead>
          <tr>
            <th scope="col">Data</th>
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {backupTableNames.map((name) => (
            <tr key={name}>
              <th scope="row">{tableLabels[name]}</th>
              {columns.map((column) => (
                <td
                  key={column.key}
                  class={
                    column.key === 'inFile'
                      ? 'in-file'
                      : preview[name][column.key] === 0
                        ? 'zero'
                        : column.key === 'removed'
                          ? 'removed'
                          : ''
                  }
                >
                  {preview[name][column.key].toLocaleString('en')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {changes === 0 && <p class="notice ok">Nothing would change: this browser already holds everything in the backup.</p>}
      {removed > 0 && (
        <p class="notice warn">
          {removed.toLocaleString('en')} {removed === 1 ? 'row' : 'rows'} here would be removed. Back up first if you may want them again.
        </p>
      )}
    </>
  );
}
