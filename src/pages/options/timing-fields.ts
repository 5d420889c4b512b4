import { thankYouDelayRange, type Settings, type SettingsPatch } from '../../core/settings/settings.ts';
import { timingProblem, timingRanges, timingSettingsSchema, type DueSettings } from '../../core/reminders/timing-settings.ts';

/** Every number of the timing card, as typed: the thank-you's due and late hours and the method's steps. */
export type TimingNumber = Exclude<keyof DueSettings, 'keepInTouchDaysByTag'>;
export type TimingValues = Record<TimingNumber, string> & { tags: string };

const ranges: Record<TimingNumber, readonly [number, number]> = { ...timingRanges, thankYouDelayHours: thankYouDelayRange };
const numbers = Object.keys(ranges) as TimingNumber[];

/** "mentor 30, alumni 120" ⇄ { mentor: 30, alumni: 120 }. */
const tagsText = (byTag: Record<string, number>) =>
  Object.entries(byTag)
    .map(([tag, days]) => `${tag} ${days}`)
    .join(', ');
function parseTags(text: string): Record<string, number> | null {
  const entries = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => /^(.+?)\s+(\d+)$/u.exec(part));
  if (entries.some((match) => !match)) return null;
  return Object.fromEntries(entries.map((match) => [match![1]!.trim(), Number(match![2])]));
}

export function timingValuesOf(settings: Pick<Settings, 'timing' | 'thankYouDelayHours'>): TimingValues {
  const due: DueSettings = { ...settings.timing, thankYouDelayHours: settings.thankYouDelayHours };
  return {
    ...(Object.fromEntries(numbers.map((key) => [key, String(due[key])])) as Record<TimingNumber, string>),
    tags: tagsText(due.keepInTouchDaysByTag),
  };
}

const outOfRange = (key: TimingNumber) => `Enter a whole number from ${ranges[key][0]} to ${ranges[key][1]}.`;

/** The patch the values make, or the problem of each field that keeps them from being saved. */
export function checkTiming(values: TimingValues): { patch: SettingsPatch } | { problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const given = Object.fromEntries(numbers.map((key) => [key, values[key].trim() === '' ? Number.NaN : Number(values[key])]));
  for (const key of numbers) {
    const n = given[key]!;
    if (!Number.isInteger(n) || n < ranges[key][0] || n > ranges[key][1]) problems[key] = outOfRange(key);
  }
  const byTag = parseTags(values.tags);
  if (!byTag) problems['tags'] = 'Write each tag and its days, separated by commas: mentor 30, alumni 120.';
  const { thankYouDelayHours, ...timing } = given;
  const parsed = timingSettingsSchema.safeParse({ ...timing, keepInTouchDaysByTag: byTag ?? {} });
  if (!parsed.success && byTag && Object.keys(problems).length === 0)
    problems['tags'] =
      `Each tag’s days: a whole number from ${timingRanges.keepInTouchDays[0]} to ${timingRanges.keepInTouchDays[1]}, at most 100 tags.`;
  if (Object.keys(problems).length > 0 || !parsed.success) return { problems };
  const order = timingProblem({ ...parsed.data, thankYouDelayHours: thankYouDelayHours! });
  if (order) return { problems: { [order.field]: order.message } };
  return { patch: { timing: parsed.data, thankYouDelayHours } };
}
