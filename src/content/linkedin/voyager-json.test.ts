import { describe, expect, it } from 'vitest';
import { readVoyager } from './voyager-json.ts';

const P = 'com.linkedin.voyager.identity.profile';
const id = 'ACoAAMadeUp01';
const viewerId = 'ACoAAViewer99';

/** The viewer's own MiniProfile, as the /voyager/api/me response carries it on every page. */
const me = {
  data: { plainId: 1, '*miniProfile': `urn:li:fs_miniProfile:${viewerId}` },
  included: [
    {
      $type: 'com.linkedin.voyager.identity.shared.MiniProfile',
      entityUrn: `urn:li:fs_miniProfile:${viewerId}`,
      firstName: 'Tobias',
      lastName: 'Lindgren',
      occupation: 'Recruiter',
      publicIdentifier: 'tobias-lindgren-77',
    },
  ],
};

const position = (n: number, title: string, company: string, start: object, end?: object) => [
  {
    $type: `${P}.Position`,
    entityUrn: `urn:li:fs_position:(${id},${n})`,
    title,
    companyName: company,
    locationName: 'Lisbon',
    timePeriod: `urn:li:fs_position:(${id},${n}),timePeriod`,
  },
  {
    $type: 'com.linkedin.voyager.common.DateRange',
    $id: `urn:li:fs_position:(${id},${n}),timePeriod`,
    startDate: `urn:li:fs_position:(${id},${n}),timePeriod,startDate`,
    ...(end ? { endDate: `urn:li:fs_position:(${id},${n}),timePeriod,endDate` } : {}),
  },
  { $type: 'com.linkedin.common.Date', $id: `urn:li:fs_position:(${id},${n}),timePeriod,startDate`, ...start },
  ...(end ? [{ $type: 'com.linkedin.common.Date', $id: `urn:li:fs_position:(${id},${n}),timePeriod,endDate`, ...end }] : []),
];

/** A 2018-style profileView response: Profile → MiniProfile, list views with paging. */
function profileView(positionTotal: number) {
  return {
    data: { $type: `${P}.ProfileView`, entityUrn: `urn:li:fs_profileView:${id}`, profile: `urn:li:fs_profile:${id}` },
    included: [
      {
        $type: `${P}.Profile`,
        entityUrn: `urn:li:fs_profile:${id}`,
        miniProfile: `urn:li:fs_miniProfile:${id}`,
        firstName: 'Marisol',
        lastName: 'Ventura',
        headline: 'Data engineer | Sailor',
        locationName: 'Lisbon,\n   Portugal',
        summary: 'I build\n pipelines.',
      },
      {
        $type: 'com.linkedin.voyager.identity.shared.MiniProfile',
        entityUrn: `urn:li:fs_miniProfile:${id}`,
        firstName: 'Marisol',
        lastName: 'Ventura',
        occupation: 'Data engineer | Sailor',
        publicIdentifier: 'marisol-ventura-4821',
      },
      {
        $type: `${P}.PositionView`,
        entityUrn: `urn:li:fs_positionView:${id}`,
        profileId: id,
        elements: [`urn:li:fs_position:(${id},2)`, `urn:li:fs_position:(${id},1)`],
        paging: `urn:li:fs_positionView:${id},paging`,
      },
      {
        $type: 'com.linkedin.restli.common.CollectionMetadata',
        $id: `urn:li:fs_positionView:${id},paging`,
        total: positionTotal,
        count: 5,
        start: 0,
      },
      ...position(2, 'Data Engineer', 'Tidewater Analytics', { year: 2020, month: 4 }),
      ...position(1, 'Analyst', 'Harbor Freight Data', { year: 2017 }, { year: 2020, month: 3 }),
      {
        $type: `${P}.EducationView`,
        entityUrn: `urn:li:fs_educationView:${id}`,
        elements: [`urn:li:fs_education:(${id},7)`],
        paging: `urn:li:fs_educationView:${id},paging`,
      },
      { $type: 'com.linkedin.restli.common.CollectionMetadata', $id: `urn:li:fs_educationView:${id},paging`, total: 1 },
      {
        $type: `${P}.Education`,
        entityUrn: `urn:li:fs_education:(${id},7)`,
        school: 'urn:li:fs_miniSchool:5',
        degreeName: 'MSc',
        fieldOfStudy: 'Statistics',
        timePeriod: { startDate: { year: 2015 }, endDate: { year: 2017 } },
      },
      { $type: 'com.linkedin.voyager.entities.shared.MiniSchool', entityUrn: 'urn:li:fs_miniSchool:5', schoolName: 'Universidade do Cabo' },
    ],
  };
}

