// Original file: proto/agentvault/marketplace/v1/invocation.proto


export interface Task {
  'task_id'?: (string);
  'caller_did'?: (string);
  'target_did'?: (string);
  'capability'?: (string);
  'delivery_mode'?: (string);
  'status'?: (string);
  'input_json'?: (string);
  'output_json'?: (string);
  'error'?: (string);
  'amount'?: (string);
  'hold_state'?: (string);
  'timeout_ms'?: (number);
  'deadline_at'?: (string);
  'created_at'?: (string);
  'accepted_at'?: (string);
  'finished_at'?: (string);
  'latency_ms'?: (number);
  'replayed'?: (boolean);
}

export interface Task__Output {
  'task_id': (string);
  'caller_did': (string);
  'target_did': (string);
  'capability': (string);
  'delivery_mode': (string);
  'status': (string);
  'input_json': (string);
  'output_json': (string);
  'error': (string);
  'amount': (string);
  'hold_state': (string);
  'timeout_ms': (number);
  'deadline_at': (string);
  'created_at': (string);
  'accepted_at': (string);
  'finished_at': (string);
  'latency_ms': (number);
  'replayed': (boolean);
}
