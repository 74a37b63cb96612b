const CHESHIRE = 'NHS Cheshire and Merseyside Integrated Care Board';
const NHS_APP = 'nhs-app-users-per-1000-illustrative';

/**
 * Every route of the app, with the heading a person should see there. Shared by the route checks
 * (axe, titles) and the layout checks (reflow at 320 px, print), so a new route gets all of them.
 */
export const ROUTES = [
  { path: '/', heading: 'National picture', title: 'National picture' },
  { path: '/systems', heading: 'Systems', title: 'Systems' },
  {
    path: '/systems/E54000008',
    heading: 'NHS Cheshire and Merseyside Integrated Care Board',
    title: 'NHS Cheshire and Merseyside Integrated Care Board',
  },
  {
    path: '/systems/E54000008/report',
    heading: 'Board report: Cheshire and Merseyside',
    title: 'Board report: Cheshire and Merseyside',
  },
  { path: '/compare', heading: 'Compare systems', title: 'Compare systems' },
  {
    path: '/compare?systems=E54000008,E54000050,E54000027',
    heading: 'Compare systems',
    title: 'Compare systems',
  },
  // Every chart frame of the national picture on its Table tab.
  {
    path: '/?tables=readiness-map,region-chart',
    heading: 'National picture',
    title: 'National picture',
  },
  { path: '/standards', heading: 'Standards', title: 'Standards' },
  { path: '/standards/nhs-number', heading: 'NHS Number (ISB 0149)', title: 'NHS Number' },
  { path: '/divides', heading: 'Digital divides', title: 'Digital divides' },
  { path: '/say-and-do', heading: 'Say and do', title: 'Say and do' },
  { path: '/data', heading: 'Data', title: 'Data' },
  { path: '/data/products', heading: 'Data products', title: 'Data products' },
  // A product with rows it does not own, so its page shows the rejected-rows table too.
  {
    path: '/data/products/north-east-london',
    heading: 'north-east-london',
    title: 'north-east-london',
  },
  { path: '/methodology', heading: 'Methodology', title: 'Methodology' },
  { path: '/accessibility', heading: 'Accessibility statement', title: 'Accessibility statement' },
  { path: '/access-our-data', heading: 'Access our data', title: 'Access our data' },
  { path: '/no-such-page', heading: 'Page not found', title: 'Page not found' },
  // Every embed route (issue 16): one chart, no banner or footer of the site (`embed: true`).
  ...[
    { path: '/embed/map', heading: 'National picture', title: 'National picture, embedded' },
    {
      path: `/embed/map?metric=measure%3A${NHS_APP}`,
      heading: 'National picture',
      title: 'National picture, embedded',
    },
    { path: '/embed/regions', heading: 'National picture', title: 'Readiness by' },
    {
      path: '/embed/systems/E54000008/trend',
      heading: CHESHIRE,
      title: 'Readiness over time, embedded',
    },
    {
      path: '/embed/systems/E54000008/categories',
      heading: CHESHIRE,
      title: 'Readiness by category, embedded',
    },
    {
      path: '/embed/systems/E54000008/spine',
      heading: CHESHIRE,
      title: 'Every standard against the national range, embedded',
    },
    { path: `/embed/systems/E54000008/measures/${NHS_APP}`, heading: CHESHIRE, title: '' },
    {
      path: '/embed/standards/nhs-number/adoption',
      heading: 'NHS Number',
      title: 'Adoption, embedded',
    },
    {
      path: '/embed/compare/trend?systems=E54000008,E54000050,E54000027',
      heading: 'Compare systems',
      title: 'Readiness over time, embedded',
    },
    { path: `/embed/say-and-do/${NHS_APP}`, heading: 'Say and do', title: 'Say and do, embedded' },
    ...['dispersion', 'regional', 'deprivation', 'borders'].map((chart) => ({
      path: `/embed/divides/${chart}`,
      heading: 'Digital divides',
      title: 'Digital divides, embedded',
    })),
  ].map((route) => ({ ...route, embed: true })),
];