describe('readVoyager (identity.* responses)', () => {
  it('reads the URL member, not the viewer, with full lists', () => {
    expect(readVoyager([me, profileView(2)], 'marisol-ventura-4821')).toEqual({
      fields: {
        name: 'Marisol Ventura',
        headline: 'Data engineer | Sailor',
        location: 'Lisbon, Portugal',
        currentTitle: 'Data Engineer',
        currentCompany: 'Tidewater Analytics',
        about: 'I build pipelines.',
      },
      experience: [
        { title: 'Data Engineer', company: 'Tidewater Analytics', start: 'Apr 2020', end: 'Present', location: 'Lisbon' },
        { title: 'Analyst', company: 'Harbor Freight Data', start: '2017', end: 'Mar 2020', location: 'Lisbon' },
      ],
      education: [{ school: 'Universidade do Cabo', degree: 'MSc', field: 'Statistics', start: '2015', end: '2017' }],
    });
  });

  it('leaves out a list the page holds only the first entries of, but keeps the current role', () => {
    const read = readVoyager([me, profileView(7)], 'marisol-ventura-4821');
    expect(read?.experience).toEqual([]);
    expect(read?.education).toHaveLength(1);
    expect(read?.fields.currentCompany).toBe('Tidewater Analytics');
  });

  it('reads the viewer only when the URL is the viewer’s own', () => {
    expect(readVoyager([me], 'tobias-lindgren-77')?.fields).toEqual({ name: 'Tobias Lindgren', headline: 'Recruiter' });
    expect(readVoyager([me], 'marisol-ventura-4821')).toBeNull();
    expect(readVoyager([me, profileView(2)], 'someone-else')).toBeNull();
  });

  it('matches a slug however the identifier is cased or encoded', () => {
    const read = readVoyager(
      [
        {
          included: [
            { entityUrn: 'urn:li:fs_miniProfile:X', firstName: 'José', lastName: 'Añez', publicIdentifier: 'Jos%C3%A9-A%C3%B1ez' },
          ],
        },
      ],
      'josé-añez',
    );
    expect(read?.fields.name).toBe('José Añez');
  });

  it('ignores what is not a response', () => {
    expect(readVoyager([null, 'text', 3, { included: 'nope' }], 'marisol-ventura-4821')).toBeNull();
  });
});

describe('readVoyager (dash responses, page not rendered yet)', () => {
  const D = 'com.linkedin.voyager.dash';
  const subject = `urn:li:fsd_profile:${id}`;
  const viewer = `urn:li:fsd_profile:${viewerId}`;
  const responses = [
    {
      data: { data: { identityDashProfilesByMemberIdentity: { '*elements': [subject] } } },
      included: [
        {
          $type: `${D}.identity.profile.Profile`,
          entityUrn: viewer,
          firstName: 'Tobias',
          lastName: 'Lindgren',
          headline: 'Recruiter',
          publicIdentifier: 'tobias-lindgren-77',
        },
        {
          $type: `${D}.identity.profile.Profile`,
          entityUrn: subject,
          firstName: 'Marisol',
          lastName: 'Ventura',
          headline: 'Data engineer | Sailor',
          publicIdentifier: 'marisol-ventura-4821',
          '*experienceCard': `urn:li:fsd_profileCard:(${id},EXPERIENCE,en_US)`,
        },
        { $type: `${D}.common.Geo`, entityUrn: 'urn:li:fsd_geo:1', defaultLocalizedName: 'Porto, Portugal' },
      ],
    },
    // Another projection of the same Profile: only its location.
    { included: [{ $type: `${D}.identity.profile.Profile`, entityUrn: subject, geoLocation: { '*geo': 'urn:li:fsd_geo:1' } }] },
  ];

  it('merges the projections of the member and resolves the location by URN', () => {
    expect(readVoyager(responses, 'marisol-ventura-4821')).toEqual({
      fields: { name: 'Marisol Ventura', headline: 'Data engineer | Sailor', location: 'Porto, Portugal' },
      experience: [],
      education: [],
    });
  });

  it('reads dash positions with inline date ranges', () => {
    const withPositions = [
      ...responses,
      {
        included: [
          {
            $type: `${D}.identity.profile.Position`,
            entityUrn: `urn:li:fsd_profilePosition:(${id},9)`,
            title: 'Data Engineer',
            companyName: 'Tidewater Analytics',
            dateRange: { start: { year: 2020, month: 4 } },
          },
          {
            $type: `${D}.identity.profile.Position`,
            entityUrn: `urn:li:fsd_profilePosition:(${viewerId},3)`,
            title: 'Recruiter',
            companyName: 'Talent Co',
            dateRange: { start: { year: 2019 } },
          },
        ],
      },
    ];
    const read = readVoyager(withPositions, 'marisol-ventura-4821');
    expect(read?.experience).toEqual([
      { title: 'Data Engineer', company: 'Tidewater Analytics', start: 'Apr 2020', end: 'Present', location: null },
    ]);
    expect(read?.fields.currentTitle).toBe('Data Engineer');
  });
});
