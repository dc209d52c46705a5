// Original file: proto/agentvault/identity/v1/identity.proto

import type { DirectoryCard as _agentvault_identity_v1_DirectoryCard, DirectoryCard__Output as _agentvault_identity_v1_DirectoryCard__Output } from '../../../agentvault/identity/v1/DirectoryCard.js';

export interface DirectoryCardPage {
  'items'?: (_agentvault_identity_v1_DirectoryCard)[];
  'total'?: (number);
  'next_cursor'?: (string);
  'total_is_exact'?: (boolean);
}

export interface DirectoryCardPage__Output {
  'items': (_agentvault_identity_v1_DirectoryCard__Output)[];
  'total': (number);
  'next_cursor': (string);
  'total_is_exact': (boolean);
}
