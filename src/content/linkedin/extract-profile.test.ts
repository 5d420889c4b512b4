import { describe, expect, it } from 'vitest';
import { extractionSchema, type ExtractedProfile } from '../../core/contacts/profile.ts';
import { extractProfile } from './extract-profile.ts';
import { parseDocument } from '../../../test/unit/linkedin-test-document.ts';

const url = 'https://www.linkedin.com/in/avery-quinlan/';
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const topCard = (inner: string) => `<section class="top-card-layout">${inner}</section>`;
const page = (body: string, head = '') => parseDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, url);

function profile(body: string, head = '', at = url): ExtractedProfile {
  const result = extractProfile(page(body, head), at);
  expect(extractionSchema.safeParse(result).success).toBe(true);
  if (result.kind !== 'profile') throw new Error(`expected a profile, got ${result.kind}`);
  return result;
}

describe('extractProfile', () => {
  it('prefers JSON-LD where it disagrees with the page, and falls back to the page where it is masked', () => {
    const result = profile(
      topCard(`<h1 class="top-card-layout__title">Avery Q.</h1>
        <h3 class="top-card-layout__first-subline"><span>Portland</span></h3>
        <div data-section="currentPositionsDetails"><span class="top-card-link__description">Harbor Light Labs</span></div>`),
      ld({
        '@type': 'Person',
        name: 'Avery Quinlan',
        url: 'https://www.linkedin.com/in/avery-quinlan',
        address: { addressLocality: 'Portland, Oregon, United States' },
        jobTitle: ['****** *******'],
        worksFor: [{ name: '****** *****' }],
      }),
    );
    expect(result).toMatchObject({
      name: 'Avery Quinlan',
      location: 'Portland, Oregon, United States',
      currentCompany: 'Harbor Light Labs',
      currentTitle: null,
    });
  });

  it('uses the Person that claims the URL’s slug when there are several', () => {
    const head =
      ld({ '@type': 'Person', name: 'Someone Else', url: 'https://www.linkedin.com/in/someone-else' }) +
      ld({ '@type': 'Person', name: 'Avery Quinlan', sameAs: 'https://www.linkedin.com/in/avery-quinlan' });
    expect(profile('', head).name).toBe('Avery Quinlan');
  });

  it('never reads the sign-in modal or follower counts into the top card', () => {
    const result = profile(
      topCard(`<button><h1 class="top-card-layout__title">Sam Okafor</h1></button>
        <div class="contextual-sign-in-modal"><h2 class="top-card-layout__headline">Sign in to view Sam’s full profile</h2></div>
        <h3 class="top-card-layout__first-subline"><div class="profile-info-subheader"><span class="before:middot"></span>
        <button>Contact Info</button><div><span>48 followers</span><span>45 connections</span></div></div></h3>`),
    );
    expect(result).toMatchObject({ name: 'Sam Okafor', headline: null, location: null });
    expect(result.missing).toEqual(['headline', 'location', 'currentTitle', 'currentCompany', 'about', 'experience', 'education']);
  });

  it('keeps volunteering out of experience and takes the current title from the current role', () => {
    const result = profile(`${topCard('<h1 class="top-card-layout__title">Jordan Reyes</h1>')}
      <section data-section="volunteering"><ul><li class="profile-section-card"><h3>Mentor</h3><h4>Code Club</h4></li></ul></section>
      <section data-section="experience"><ul class="experience__list">
        <li><h3><span class="experience-item__title">Analyst</span></h3><h4><span class="experience-item__subtitle">Old Co</span></h4>
          <p><span class="date-range"><time>2019</time> - <time>2020</time></span></p></li>
        <li><h3><span class="experience-item__title">Data Engineer</span></h3><h4><span class="experience-item__subtitle">Quarry Analytics</span></h4>
          <p><span class="date-range"><time>2021</time> - Present</span></p></li>
      </ul></section>`);
    expect(result.experience.map((entry) => entry.title)).toEqual(['Analyst', 'Data Engineer']);
    expect(result).toMatchObject({ currentTitle: 'Data Engineer', currentCompany: 'Quarry Analytics' });
  });

  it('matches the top card’s company to a role whose company name holds it ("Google" in "Google LLC")', () => {
    const role = (title: string, company: string, dates: string) =>
      `<li><h3><span class="experience-item__title">${title}</span></h3><h4><span class="experience-item__subtitle">${company}</span></h4><p><span class="date-range">${dates}</span></p></li>`;
    const result = profile(`${topCard(`<h1 class="top-card-layout__title">Jordan Reyes</h1>
        <div data-section="currentPositionsDetails"><span class="top-card-link__description">Google</span></div>`)}
      <section data-section="experience"><ul class="experience__list">
        ${role('Intern', 'Googleplex Tours', '<time>2018</time> - Present')}
        ${role('Software Engineer', 'Google LLC', '<time>2021</time> - Present')}
      </ul></section>`);
    expect(result).toMatchObject({ currentTitle: 'Software Engineer', currentCompany: 'Google' });
  });

  it('with no current role, takes title and company from the latest role that ended, and says it ended', () => {
    const role = (title: string, company: string, dates: string) =>
      `<li><h3><span class="experience-item__title">${title}</span></h3><h4><span class="experience-item__subtitle">${company}</span></h4><p><span class="date-range">${dates}</span></p></li>`;
    const result = profile(`${topCard('<h1 class="top-card-layout__title">Jordan Reyes</h1>')}
      <section data-section="experience"><ul class="experience__list">
        ${role('Analyst', 'Old Co', '<time>Jan 2015</time> - <time>Dec 2018</time>')}
        ${role('Data Engineer', 'Quarry Analytics', '<time>Jan 2019</time> - <time>Sep 2024</time>')}
      </ul></section>`);
    expect(result).toMatchObject({ currentTitle: 'Data Engineer', currentCompany: 'Quarry Analytics', currentRoleEnded: 'Sep 2024' });
    expect(result.missing).not.toContain('currentTitle');
  });

  it('does not flag a current role as ended', () => {
    const result = profile(`${topCard('<h1 class="top-card-layout__title">Jordan Reyes</h1>')}
      <section data-section="experience"><ul class="experience__list"><li><h3><span class="experience-item__title">Data Engineer</span></h3>
        <h4><span class="experience-item__subtitle">Quarry Analytics</span></h4><p><span class="date-range"><time>2021</time> - Present</span></p></li></ul></section>`);
    expect(result.currentTitle).toBe('Data Engineer');
    expect(result).not.toHaveProperty('currentRoleEnded');
  });

  it('keeps LinkedIn’s taglines out of company names, on the top card and in the experience list', () => {
    const result = profile(`${topCard(`<h1 class="top-card-layout__title">Jordan Reyes</h1>
        <div data-section="currentPositionsDetails"><span class="top-card-link__description">Insighture - We’re hiring</span></div>`)}
      <section data-section="experience"><ul class="experience__list"><li><h3><span class="experience-item__title">Engineer</span></h3>
        <h4><span class="experience-item__subtitle">Insighture | Software that ships</span></h4><p><span class="date-range"><time>2021</time> - Present</span></p></li></ul></section>`);
    expect(result).toMatchObject({ currentCompany: 'Insighture', currentTitle: 'Engineer' });
    expect(result.experience[0]?.company).toBe('Insighture');
  });

  it('takes the slug from the canonical link when the URL is not a /in/ address', () => {
    const result = profile(
      topCard('<h1 class="top-card-layout__title">A</h1>'),
      '<link rel="canonical" href="https://uk.linkedin.com/in/Avery-Quinlan">',
      'http://127.0.0.1:8080/page.html',
    );
    expect(result).toMatchObject({ slug: 'avery-quinlan', url: 'https://www.linkedin.com/in/avery-quinlan/' });
  });

  it('calls a profile without any slug unsupported', () => {
    expect(extractProfile(page(topCard('<h1 class="top-card-layout__title">A</h1>')), 'https://www.linkedin.com/feed/')).toEqual({
      kind: 'unsupported',
    });
  });

  it('falls back to the <title> for the name', () => {
    expect(profile(topCard(''), '<title>(2) Avery Quinlan | LinkedIn</title>').name).toBe('Avery Quinlan');
  });

  it('never throws, whatever the document does', () => {
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    ) as Document;
    expect(extractProfile(throwing, url)).toEqual({ kind: 'unsupported' });
    expect(extractProfile(null as unknown as Document, url)).toEqual({ kind: 'unsupported' });
    const result = extractProfile(
      page(topCard('<h1 class="top-card-layout__title">A</h1>'), '<script type="application/ld+json">{oops</script>'),
      'not a url',
    );
    expect(result.kind).toBe('unsupported');
  });

  it('returns what it could read when part of the document breaks', () => {
    const doc = page(`${topCard('<h1 class="top-card-layout__title">Avery Quinlan</h1>')}
      <section data-section="experience"><ul class="experience__list"><li><h3>Designer</h3></li></ul></section>`);
    const querySelectorAll = doc.querySelectorAll.bind(doc);
    doc.querySelectorAll = ((selector: string) => {
      if (selector.includes('experience')) throw new Error('boom');
      return querySelectorAll(selector);
    }) as typeof doc.querySelectorAll;
    const result = extractProfile(doc, url);
    expect(result).toMatchObject({ kind: 'profile', name: 'Avery Quinlan', experience: [] });
  });

  it('captures the mobile web profile (/mwlite/in/<slug>) as the desktop profile', () => {
    const result = profile(
      topCard('<h1 class="top-card-layout__title">Avery Quinlan</h1>'),
      '',
      'https://www.linkedin.com/mwlite/in/avery-quinlan',
    );
    expect(result).toMatchObject({ slug: 'avery-quinlan', url: 'https://www.linkedin.com/in/avery-quinlan/', name: 'Avery Quinlan' });
  });

  it('never presents part of a profile as the whole: it names the main profile instead', () => {
    const header = '<section class="artdeco-card" data-member-id="1"><h1 class="t-24">Avery Quinlan</h1></section>';
    for (const at of [
      'https://www.linkedin.com/in/Avery-Quinlan/details/experience/',
      'https://www.linkedin.com/mwlite/in/avery-quinlan/recent-activity/all/',
    ]) {
      expect(extractProfile(page(header), at)).toEqual({ kind: 'subpage', slug: 'avery-quinlan', url });
    }
  });

  it('reads a company page from its JSON-LD where the page shows no About lines', () => {
    const org = ld({ '@type': 'Organization', name: 'Acme Ropes', address: { addressLocality: 'Bergen', addressCountry: 'NO' } });
    const result = extractProfile(page('<main></main>', org), 'https://www.linkedin.com/company/acme-ropes/');
    expect(result).toEqual({
      kind: 'company',
      slug: 'acme-ropes',
      url: 'https://www.linkedin.com/company/acme-ropes/',
      name: 'Acme Ropes',
      industry: null,
      size: null,
      headquarters: 'Bergen, NO',
    });
    expect(extractionSchema.safeParse(result).success).toBe(true);
  });
});
