/**
 * One observation per system, standard and quarter the system existed in, from the latent levels:
 * status and coverage, now and then a synthetic note or an evidence link, and about 1% of rows
 * left out at random (planted-patterns.ts).
 */
import type { Observation, Standard, System } from '../../src/domain/feed/feed-schema';
import { latentKey, type LatentGrid } from './adoption-model';
import { isValidIn } from './periods';
import { ANNOTATIONS, MISSING_OBSERVATIONS, STALLED_GROUP } from './planted-patterns';
import { random } from './prng';
import { toReportedAdoption } from './status';

const NOTES: Record<Observation['status'], string[]> = {
  'not-started': [
    'Illustrative: business case in preparation.',
    'Illustrative: waiting for a national onboarding slot.',
  ],
  planned: [
    'Illustrative: go-live planned for next financial year.',
    'Illustrative: supplier assurance under way.',
  ],
  piloting: [
    'Illustrative: pilot at one acute trust.',
    'Illustrative: pilot with two primary care networks.',
  ],
  partial: [
    'Illustrative: phased roll-out across providers.',
    'Illustrative: community and mental health providers still to connect.',
  ],
  live: [
    'Illustrative: live across all providers.',
    'Illustrative: confirmed in the annual assurance return.',
  ],
};

const STALLED_NOTE = 'Illustrative: roll-out paused pending a supplier upgrade.';

const stalledSystems: ReadonlySet<string> = new Set(STALLED_GROUP.systems);
const stalledStandards: ReadonlySet<string> = new Set(STALLED_GROUP.standards);

function noteFor(observation: Observation, seed: string, stalled: boolean): string | undefined {
  const rnd = random(seed, 'note', observation.system, observation.standard, observation.period);
  if (stalled && rnd.chance(ANNOTATIONS.stalledNoteProbability)) return STALLED_NOTE;
  if (rnd.chance(ANNOTATIONS.noteProbability)) return rnd.pick(NOTES[observation.status]);
  return undefined;
}

export function buildObservations(
  grid: LatentGrid,
  systems: System[],
  standards: Pick<Standard, 'id' | 'evidenceUrl'>[],
  periods: string[],
  seed: string,
): Observation[] {
  const observations: Observation[] = [];
  periods.forEach((period, t) => {
    for (const system of systems) {
      if (!isValidIn(system, period)) continue;
      for (const standard of standards) {
        const key = [system.code, standard.id, period] as const;
        if (random(seed, 'missing', ...key).chance(MISSING_OBSERVATIONS.probability)) continue;
        const level = grid.get(latentKey(system.code, standard.id))?.[t];
        if (level === undefined) throw new Error(`no latent level for ${key.join(' ')}`);
        const observation: Observation = {
          system: system.code,
          standard: standard.id,
          period,
          ...toReportedAdoption(level),
        };
        const withEvidence = observation.status === 'live' || observation.status === 'partial';
        if (
          withEvidence &&
          standard.evidenceUrl &&
          random(seed, 'evidence', ...key).chance(ANNOTATIONS.evidenceUrlProbability)
        ) {
          observation.evidenceUrl = standard.evidenceUrl;
        }
        const stalled =
          stalledSystems.has(system.code) &&
          stalledStandards.has(standard.id) &&
          period >= STALLED_GROUP.fromPeriod &&
          observation.status !== 'live';
        const note = noteFor(observation, seed, stalled);
        if (note) observation.note = note;
        observations.push(observation);
      }
    }
  });
  return observations;
}
