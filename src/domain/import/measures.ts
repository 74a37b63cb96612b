/**
 * The measures each importer writes: definitions in the publishers' own words, so the figure's
 * meaning travels with it. Ids are stable: a view or a later import refers to them.
 */
import type { ImportMeasure } from './import-types';
import { OGL } from './import-types';

export const NHS_APP_MI_URL =
  'https://digital.nhs.uk/data-and-information/publications/statistical/nhs-app-statistics';
export const POMI_URL =
  'https://digital.nhs.uk/data-and-information/publications/statistical/mi-patient-online-pomi';
export const DSPT_URL = 'https://www.dsptoolkit.nhs.uk/OrganisationSearch';

const nhsApp = {
  frequency: 'month',
  publisher: 'NHS England',
  sourceUrl: NHS_APP_MI_URL,
  licence: { ...OGL },
  statisticsStatus: 'management-information',
} as const;

const byGp = "counted at the ICB of the user's registered GP practice (last login in the month)";

export const NHS_APP_MEASURES = {
  logins: {
    ...nhsApp,
    id: 'nhs-app-logins',
    name: 'NHS App logins',
    unit: 'logins',
    kind: 'count',
    numerator: `Logins to the NHS App in the month, ${byGp}`,
    scale: 1,
  },
  uniqueUsers: {
    ...nhsApp,
    id: 'nhs-app-unique-user-logins',
    name: 'NHS App unique user logins',
    unit: 'people',
    kind: 'count',
    numerator: `People who logged in to the NHS App at least once in the month, ${byGp}`,
    scale: 1,
  },
  perThousand: {
    ...nhsApp,
    id: 'nhs-app-unique-users-per-1000',
    name: 'NHS App unique users',
    unit: 'per 1,000 people',
    kind: 'rate',
    numerator: `People who logged in to the NHS App at least once in the month, ${byGp}`,
    denominator:
      "The system's population in the reference geography (ONS Census 2021 usual residents), " +
      'not its registered list: added by the importer, not by NHS England',
    scale: 1000,
    standardId: 'nhs-app-integration',
  },
} satisfies Record<string, ImportMeasure>;

const pomi = {
  frequency: 'month',
  publisher: 'NHS Digital',
  sourceUrl: POMI_URL,
  licence: { ...OGL },
  statisticsStatus: 'management-information',
  kind: 'share',
  scale: 1,
  standardId: 'gp-online-record-access',
} as const;

const listSize = 'Registered patients of the practices that reported the figure, summed';

const patientShare = (id: string, name: string, field: string, what: string): ImportMeasure => ({
  ...pomi,
  id,
  name,
  unit: '% of registered patients',
  numerator: `Patients enabled for ${what} at the end of the month (POMI ${field}), summed over the ICB's practices`,
  denominator: listSize,
});

export const POMI_MEASURES = {
  anyService: patientShare(
    'pomi-patients-enabled-any',
    'Patients enabled for any online service',
    'Total_Pat_Enbld',
    'at least one online service',
  ),
  appointments: patientShare(
    'pomi-patients-enabled-appointments',
    'Patients enabled to book appointments online',
    'Pat_Appts_Enbld',
    'booking and cancelling appointments online',
  ),
  prescriptions: patientShare(
    'pomi-patients-enabled-prescriptions',
    'Patients enabled to order repeat prescriptions online',
    'Pat_Presc_Enbld',
    'ordering repeat prescriptions online',
  ),
  records: patientShare(
    'pomi-patients-enabled-coded-record',
    'Patients enabled to see their detailed coded record',
    'Pat_DetCodeRec_Enbld',
    'detailed coded record access',
  ),
  portalPatients: patientShare(
    'pomi-portal-patients-enabled',
    "Patients enabled for the indicator file's online service",
    'PatientsEnabled',
    'the online service of the indicator file (one file each for appointments, prescriptions and records; the file does not say which)',
  ),
  portalPractices: {
    ...pomi,
    id: 'pomi-portal-practices-enabled',
    name: "Practices with the indicator file's online service enabled",
    unit: '% of practices',
    numerator: 'Practices whose SystemEnabled reads "System Functionality Enabled by Practice"',
    denominator: 'Practices in the file with a known SystemEnabled status',
  },
} satisfies Record<string, ImportMeasure>;

export const DSPT_MEASURE = {
  id: 'dspt-standards-met',
  name: 'Organisations meeting the Data Security and Protection Toolkit standard',
  unit: '% of organisations',
  kind: 'share',
  numerator: 'Organisations whose latest assessment is "Standards Met" or "Standards Exceeded"',
  denominator: 'Organisations of the ICB in the file with a published assessment status',
  scale: 1,
  standardId: 'dspt',
  frequency: 'financial-year',
  publisher: 'NHS England (Data Security and Protection Toolkit)',
  sourceUrl: DSPT_URL,
  licence: { ...OGL },
  statisticsStatus: 'management-information',
} satisfies ImportMeasure;
