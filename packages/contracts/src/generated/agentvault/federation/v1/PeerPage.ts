// Original file: proto/agentvault/federation/v1/federation.proto

import type { Peer as _agentvault_federation_v1_Peer, Peer__Output as _agentvault_federation_v1_Peer__Output } from '../../../agentvault/federation/v1/Peer.js';

export interface PeerPage {
  'items'?: (_agentvault_federation_v1_Peer)[];
  'total'?: (number);
}

export interface PeerPage__Output {
  'items': (_agentvault_federation_v1_Peer__Output)[];
  'total': (number);
}
