/** The fields a capture reports as missing. Kept free of zod: the capture script imports it. */
export const profileFieldNames = [
  'name',
  'headline',
  'location',
  'currentTitle',
  'currentCompany',
  'about',
  'experience',
  'education',
] as const;
