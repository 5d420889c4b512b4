/**
 * Which role of a profile's experience list stands for "current title and company". Kept free of zod:
 * the capture script imports it.
 */
import type { Experience } from './profile.ts';

/** A role is current when it shows no end date ("Present", or nothing). */
export const isCurrentRole = (entry: Experience) => entry.end === null || !/\d/.test(entry.end);

const endYear = (entry: Experience) => Number(/\d{4}/.exec(entry.end ?? '')?.[0] ?? 0);

/**
 * The role that ended last, for a profile with no current role (between jobs, retired): the latest end
 * year; on a tie, the one listed first (LinkedIn lists the latest first).
 */
export function latestEndedRole(experience: readonly Experience[]): Experience | undefined {
  let latest: Experience | undefined;
  for (const entry of experience) {
    if (isCurrentRole(entry) || (!entry.title && !entry.company)) continue;
    if (!latest || endYear(entry) > endYear(latest)) latest = entry;
  }
  return latest;
}

/** The note beside title and company when they come from a role that ended ("latest role, ended Sep 2024"). */
export function endedRoleNote(profile: { currentRoleEnded?: string | null | undefined }): string | null {
  return profile.currentRoleEnded ? `latest role, ended ${profile.currentRoleEnded}` : null;
}
