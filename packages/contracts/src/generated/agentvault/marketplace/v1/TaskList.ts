// Original file: proto/agentvault/marketplace/v1/invocation.proto

import type { Task as _agentvault_marketplace_v1_Task, Task__Output as _agentvault_marketplace_v1_Task__Output } from '../../../agentvault/marketplace/v1/Task.js';

export interface TaskList {
  'items'?: (_agentvault_marketplace_v1_Task)[];
}

export interface TaskList__Output {
  'items': (_agentvault_marketplace_v1_Task__Output)[];
}
