import type { ExtractedProfile } from './profile.ts';

/** The top-card fields compared between two captures of the same person. */
export const trackedFields = ['name', 'headline', 'currentTitle', 'currentCompany', 'location'] as const;
export type TrackedField = (typeof trackedFields)[number];
export type CaptureSnapshot = Record<TrackedField, string>;

export const trackedFieldLabels: Record<TrackedField, string> = {
  name: 'Name',
  headline: 'Headline',
  currentTitle: 'Current title',
  currentCompany: 'Company',
  location: 'Location',
};

export interface FieldChange {
  field: TrackedField;
  before: string;
  after: string;
}

export function snapshotOf(profile: Pick<ExtractedProfile, TrackedField>): CaptureSnapshot {
  const entries = trackedFields.map((field) => [field, profile[field] ?? ''] as const);
  return Object.fromEntries(entries) as CaptureSnapshot;
}

/**
 * What LinkedIn shows differently since the last capture. Compared with the last capture, not with the
 * saved contact, so the person's own edits in the form are never reported as LinkedIn changes. A field
 * the new capture could not read is not reported as removed: a half-loaded page is not news.
 */
export function changesSince(previous: CaptureSnapshot | null, current: CaptureSnapshot): FieldChange[] {
  if (!previous) return [];
  return trackedFields
    .filter((field) => current[field] !== '' && normalise(previous[field]) !== normalise(current[field]))
    .map((field) => ({ field, before: previous[field], after: current[field] }));
}

function normalise(value: string): string {
  return value.replace(/\s+/gu, ' ').trim().toLowerCase();
}
