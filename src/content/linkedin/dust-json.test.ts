import { describe, expect, it } from 'vitest';
import { readDust } from './dust-json.ts';

/** Made-up content shaped like a 2015 logged-in page's dust modules (several blocks merged). */
const content = {
  TopCard: {
    fmt__full_name: 'Henrike Brandauer',
    public_url: { canonicalUrl: 'https://de.linkedin.com/in/henrikebrandauer' },
    basic_info: { memberHeadline: 'Bauingenieurin' },
    positionsMpr: {
      topCurrent: [{ title: 'Projektleiterin', companyName: 'Brückenbau Nord GmbH', positionId: 11 }],
      topPrevious: [{ title: 'Statikerin', companyName: 'Ingenieurb&#xfc;ro Kamp', positionId: 12 }],
    },
    educationsMpr: {
      topEducations: [{ educationId: 21, schoolName: 'TU Hafenstadt' }],
      moreEducations: [
        { educationId: 21, schoolName: 'TU Hafenstadt' },
        { educationId: 22, schoolName: 'Gymnasium am Deich' },
      ],
    },
  },
  BasicInfo: { basic_info: { memberHeadline: 'Bauingenieurin', location_highlight: 'Hamburg und Umgebung, Deutschland' } },
  Summary: { summary: { summary_lb: 'Br&#xfc;cken, Tunnel<br>\nund Kaimauern.' } },
  Experience: {
    positionsMpr: {
      positions: [
        {
          positionId: 11,
          title: 'Projektleiterin',
          companyName: 'Brückenbau Nord GmbH',
          fmt_location: 'Hamburg',
          startDate: { year: 2013, month: 3, isMonthDefined: true },
        },
        {
          positionId: 12,
          title_highlight: 'Statikerin',
          company_name: 'Ingenieurb&#xfc;ro Kamp',
          fmt_location: '',
          startDate: { year: 2009, month: 0 },
          endDate: { year: 2013, month: 2 },
        },
        { positionId: 12, title: 'Statikerin (duplicate)', companyName: 'Ingenieurbüro Kamp' },
      ],
    },
  },
  Education: {
    educationsMpr: {
      educations: [
        {
          educationId: 21,
          schoolName: 'TU Hafenstadt',
          degree: 'Diplom',
          fieldOfStudy: 'Bauingenieurwesen',
          startDate: { year: 2003, month: 0 },
          endDate: { year: 2009, month: 0 },
        },
        { educationId: 22, schoolName: 'Gymnasium am Deich', degree: 'Abitur', startDate: { year: 1994 }, endDate: { year: 2003 } },
      ],
    },
  },
};

describe('readDust', () => {
  it('reads the top card, summary and full lists of the member the URL names', () => {
    expect(readDust(content, 'henrikebrandauer')).toEqual({
      fields: {
        name: 'Henrike Brandauer',
        headline: 'Bauingenieurin',
        location: 'Hamburg und Umgebung, Deutschland',
        currentTitle: 'Projektleiterin',
        currentCompany: 'Brückenbau Nord GmbH',
        about: 'Brücken, Tunnel und Kaimauern.',
      },
      experience: [
        { title: 'Projektleiterin', company: 'Brückenbau Nord GmbH', start: 'Mar 2013', end: 'Present', location: 'Hamburg' },
        { title: 'Statikerin', company: 'Ingenieurbüro Kamp', start: '2009', end: 'Feb 2013', location: null },
      ],
      education: [
        { school: 'TU Hafenstadt', degree: 'Diplom', field: 'Bauingenieurwesen', start: '2003', end: '2009' },
        { school: 'Gymnasium am Deich', degree: 'Abitur', field: null, start: '1994', end: '2003' },
      ],
    });
  });

  it('prefers the raw summary the own-profile page carries', () => {
    const own = { ...content, Summary: { summary: { summary_lb: 'Short&#x2026;', formData: { rawSummary: 'Brücken und Tunnel.' } } } };
    expect(readDust(own, 'henrikebrandauer')?.fields.about).toBe('Brücken und Tunnel.');
  });

  it('falls back to the top card lists, each entry once', () => {
    const topOnly = Object.fromEntries(Object.entries(content).filter(([key]) => key !== 'Experience' && key !== 'Education'));
    const read = readDust(topOnly, 'henrikebrandauer');
    expect(read?.experience.map((entry) => entry.company)).toEqual(['Brückenbau Nord GmbH', 'Ingenieurbüro Kamp']);
    expect(read?.education.map((entry) => entry.school)).toEqual(['TU Hafenstadt', 'Gymnasium am Deich']);
  });

  it('says nothing about another member, or without a name', () => {
    expect(readDust(content, 'someone-else')).toBeNull();
    expect(readDust({ Summary: content.Summary }, 'henrikebrandauer')).toBeNull();
  });

  it('accepts a page that claims no URL', () => {
    const unclaimed = { ...content, TopCard: { ...content.TopCard, public_url: undefined } };
    expect(readDust(unclaimed, 'any-slug')?.fields.name).toBe('Henrike Brandauer');
  });
});
