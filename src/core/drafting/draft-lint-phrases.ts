/**
 * The phrase detectors behind the request lint. They read English text that has been through
 * `normalizeForLint` (NFC, straight apostrophes). Heuristics: a hint may be wrong, so none blocks.
 */

export function normalizeForLint(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/gu, "'")
    .replace(/[\u2010-\u2013]/gu, '-');
}

/** Whole words only, in any script: JavaScript's \b would split "résumé" after the "r". */
function words(patterns: readonly string[], flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

// "Role" alone is not here: "your role at Acme" is the focus on them that the method asks for.
// "Job" after praise ("great job on your talk") is not a job either.
const jobTerms = words([
  '(?<!(?:great|good|nice|amazing|fantastic|excellent|brilliant|terrific) )jobs?',
  '(?:job|role|position|any|an|open|current|new) openings?',
  'openings',
  '(?:open|available|vacant|any) (?:roles?|positions?)',
  'roles? openings?',
  'a position (?:at|on|in|with)',
  '(?:looking for|seeking|to find|to land) an? (?:new )?(?:role|position)',
  'hiring',
  'hire me',
  'vacanc(?:y|ies)',
  'r\u00e9sum\u00e9s?|resum\u00e9s?|r\u00e9sumes?',
  '(?:my|your|the|a|attached|updated) resumes?',
  'curriculum vitae',
  '(?:apply|applying|applied) (?:for|to)',
  '(?:my|an) application',
]);
const cv = words(['CVs?'], 'u');

/** The first job-search word in the text, as written, or null. */
export function jobMention(text: string): string | null {
  return (jobTerms.exec(text) ?? cv.exec(text))?.[0] ?? null;
}

const connectionPhrases = words([
  'we both',
  'both of us',
  'fellow',
  'alum(?:ni|nus|na|nae)?',
  'also (?:studied|worked|work|went|attended|graduated|grew up|live|lived|volunteer|volunteered)',
  'also (?:a|an) (?:member|graduate|alum|student|volunteer)',
  'referred',
  '(?:suggested|recommended) (?:that )?I',
  'mutual',
  'introduced',
  'introduction',
  'met at',
  'we met',
  'your (?:talk|post|article|podcast|panel|presentation|interview|book|newsletter|keynote|webinar|session|comment|paper)',
  'I (?:saw|heard|read) (?:you|your)',
  'same (?:school|university|college|program|programme|class|cohort|team|company|firm|group|club)',
  'former colleague',
  'classmates?',
  '(?:colleague|friend) of yours',
  '(?:gave|passed) me your (?:name|details)',
  'pointed me (?:to|toward|towards) you',
]);

export function statesConnection(text: string): boolean {
  return connectionPhrases.test(text);
}

const numberWords: Record<string, number> = {
  five: 5,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  'twenty-five': 25,
  thirty: 30,
  'forty-five': 45,
  sixty: 60,
};
const duration = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(\\d{1,3}|${Object.keys(numberWords).join('|')}) ?-? ?(?:minutes?|mins?)|(half an hour|half-hour|half hour)|(quarter of an hour|quarter-hour)|(?:(an|one|1|2|two) ?-? ?hours?))(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * Every length of time the text states, in minutes. A "quick call" or "a few minutes" states none:
 * the method asks for a number the person can weigh.
 */
export function statedMinutes(text: string): number[] {
  return [...text.matchAll(duration)].map(([whole, count, half, quarter]) => {
    if (count) return numberWords[count.toLowerCase()] ?? Number(count);
    if (half) return 30;
    if (quarter) return 15;
    return /^(?:2|two)/iu.test(whole) ? 120 : 60;
  });
}

const closingLine =
  /^(?:best|best wishes|best regards|kind regards|warm regards|regards|warmly|cheers|sincerely|all the best|gratefully|(?:with |many )?thanks(?: so much| again| in advance)?|thank you(?: so much| again| in advance)?)[\s,.!]*$/iu;
const closingSentence = /(?<=^|[.?!][^\p{L}\p{N}]*\s)(?:many )?(?:thanks|thank you)(?: so much| again| in advance)?[.!]*$/iu;

/**
 * The body without its sign-off: a closing line ("Best,", "Thanks!") and what follows it, or a bare
 * last line that reads as a name, and a trailing "Thank you!" after the question.
 */
export function withoutSignOff(body: string): string {
  const lines = body.trimEnd().split(/\r?\n/u);
  const tail = lines.length - 4;
  let end = lines.length;
  for (let index = lines.length - 1; index > 0 && index >= tail; index -= 1) {
    if (closingLine.test((lines[index] ?? '').trim())) end = index;
  }
  if (end === lines.length && lines.length > 1) {
    const last = (lines.at(-1) ?? '').trim();
    if (/^[-\u2014~]?\s*[\p{L}.' -]+$/u.test(last) && last.split(/\s+/u).length <= 4 && !/[.?!]$/u.test(last)) end -= 1;
  }
  return lines.slice(0, end).join('\n').trimEnd().replace(closingSentence, '').trimEnd();
}

/** Trailing quotes, brackets or an emoji after the "?" still end in a question. */
export function endsWithQuestion(text: string): boolean {
  return /\?[^\p{L}\p{N}.!,;:]*$/u.test(text.trimEnd());
}
