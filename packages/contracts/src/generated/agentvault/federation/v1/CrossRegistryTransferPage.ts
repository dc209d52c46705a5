// Original file: proto/agentvault/federation/v1/federation.proto

import type { CrossRegistryTransfer as _agentvault_federation_v1_CrossRegistryTransfer, CrossRegistryTransfer__Output as _agentvault_federation_v1_CrossRegistryTransfer__Output } from '../../../agentvault/federation/v1/CrossRegistryTransfer.js';

export interface CrossRegistryTransferPage {
  'items'?: (_agentvault_federation_v1_CrossRegistryTransfer)[];
  'total'?: (number);
}

export interface CrossRegistryTransferPage__Output {
  'items': (_agentvault_federation_v1_CrossRegistryTransfer__Output)[];
  'total': (number);
}
