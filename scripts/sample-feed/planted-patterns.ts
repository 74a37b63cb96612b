/**
 * The patterns deliberately planted in the synthetic adoption values, so that the dashboard's
 * divide detection, deprivation and cross-border views have something real to find. Tests of
 * those features can import these parameters and check the pattern is detectable.
 * docs/sample-feed.md describes them for people.
 */

/**
 * (1) A stalled group: from `fromPeriod` these systems progress at `progressFactor` of their
 * previous speed on these standards, so their gap to the rest widens quarter by quarter. All six
 * keep their code through the April 2026 mergers, so the pattern runs through both vintages.
 */
export const STALLED_GROUP = {
  systems: [
    'E54000013', // Lincolnshire
    'E54000036', // Cornwall and the Isles of Scilly
    'E54000011', // Shropshire, Telford and Wrekin
    'E54000051', // Humber and North Yorkshire
    'E54000032', // Kent and Medway
    'E54000048', // Lancashire and South Cumbria
  ],
  standards: ['gp-connect-access-record-structured', 'prsb-edischarge', 'nhs-app-integration'],
  fromPeriod: '2025-Q1',
  progressFactor: 0.1,
} as const;

/**
 * (2) Regional shared care record collaboratives (in the spirit of One London and One South West)
 * lift cross-ICS record exchange in two regions: a boost on the logit scale that ramps up linearly
 * from `fromPeriod` over `rampQuarters` quarters to `logitBoost`.
 */
export const REGIONAL_COLLABORATIVES = {
  standard: 'shcr-cross-ics',
  regions: [
    { code: 'E40000003', name: 'London' },
    { code: 'E40000006', name: 'South West' },
  ],
  fromPeriod: '2024-Q3',
  rampQuarters: 4,
  logitBoost: 3,
} as const;

/**
 * (3) A deprivation gradient: on these standards, adoption is lower in more deprived systems, by
 * `logitPerSd` on the logit scale per standard deviation of the 2023 ICBs' IMD 2025 score.
 */
export const DEPRIVATION_LINK = {
  standards: ['gp-online-record-access', 'nhs-login', 'patient-care-aggregator', 'dscr'],
  logitPerSd: 0.6,
} as const;

/** (4) Observations left out at random (the row is omitted, not sent empty). */
export const MISSING_OBSERVATIONS = { probability: 0.01 } as const;

/** Share of rows that carry a synthetic evidence URL or note. */
export const ANNOTATIONS = {
  evidenceUrlProbability: 0.03,
  noteProbability: 0.02,
  stalledNoteProbability: 0.25,
} as const;
