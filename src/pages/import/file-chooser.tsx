import { useState } from 'preact/hooks';

interface Props {
  disabled: boolean;
  onChoose: (files: File[]) => void;
}

/**
 * The file input is the control (it takes the keyboard and tells screen readers what it is); the box
 * around it also takes files dropped on it. Several files may be chosen: the zip, or the CSVs in it.
 */
export function FileChooser({ disabled, onChoose }: Props) {
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined) => onChoose(files ? [...files] : []);
  return (
    <div
      class={`drop-zone${over ? ' over' : ''}`}
      data-testid="drop-zone"
      onDragOver={(event) => {
        if (disabled) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        if (!disabled) take(event.dataTransfer?.files);
      }}
    >
      <label class="field">
        The zip LinkedIn sent you, or its CSV files
        <input
          type="file"
          accept=".zip,.csv,application/zip,text/csv"
          multiple
          disabled={disabled}
          onChange={(event) => take(event.currentTarget.files)}
        />
      </label>
      <p class="muted">or drop them here</p>
    </div>
  );
}
