/**
 * National adoption curves of the 37 standards, synthetic but shaped by published figures: the
 * latent adoption level of a typical system in the first and last quarter (a straight line on the
 * logit scale between them) and how far systems spread around it (SD on the logit scale).
 *
 * Anchors: NHS Number, e-RS, EPS, MESH, HSCN and DSPT are near-universal; 93% of providers had
 * an EPR in 2025; 81% of practices gave prospective online record access by December 2023; about
 * 80% of social care providers had a digital record by 2025; the FDP had 41 ICBs live by the end
 * of September 2025; BaRS, NRL, GP Connect Update Record and the Patient Care Aggregator are early.
 */
export interface AdoptionProfile {
  first: number;
  last: number;
  spread: number;
}

export const ADOPTION_PROFILES: Record<string, AdoptionProfile> = {
  'nhs-number': { first: 0.985, last: 0.997, spread: 0.5 },
  'pds-fhir-api': { first: 0.55, last: 0.86, spread: 0.7 },
  'nhs-cis2': { first: 0.7, last: 0.92, spread: 0.6 },
  ods: { first: 0.975, last: 0.995, spread: 0.5 },
  'snomed-ct': { first: 0.82, last: 0.95, spread: 0.6 },
  dmd: { first: 0.7, last: 0.9, spread: 0.6 },
  'fhir-uk-core': { first: 0.25, last: 0.6, spread: 0.8 },
  'gp-connect-access-record-html': { first: 0.75, last: 0.94, spread: 0.7 },
  'gp-connect-access-record-structured': { first: 0.2, last: 0.7, spread: 0.6 },
  'gp-connect-appointment-management': { first: 0.35, last: 0.72, spread: 0.8 },
  nrl: { first: 0.04, last: 0.35, spread: 0.8 },
  'summary-care-record': { first: 0.93, last: 0.985, spread: 0.5 },
  'ihe-document-sharing': { first: 0.12, last: 0.3, spread: 1 },
  'gp-connect-send-document': { first: 0.5, last: 0.86, spread: 0.7 },
  'gp-connect-update-record': { first: 0.03, last: 0.4, spread: 0.7 },
  'e-rs': { first: 0.985, last: 0.997, spread: 0.5 },
  eps: { first: 0.98, last: 0.997, spread: 0.5 },
  itk3: { first: 0.7, last: 0.9, spread: 0.6 },
  bars: { first: 0.04, last: 0.42, spread: 0.8 },
  gp2gp: { first: 0.96, last: 0.99, spread: 0.5 },
  'prsb-edischarge': { first: 0.4, last: 0.82, spread: 0.6 },
  'prsb-outpatient-letter': { first: 0.3, last: 0.65, spread: 0.7 },
  'shcr-ics': { first: 0.86, last: 0.975, spread: 0.6 },
  'shcr-cross-ics': { first: 0.06, last: 0.25, spread: 0.6 },
  'prsb-core-information-standard': { first: 0.3, last: 0.6, spread: 0.7 },
  'nhs-login': { first: 0.6, last: 0.88, spread: 0.6 },
  'nhs-app-integration': { first: 0.25, last: 0.72, spread: 0.6 },
  'patient-care-aggregator': { first: 0.12, last: 0.65, spread: 0.7 },
  'gp-online-record-access': { first: 0.81, last: 0.94, spread: 0.5 },
  dscr: { first: 0.55, last: 0.86, spread: 0.5 },
  mesh: { first: 0.98, last: 0.997, spread: 0.5 },
  hscn: { first: 0.98, last: 0.997, spread: 0.5 },
  dspt: { first: 0.95, last: 0.99, spread: 0.5 },
  'clinical-safety-dcb0129-dcb0160': { first: 0.85, last: 0.95, spread: 0.6 },
  'epr-core': { first: 0.85, last: 0.975, spread: 0.6 },
  fdp: { first: 0.3, last: 0.9995, spread: 0.3 },
  sde: { first: 0.45, last: 0.85, spread: 0.7 },
};
