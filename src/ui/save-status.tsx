import type { SaveStatus } from './use-save.ts';

/** A save's outcome: a polite status when it worked, an alert when it did not. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  if (!status) return null;
  return (
    <p class={`notice ${status.kind}`} role={status.kind === 'ok' ? 'status' : 'alert'}>
      {status.message}
    </p>
  );
}

/** Problems found before saving, one per line, announced as an alert. */
export function ErrorList({ errors, id }: { errors: readonly string[]; id?: string }) {
  if (errors.length === 0) return null;
  return (
    <div class="notice error" role="alert" id={id}>
      {errors.length === 1 ? (
        <p>{errors[0]}</p>
      ) : (
        <ul class="plain-list">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * zod's issues as sentences. `sentences` replaces the generic message for a field ("Too big: expected
 * number to be <=240" says little to a person); otherwise the field is named before a message that
 * does not already name it ("A template needs a name." does).
 */
export function issueMessages(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  fieldNames: Record<string, string>,
  sentences: Record<string, string> = {},
): string[] {
  return [
    ...new Set(
      issues.map((issue) => {
        const key = String(issue.path[0] ?? '');
        const field = fieldNames[key];
        const named = !field || issue.message.toLowerCase().includes(field.toLowerCase());
        return sentences[key] ?? (named ? issue.message : `${field}: ${issue.message}`);
      }),
    ),
  ];
}

/**
 * The outcome of saving as you type: a quiet "Saved." in a polite live region that is always there
 * (a region added with its text is often not announced), an alert only when a save failed.
 */
export function AutoSaveStatus({ status }: { status: SaveStatus }) {
  return (
    <>
      <p class="save-quiet" role="status">
        {status?.kind === 'ok' ? status.message : ''}
      </p>
      {status?.kind === 'error' && (
        <p class="notice error" role="alert">
          {status.message}
        </p>
      )}
    </>
  );
}

/** Why a field's value was not saved, beside the field; the field points at it with aria-describedby. */
export function FieldProblem({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span class="field-problem" id={id} role="alert">
      {message}
    </span>
  );
}
