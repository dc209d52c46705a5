import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateWebhookRequest as _agentvault_webhooks_v1_CreateWebhookRequest, CreateWebhookRequest__Output as _agentvault_webhooks_v1_CreateWebhookRequest__Output } from './agentvault/webhooks/v1/CreateWebhookRequest.js';
import type { CreateWebhookResponse as _agentvault_webhooks_v1_CreateWebhookResponse, CreateWebhookResponse__Output as _agentvault_webhooks_v1_CreateWebhookResponse__Output } from './agentvault/webhooks/v1/CreateWebhookResponse.js';
import type { Delivery as _agentvault_webhooks_v1_Delivery, Delivery__Output as _agentvault_webhooks_v1_Delivery__Output } from './agentvault/webhooks/v1/Delivery.js';
import type { DeliveryAttempt as _agentvault_webhooks_v1_DeliveryAttempt, DeliveryAttempt__Output as _agentvault_webhooks_v1_DeliveryAttempt__Output } from './agentvault/webhooks/v1/DeliveryAttempt.js';
import type { DeliveryPage as _agentvault_webhooks_v1_DeliveryPage, DeliveryPage__Output as _agentvault_webhooks_v1_DeliveryPage__Output } from './agentvault/webhooks/v1/DeliveryPage.js';
import type { Empty as _agentvault_webhooks_v1_Empty, Empty__Output as _agentvault_webhooks_v1_Empty__Output } from './agentvault/webhooks/v1/Empty.js';
import type { EventType as _agentvault_webhooks_v1_EventType, EventType__Output as _agentvault_webhooks_v1_EventType__Output } from './agentvault/webhooks/v1/EventType.js';
import type { EventTypeList as _agentvault_webhooks_v1_EventTypeList, EventTypeList__Output as _agentvault_webhooks_v1_EventTypeList__Output } from './agentvault/webhooks/v1/EventTypeList.js';
import type { ListDeliveriesRequest as _agentvault_webhooks_v1_ListDeliveriesRequest, ListDeliveriesRequest__Output as _agentvault_webhooks_v1_ListDeliveriesRequest__Output } from './agentvault/webhooks/v1/ListDeliveriesRequest.js';
import type { ListWebhooksRequest as _agentvault_webhooks_v1_ListWebhooksRequest, ListWebhooksRequest__Output as _agentvault_webhooks_v1_ListWebhooksRequest__Output } from './agentvault/webhooks/v1/ListWebhooksRequest.js';
import type { UpdateWebhookRequest as _agentvault_webhooks_v1_UpdateWebhookRequest, UpdateWebhookRequest__Output as _agentvault_webhooks_v1_UpdateWebhookRequest__Output } from './agentvault/webhooks/v1/UpdateWebhookRequest.js';
import type { Webhook as _agentvault_webhooks_v1_Webhook, Webhook__Output as _agentvault_webhooks_v1_Webhook__Output } from './agentvault/webhooks/v1/Webhook.js';
import type { WebhookPage as _agentvault_webhooks_v1_WebhookPage, WebhookPage__Output as _agentvault_webhooks_v1_WebhookPage__Output } from './agentvault/webhooks/v1/WebhookPage.js';
import type { WebhookRef as _agentvault_webhooks_v1_WebhookRef, WebhookRef__Output as _agentvault_webhooks_v1_WebhookRef__Output } from './agentvault/webhooks/v1/WebhookRef.js';
import type { WebhooksServiceClient as _agentvault_webhooks_v1_WebhooksServiceClient, WebhooksServiceDefinition as _agentvault_webhooks_v1_WebhooksServiceDefinition } from './agentvault/webhooks/v1/WebhooksService.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  agentvault: {
    webhooks: {
      v1: {
        CreateWebhookRequest: MessageTypeDefinition<_agentvault_webhooks_v1_CreateWebhookRequest, _agentvault_webhooks_v1_CreateWebhookRequest__Output>
        CreateWebhookResponse: MessageTypeDefinition<_agentvault_webhooks_v1_CreateWebhookResponse, _agentvault_webhooks_v1_CreateWebhookResponse__Output>
        Delivery: MessageTypeDefinition<_agentvault_webhooks_v1_Delivery, _agentvault_webhooks_v1_Delivery__Output>
        DeliveryAttempt: MessageTypeDefinition<_agentvault_webhooks_v1_DeliveryAttempt, _agentvault_webhooks_v1_DeliveryAttempt__Output>
        DeliveryPage: MessageTypeDefinition<_agentvault_webhooks_v1_DeliveryPage, _agentvault_webhooks_v1_DeliveryPage__Output>
        Empty: MessageTypeDefinition<_agentvault_webhooks_v1_Empty, _agentvault_webhooks_v1_Empty__Output>
        EventType: MessageTypeDefinition<_agentvault_webhooks_v1_EventType, _agentvault_webhooks_v1_EventType__Output>
        EventTypeList: MessageTypeDefinition<_agentvault_webhooks_v1_EventTypeList, _agentvault_webhooks_v1_EventTypeList__Output>
        ListDeliveriesRequest: MessageTypeDefinition<_agentvault_webhooks_v1_ListDeliveriesRequest, _agentvault_webhooks_v1_ListDeliveriesRequest__Output>
        ListWebhooksRequest: MessageTypeDefinition<_agentvault_webhooks_v1_ListWebhooksRequest, _agentvault_webhooks_v1_ListWebhooksRequest__Output>
        UpdateWebhookRequest: MessageTypeDefinition<_agentvault_webhooks_v1_UpdateWebhookRequest, _agentvault_webhooks_v1_UpdateWebhookRequest__Output>
        Webhook: MessageTypeDefinition<_agentvault_webhooks_v1_Webhook, _agentvault_webhooks_v1_Webhook__Output>
        WebhookPage: MessageTypeDefinition<_agentvault_webhooks_v1_WebhookPage, _agentvault_webhooks_v1_WebhookPage__Output>
        WebhookRef: MessageTypeDefinition<_agentvault_webhooks_v1_WebhookRef, _agentvault_webhooks_v1_WebhookRef__Output>
        WebhooksService: SubtypeConstructor<typeof grpc.Client, _agentvault_webhooks_v1_WebhooksServiceClient> & { service: _agentvault_webhooks_v1_WebhooksServiceDefinition }
      }
    }
  }
}

