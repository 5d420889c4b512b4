/**
 * The pre-2017 logged-in profile page rendered dust templates in the browser from JSON it embedded
 * as `<code id="top_card-content">`, `<code id="my_profile_post-content">`... each `{"content":
 * {...}}` with one key per page module (TopCard, BasicInfo, Summary, Experience, Education). The
 * rendered markup holds almost nothing, so this JSON is the page's profile.
 */
import type { Education, Experience } from '../../core/contacts/profile.ts';
import {
  firstText,
  fullName,
  list,
  monthYear,
  obj,
  presentEnd,
  presentFields,
  text,
  type EmbeddedProfile,
  type JsonObject,
} from './embedded-values.ts';
import { slugOf } from './page-identity.ts';

/** Entries of the first list that has any, each id once (dust repeats entries in top/more lists). */
function entries(lists: unknown[][], idKey: string): JsonObject[] {
  for (const candidates of lists) {
    const seen = new Set<unknown>();
    const found: JsonObject[] = [];
    for (const entry of candidates.map(obj)) {
      const id = entry[idKey];
      if (id !== undefined && seen.has(id)) continue;
      seen.add(id);
      found.push(entry);
    }
    if (found.length > 0) return found;
  }
  return [];
}

function experienceOf(position: JsonObject): Experience {
  const start = monthYear(position.startDate);
  return {
    title: firstText(position.title, position.title_highlight),
    company: firstText(position.companyName, position.company_name),
    start,
    end: monthYear(position.endDate) ?? (start ? presentEnd : null),
    location: text(position.fmt_location),
  };
}

function educationOf(education: JsonObject): Education {
  return {
    school: firstText(education.schoolName, education.school_name),
    degree: firstText(education.degree, education.fmt__degree_highlight),
    field: text(education.fieldOfStudy),
    start: monthYear(education.startDate),
    end: monthYear(education.endDate),
  };
}

/** Reads the merged `content` of the dust blocks; null when it is not this member's profile. */
export function readDust(content: JsonObject, slug: string): EmbeddedProfile | null {
  const top = obj(content.TopCard);
  const publicUrl = obj(top.public_url);
  const claimed = slugOf(firstText(publicUrl.canonicalUrl, publicUrl.canonicalUrlToShow));
  if (claimed && claimed !== slug) return null;

  const basic = obj(obj(content.BasicInfo).basic_info);
  const topBasic = obj(top.basic_info);
  const viewee = obj(obj(content.Discovery).viewee);
  const name = firstText(top.fmt__full_name, basic.fullname, fullName(viewee.firstName, viewee.lastName));
  if (!name) return null;

  const positions = obj(top.positionsMpr);
  const current = obj(list(positions.topCurrent)[0] ?? positions.firstTopCurrentPosition);
  const summary = obj(obj(content.Summary).summary);
  const fields = {
    name,
    headline: firstText(basic.memberHeadline, topBasic.memberHeadline, obj(content.basic_info).memberHeadline),
    location: firstText(basic.location_highlight, basic.fmt_location, topBasic.location_highlight, topBasic.fmt_location),
    currentTitle: firstText(current.title, current.title_highlight),
    currentCompany: firstText(current.companyName, current.company_name),
    about: firstText(obj(summary.formData).rawSummary, summary.summary_lb),
  };

  const allPositions = list(obj(obj(content.Experience).positionsMpr).positions);
  const topPositions = [...list(positions.topCurrent), ...list(positions.topPrevious)];
  const educations = obj(obj(content.Education).educationsMpr);
  const topEducations = obj(top.educationsMpr);
  return {
    fields: presentFields(fields),
    experience: entries([allPositions, topPositions], 'positionId').map(experienceOf),
    education: entries(
      [list(educations.educations), [...list(topEducations.topEducations), ...list(topEducations.moreEducations)]],
      'educationId',
    ).map(educationOf),
  };
}
