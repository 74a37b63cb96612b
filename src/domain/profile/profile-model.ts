/**
 * Everything a system's profile shows, from the scores, the feed and the reader's peer group: the
 * one entry point for the profile page and the printable board report. Pure: the same input
 * always gives the same model.
 */
import type { Feed, System } from '../feed/feed-schema';
import { systemsInPeriod } from '../geography/system-validity';
import type { FeedScores } from '../scoring/score-types';
import { groupOf } from './benchmarks';
import { categoryRows } from './category-rows';
import type { CategoryRow } from './category-rows';
import { GAPS_SHOWN, gapsAndStrengths } from './gaps';
import type { GapItem } from './gaps';
import { peerPanel } from './peer-panel';
import type { PeerPanel } from './peer-panel';
import { profileHeadline } from './profile-headline';
import type { ProfileHeadline } from './profile-headline';
import { profilePeriod } from './profile-period';
import type { PeriodNote, ProfilePeriod } from './profile-period';
import { profileTrend } from './profile-trend';
import type { ProfileTrend } from './profile-trend';
import { spineRows } from './spine-rows';
import type { SpineRow } from './spine-rows';
import { technologyRows } from './technology-rows';
import type { TechnologyRow } from './technology-rows';
import { feedPlace } from '../feed/feed-place';
import type { FeedPlace } from '../feed/feed-place';

export interface ProfileModel {
  system: System;
  regionName: string;
  /** The feed's words for its place: "England", "Wales", or neutral ones (domain/feed/feed-place). */
  place: FeedPlace;
  /** The quarter asked for. */
  requestedPeriod: string;
  /** The quarter shown: the one asked for, or the nearest the system existed through. */
  period: string | null;
  /** Why `period` differs from `requestedPeriod` ("ended": after the system's end). */
  periodNote: PeriodNote | null;
  /** The peers compared with: the codes given that are systems scored in the quarter shown. */
  peers: string[];
  /** null when the quarter shown has no scores for the system. */
  headline: ProfileHeadline | null;
  categoryRows: CategoryRow[];
  spineRows: SpineRow[];
  trend: ProfileTrend;
  gaps: GapItem[];
  strengths: GapItem[];
  technology: TechnologyRow[];
  peerPanel: PeerPanel | null;
}

/** Throws a RangeError when `code` is not a system of the feed: check before calling. */
export function buildProfileModel(input: {
  feed: Feed;
  scores: FeedScores;
  code: string;
  period: string;
  peers: readonly string[];
  /** The quarter shown, when the caller has already worked it out for `period`. */
  shown?: ProfilePeriod;
}): ProfileModel {
  const { feed, scores, code } = input;
  const system = feed.geography.systems.find((candidate) => candidate.code === code);
  if (!system) throw new RangeError(`No system with the code ${code}`);
  const regionName =
    feed.geography.regions.find((region) => region.code === system.regionCode)?.name ??
    system.regionCode;
  const shown = input.shown ?? profilePeriod(system, Object.keys(scores.byPeriod), input.period);
  const periodScores = shown.period === null ? undefined : scores.byPeriod[shown.period];
  const group = periodScores ? groupOf(periodScores, code, input.peers) : null;
  const peers = group ? group.peers.map((peer) => peer.code) : [];
  const rows = group ? spineRows(feed, group) : [];
  const place = feedPlace(feed.metadata);
  const { gaps, strengths } = gapsAndStrengths(rows, GAPS_SHOWN, place.nationalInText);
  return {
    system,
    regionName,
    place,
    requestedPeriod: input.period,
    period: shown.period,
    periodNote: shown.note,
    peers,
    headline: group ? profileHeadline(group) : null,
    categoryRows: group ? categoryRows(feed, group) : [],
    spineRows: rows,
    trend: profileTrend({ feed, scores, system, regionName, peers }),
    gaps,
    strengths,
    technology: shown.period ? technologyRows(feed, code, shown.period) : [],
    peerPanel: shown.period
      ? peerPanel(systemsInPeriod(feed.geography.systems, shown.period), code, peers)
      : null,
  };
}
