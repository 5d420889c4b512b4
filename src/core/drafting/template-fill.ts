import { isTemplateVariable, templateVariables, variableLabels } from './template-variables.ts';
import type { TemplateValues, TemplateVariable } from './template-variables.ts';

/** Filled text as the UI renders it: plain runs, and gaps it can show as highlighted placeholders. */
export type FillSegment = { text: string } | { missing: TemplateVariable };

export interface FilledText {
  segments: FillSegment[];
  /** Variables with no value, each once, in order of appearance. */
  missing: TemplateVariable[];
  /** `{names}` that are not variables: left as typed, reported so the user can fix a typo. */
  unknown: string[];
}

export interface FilledTemplate {
  subject: FillSegment[];
  body: FillSegment[];
  missing: TemplateVariable[];
  unknown: string[];
  /** The text to copy, or null while a gap is open: a literal `{firstName}` must never be sent. */
  copyable: { subject: string; body: string } | null;
}

// Lenient about spaces and case ("{ FirstName }"), since people type these by hand.
const placeholder = /\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}/gu;
const byLowerName = new Map<string, TemplateVariable>(templateVariables.map((name) => [name.toLowerCase(), name]));

function variableNamed(name: string): TemplateVariable | null {
  if (isTemplateVariable(name)) return name;
  return byLowerName.get(name.toLowerCase()) ?? null;
}

function pushText(segments: FillSegment[], text: string): void {
  if (!text) return;
  const last = segments.at(-1);
  if (last && 'text' in last) last.text += text;
  else segments.push({ text });
}

/** One pass over the template: values are inserted as they are and never read as placeholders. */
export function fillText(source: string, values: TemplateValues): FilledText {
  const segments: FillSegment[] = [];
  const missing = new Set<TemplateVariable>();
  const unknown = new Set<string>();
  let from = 0;
  for (const match of source.matchAll(placeholder)) {
    const [whole, name = ''] = match;
    pushText(segments, source.slice(from, match.index));
    from = match.index + whole.length;
    const variable = variableNamed(name);
    if (!variable) {
      unknown.add(name);
      pushText(segments, whole);
      continue;
    }
    const value = values[variable]?.trim();
    if (value) pushText(segments, value);
    else {
      missing.add(variable);
      segments.push({ missing: variable });
    }
  }
  pushText(segments, source.slice(from));
  return { segments, missing: [...missing], unknown: [...unknown] };
}

/** How a gap reads in plain text: a bracketed label the lint recognises and the user notices. */
export function gapMarker(variable: TemplateVariable): string {
  return `[${variableLabels[variable]}]`;
}

/** Plain text of the segments, gaps written by `gap` (by default as `[first name]`). */
export function segmentsToText(segments: readonly FillSegment[], gap: (variable: TemplateVariable) => string = gapMarker): string {
  return segments.map((segment) => ('text' in segment ? segment.text : gap(segment.missing))).join('');
}

export function fillTemplate(template: { subject: string; body: string }, values: TemplateValues): FilledTemplate {
  const subject = fillText(template.subject, values);
  const body = fillText(template.body, values);
  const missing = [...new Set([...subject.missing, ...body.missing])];
  const unknown = [...new Set([...subject.unknown, ...body.unknown])];
  const copyable = missing.length === 0 ? { subject: segmentsToText(subject.segments), body: segmentsToText(body.segments) } : null;
  return { subject: subject.segments, body: body.segments, missing, unknown, copyable };
}
