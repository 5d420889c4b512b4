import { useRef, useState } from 'preact/hooks';
import { send } from '../../messaging/send.ts';

interface Props {
  slug: string;
  value: string;
  onChange: (place: string) => void;
}

/**
 * Where the conversation happens, kept on the contact (the contact page shows it too): saved as it is
 * typed, the latest answer deciding what the field says about it.
 */
export function MeetingPlaceField({ slug, value, onChange }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const latest = useRef(0);
  const save = (place: string) => {
    const ticket = ++latest.current;
    send('updateContact', { slug, meetingPlace: place.trim() }).then(
      () => ticket === latest.current && setProblem(null),
      (error: unknown) =>
        ticket === latest.current &&
        setProblem(`The place is not saved: ${error instanceof Error ? error.message : String(error)} Shorten it, or try again.`),
    );
  };
  return (
    <div class="field">
      <label for="meeting-place">Where you meet</label>
      <input
        id="meeting-place"
        type="text"
        maxLength={500}
        value={value}
        placeholder="A video call link, a phone number or an address"
        aria-describedby={problem ? 'meeting-place-hint meeting-place-problem' : 'meeting-place-hint'}
        aria-invalid={problem ? 'true' : undefined}
        onInput={(e) => {
          onChange(e.currentTarget.value);
          save(e.currentTarget.value);
        }}
      />
      <p id="meeting-place-hint" class="muted">
        The agenda message says where, and the invite carries it (a video call link opens from the calendar).
      </p>
      {problem && (
        <p id="meeting-place-problem" class="notice error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
