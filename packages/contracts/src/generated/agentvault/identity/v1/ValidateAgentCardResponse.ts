// Original file: proto/agentvault/identity/v1/identity.proto

import type { CardFieldError as _agentvault_identity_v1_CardFieldError, CardFieldError__Output as _agentvault_identity_v1_CardFieldError__Output } from '../../../agentvault/identity/v1/CardFieldError.js';

export interface ValidateAgentCardResponse {
  'is_valid'?: (boolean);
  'detail'?: (string);
  'validated_card_json'?: (string);
  'errors'?: (_agentvault_identity_v1_CardFieldError)[];
}

export interface ValidateAgentCardResponse__Output {
  'is_valid': (boolean);
  'detail': (string);
  'validated_card_json': (string);
  'errors': (_agentvault_identity_v1_CardFieldError__Output)[];
}
