import { connectionNoteLimit, inmailLimits, type Channel } from '../../core/drafting/channels.ts';
import type { Settings } from '../../core/settings/settings.ts';

/** One line per channel saying what the counter holds a draft to, in the settings' terms. */
export function channelLimitText(channel: Channel, settings: Settings): string {
  const words = `the hints flag more than ${settings.lint.maxWords} words`;
  switch (channel) {
    case 'connection-note':
      return settings.premium
        ? `Up to ${connectionNoteLimit.premium} characters with Premium.`
        : `Up to ${connectionNoteLimit.free} characters (${connectionNoteLimit.premium} with Premium).`;
    case 'message':
      return `No hard limit; ${words}.`;
    case 'inmail':
      return `Subject up to ${inmailLimits.subject} characters, message up to ${inmailLimits.body.toLocaleString('en')}.`;
    case 'email':
      return `No limit; ${words}.`;
  }
}
