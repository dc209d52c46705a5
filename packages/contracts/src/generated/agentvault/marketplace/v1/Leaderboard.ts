// Original file: proto/agentvault/marketplace/v1/marketplace.proto

import type { LeaderboardEntry as _agentvault_marketplace_v1_LeaderboardEntry, LeaderboardEntry__Output as _agentvault_marketplace_v1_LeaderboardEntry__Output } from '../../../agentvault/marketplace/v1/LeaderboardEntry.js';

export interface Leaderboard {
  'items'?: (_agentvault_marketplace_v1_LeaderboardEntry)[];
}

export interface Leaderboard__Output {
  'items': (_agentvault_marketplace_v1_LeaderboardEntry__Output)[];
}
