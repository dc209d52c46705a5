import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AgentTasksRequest as _agentvault_marketplace_v1_AgentTasksRequest, AgentTasksRequest__Output as _agentvault_marketplace_v1_AgentTasksRequest__Output } from './agentvault/marketplace/v1/AgentTasksRequest.js';
import type { CapabilityPrice as _agentvault_marketplace_v1_CapabilityPrice, CapabilityPrice__Output as _agentvault_marketplace_v1_CapabilityPrice__Output } from './agentvault/marketplace/v1/CapabilityPrice.js';
import type { CompleteTaskRequest as _agentvault_marketplace_v1_CompleteTaskRequest, CompleteTaskRequest__Output as _agentvault_marketplace_v1_CompleteTaskRequest__Output } from './agentvault/marketplace/v1/CompleteTaskRequest.js';
import type { FailTaskRequest as _agentvault_marketplace_v1_FailTaskRequest, FailTaskRequest__Output as _agentvault_marketplace_v1_FailTaskRequest__Output } from './agentvault/marketplace/v1/FailTaskRequest.js';
import type { InvocationActor as _agentvault_marketplace_v1_InvocationActor, InvocationActor__Output as _agentvault_marketplace_v1_InvocationActor__Output } from './agentvault/marketplace/v1/InvocationActor.js';
import type { InvocationConfig as _agentvault_marketplace_v1_InvocationConfig, InvocationConfig__Output as _agentvault_marketplace_v1_InvocationConfig__Output } from './agentvault/marketplace/v1/InvocationConfig.js';
import type { InvocationConfigRef as _agentvault_marketplace_v1_InvocationConfigRef, InvocationConfigRef__Output as _agentvault_marketplace_v1_InvocationConfigRef__Output } from './agentvault/marketplace/v1/InvocationConfigRef.js';
import type { InvocationIdempotency as _agentvault_marketplace_v1_InvocationIdempotency, InvocationIdempotency__Output as _agentvault_marketplace_v1_InvocationIdempotency__Output } from './agentvault/marketplace/v1/InvocationIdempotency.js';
import type { InvokeRequest as _agentvault_marketplace_v1_InvokeRequest, InvokeRequest__Output as _agentvault_marketplace_v1_InvokeRequest__Output } from './agentvault/marketplace/v1/InvokeRequest.js';
import type { Task as _agentvault_marketplace_v1_Task, Task__Output as _agentvault_marketplace_v1_Task__Output } from './agentvault/marketplace/v1/Task.js';
import type { TaskList as _agentvault_marketplace_v1_TaskList, TaskList__Output as _agentvault_marketplace_v1_TaskList__Output } from './agentvault/marketplace/v1/TaskList.js';
import type { TaskRef as _agentvault_marketplace_v1_TaskRef, TaskRef__Output as _agentvault_marketplace_v1_TaskRef__Output } from './agentvault/marketplace/v1/TaskRef.js';
import type { UpdateInvocationConfigRequest as _agentvault_marketplace_v1_UpdateInvocationConfigRequest, UpdateInvocationConfigRequest__Output as _agentvault_marketplace_v1_UpdateInvocationConfigRequest__Output } from './agentvault/marketplace/v1/UpdateInvocationConfigRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  agentvault: {
    marketplace: {
      v1: {
        AgentTasksRequest: MessageTypeDefinition<_agentvault_marketplace_v1_AgentTasksRequest, _agentvault_marketplace_v1_AgentTasksRequest__Output>
        CapabilityPrice: MessageTypeDefinition<_agentvault_marketplace_v1_CapabilityPrice, _agentvault_marketplace_v1_CapabilityPrice__Output>
        CompleteTaskRequest: MessageTypeDefinition<_agentvault_marketplace_v1_CompleteTaskRequest, _agentvault_marketplace_v1_CompleteTaskRequest__Output>
        FailTaskRequest: MessageTypeDefinition<_agentvault_marketplace_v1_FailTaskRequest, _agentvault_marketplace_v1_FailTaskRequest__Output>
        InvocationActor: MessageTypeDefinition<_agentvault_marketplace_v1_InvocationActor, _agentvault_marketplace_v1_InvocationActor__Output>
        InvocationConfig: MessageTypeDefinition<_agentvault_marketplace_v1_InvocationConfig, _agentvault_marketplace_v1_InvocationConfig__Output>
        InvocationConfigRef: MessageTypeDefinition<_agentvault_marketplace_v1_InvocationConfigRef, _agentvault_marketplace_v1_InvocationConfigRef__Output>
        InvocationIdempotency: MessageTypeDefinition<_agentvault_marketplace_v1_InvocationIdempotency, _agentvault_marketplace_v1_InvocationIdempotency__Output>
        InvokeRequest: MessageTypeDefinition<_agentvault_marketplace_v1_InvokeRequest, _agentvault_marketplace_v1_InvokeRequest__Output>
        Task: MessageTypeDefinition<_agentvault_marketplace_v1_Task, _agentvault_marketplace_v1_Task__Output>
        TaskList: MessageTypeDefinition<_agentvault_marketplace_v1_TaskList, _agentvault_marketplace_v1_TaskList__Output>
        TaskRef: MessageTypeDefinition<_agentvault_marketplace_v1_TaskRef, _agentvault_marketplace_v1_TaskRef__Output>
        UpdateInvocationConfigRequest: MessageTypeDefinition<_agentvault_marketplace_v1_UpdateInvocationConfigRequest, _agentvault_marketplace_v1_UpdateInvocationConfigRequest__Output>
      }
    }
  }
}

