// Original file: proto/agentvault/webhooks/v1/webhooks.proto

import type { DeliveryAttempt as _agentvault_webhooks_v1_DeliveryAttempt, DeliveryAttempt__Output as _agentvault_webhooks_v1_DeliveryAttempt__Output } from '../../../agentvault/webhooks/v1/DeliveryAttempt.js';

export interface Delivery {
  'id'?: (string);
  'webhook_id'?: (string);
  'event_id'?: (string);
  'event_type'?: (string);
  'agent_did'?: (string);
  'status'?: (string);
  'attempts'?: (number);
  'next_attempt_at'?: (string);
  'created_at'?: (string);
  'delivered_at'?: (string);
  'last_response_status'?: (number);
  'last_error'?: (string);
  'request_body_excerpt'?: (string);
  'attempt_log'?: (_agentvault_webhooks_v1_DeliveryAttempt)[];
}

export interface Delivery__Output {
  'id': (string);
  'webhook_id': (string);
  'event_id': (string);
  'event_type': (string);
  'agent_did': (string);
  'status': (string);
  'attempts': (number);
  'next_attempt_at': (string);
  'created_at': (string);
  'delivered_at': (string);
  'last_response_status': (number);
  'last_error': (string);
  'request_body_excerpt': (string);
  'attempt_log': (_agentvault_webhooks_v1_DeliveryAttempt__Output)[];
}
