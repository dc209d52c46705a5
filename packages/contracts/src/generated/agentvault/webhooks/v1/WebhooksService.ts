// Original file: proto/agentvault/webhooks/v1/webhooks.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateWebhookRequest as _agentvault_webhooks_v1_CreateWebhookRequest, CreateWebhookRequest__Output as _agentvault_webhooks_v1_CreateWebhookRequest__Output } from '../../../agentvault/webhooks/v1/CreateWebhookRequest.js';
import type { CreateWebhookResponse as _agentvault_webhooks_v1_CreateWebhookResponse, CreateWebhookResponse__Output as _agentvault_webhooks_v1_CreateWebhookResponse__Output } from '../../../agentvault/webhooks/v1/CreateWebhookResponse.js';
import type { Delivery as _agentvault_webhooks_v1_Delivery, Delivery__Output as _agentvault_webhooks_v1_Delivery__Output } from '../../../agentvault/webhooks/v1/Delivery.js';
import type { DeliveryPage as _agentvault_webhooks_v1_DeliveryPage, DeliveryPage__Output as _agentvault_webhooks_v1_DeliveryPage__Output } from '../../../agentvault/webhooks/v1/DeliveryPage.js';
import type { Empty as _agentvault_webhooks_v1_Empty, Empty__Output as _agentvault_webhooks_v1_Empty__Output } from '../../../agentvault/webhooks/v1/Empty.js';
import type { EventTypeList as _agentvault_webhooks_v1_EventTypeList, EventTypeList__Output as _agentvault_webhooks_v1_EventTypeList__Output } from '../../../agentvault/webhooks/v1/EventTypeList.js';
import type { ListDeliveriesRequest as _agentvault_webhooks_v1_ListDeliveriesRequest, ListDeliveriesRequest__Output as _agentvault_webhooks_v1_ListDeliveriesRequest__Output } from '../../../agentvault/webhooks/v1/ListDeliveriesRequest.js';
import type { ListWebhooksRequest as _agentvault_webhooks_v1_ListWebhooksRequest, ListWebhooksRequest__Output as _agentvault_webhooks_v1_ListWebhooksRequest__Output } from '../../../agentvault/webhooks/v1/ListWebhooksRequest.js';
import type { UpdateWebhookRequest as _agentvault_webhooks_v1_UpdateWebhookRequest, UpdateWebhookRequest__Output as _agentvault_webhooks_v1_UpdateWebhookRequest__Output } from '../../../agentvault/webhooks/v1/UpdateWebhookRequest.js';
import type { Webhook as _agentvault_webhooks_v1_Webhook, Webhook__Output as _agentvault_webhooks_v1_Webhook__Output } from '../../../agentvault/webhooks/v1/Webhook.js';
import type { WebhookPage as _agentvault_webhooks_v1_WebhookPage, WebhookPage__Output as _agentvault_webhooks_v1_WebhookPage__Output } from '../../../agentvault/webhooks/v1/WebhookPage.js';
import type { WebhookRef as _agentvault_webhooks_v1_WebhookRef, WebhookRef__Output as _agentvault_webhooks_v1_WebhookRef__Output } from '../../../agentvault/webhooks/v1/WebhookRef.js';

export interface WebhooksServiceClient extends grpc.Client {
  CreateWebhook(argument: _agentvault_webhooks_v1_CreateWebhookRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_CreateWebhookResponse__Output>): grpc.ClientUnaryCall;
  CreateWebhook(argument: _agentvault_webhooks_v1_CreateWebhookRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_webhooks_v1_CreateWebhookResponse__Output>): grpc.ClientUnaryCall;
  CreateWebhook(argument: _agentvault_webhooks_v1_CreateWebhookRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_CreateWebhookResponse__Output>): grpc.ClientUnaryCall;
  CreateWebhook(argument: _agentvault_webhooks_v1_CreateWebhookRequest, callback: grpc.requestCallback<_agentvault_webhooks_v1_CreateWebhookResponse__Output>): grpc.ClientUnaryCall;
  createWebhook(argument: _agentvault_webhooks_v1_CreateWebhookRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_CreateWebhookResponse__Output>): grpc.ClientUnaryCall;
  createWebhook(argument: _agentvault_webhooks_v1_CreateWebhookRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_webhooks_v1_CreateWebhookResponse__Output>): grpc.ClientUnaryCall;
  createWebhook(argument: _agentvault_webhooks_v1_CreateWebhookRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_CreateWebhookResponse__Output>): grpc.ClientUnaryCall;
  createWebhook(argument: _agentvault_webhooks_v1_CreateWebhookRequest, callback: grpc.requestCallback<_agentvault_webhooks_v1_CreateWebhookResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteWebhook(argument: _agentvault_webhooks_v1_WebhookRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteWebhook(argument: _agentvault_webhooks_v1_WebhookRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_webhooks_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteWebhook(argument: _agentvault_webhooks_v1_WebhookRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeleteWebhook(argument: _agentvault_webhooks_v1_WebhookRef, callback: grpc.requestCallback<_agentvault_webhooks_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteWebhook(argument: _agentvault_webhooks_v1_WebhookRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteWebhook(argument: _agentvault_webhooks_v1_WebhookRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_webhooks_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteWebhook(argument: _agentvault_webhooks_v1_WebhookRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_Empty__Output>): grpc.ClientUnaryCall;
  deleteWebhook(argument: _agentvault_webhooks_v1_WebhookRef, callback: grpc.requestCallback<_agentvault_webhooks_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  GetWebhook(argument: _agentvault_webhooks_v1_WebhookRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_Webhook__Output>): grpc.ClientUnaryCall;
  GetWebhook(argument: _agentvault_webhooks_v1_WebhookRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_webhooks_v1_Webhook__Output>): grpc.ClientUnaryCall;
  GetWebhook(argument: _agentvault_webhooks_v1_WebhookRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_Webhook__Output>): grpc.ClientUnaryCall;
  GetWebhook(argument: _agentvault_webhooks_v1_WebhookRef, callback: grpc.requestCallback<_agentvault_webhooks_v1_Webhook__Output>): grpc.ClientUnaryCall;
  getWebhook(argument: _agentvault_webhooks_v1_WebhookRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_Webhook__Output>): grpc.ClientUnaryCall;
  getWebhook(argument: _agentvault_webhooks_v1_WebhookRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_webhooks_v1_Webhook__Output>): grpc.ClientUnaryCall;
  getWebhook(argument: _agentvault_webhooks_v1_WebhookRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_Webhook__Output>): grpc.ClientUnaryCall;
  getWebhook(argument: _agentvault_webhooks_v1_WebhookRef, callback: grpc.requestCallback<_agentvault_webhooks_v1_Webhook__Output>): grpc.ClientUnaryCall;
  
  ListDeliveries(argument: _agentvault_webhooks_v1_ListDeliveriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_DeliveryPage__Output>): grpc.ClientUnaryCall;
  ListDeliveries(argument: _agentvault_webhooks_v1_ListDeliveriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_webhooks_v1_DeliveryPage__Output>): grpc.ClientUnaryCall;
  ListDeliveries(argument: _agentvault_webhooks_v1_ListDeliveriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_DeliveryPage__Output>): grpc.ClientUnaryCall;
  ListDeliveries(argument: _agentvault_webhooks_v1_ListDeliveriesRequest, callback: grpc.requestCallback<_agentvault_webhooks_v1_DeliveryPage__Output>): grpc.ClientUnaryCall;
  listDeliveries(argument: _agentvault_webhooks_v1_ListDeliveriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_DeliveryPage__Output>): grpc.ClientUnaryCall;
  listDeliveries(argument: _agentvault_webhooks_v1_ListDeliveriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_webhooks_v1_DeliveryPage__Output>): grpc.ClientUnaryCall;
  listDeliveries(argument: _agentvault_webhooks_v1_ListDeliveriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_DeliveryPage__Output>): grpc.ClientUnaryCall;
  listDeliveries(argument: _agentvault_webhooks_v1_ListDeliveriesRequest, callback: grpc.requestCallback<_agentvault_webhooks_v1_DeliveryPage__Output>): grpc.ClientUnaryCall;
  
  ListEventTypes(argument: _agentvault_webhooks_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_EventTypeList__Output>): grpc.ClientUnaryCall;
  ListEventTypes(argument: _agentvault_webhooks_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_webhooks_v1_EventTypeList__Output>): grpc.ClientUnaryCall;
  ListEventTypes(argument: _agentvault_webhooks_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_EventTypeList__Output>): grpc.ClientUnaryCall;
  ListEventTypes(argument: _agentvault_webhooks_v1_Empty, callback: grpc.requestCallback<_agentvault_webhooks_v1_EventTypeList__Output>): grpc.ClientUnaryCall;
  listEventTypes(argument: _agentvault_webhooks_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_EventTypeList__Output>): grpc.ClientUnaryCall;
  listEventTypes(argument: _agentvault_webhooks_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_webhooks_v1_EventTypeList__Output>): grpc.ClientUnaryCall;
  listEventTypes(argument: _agentvault_webhooks_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_EventTypeList__Output>): grpc.ClientUnaryCall;
  listEventTypes(argument: _agentvault_webhooks_v1_Empty, callback: grpc.requestCallback<_agentvault_webhooks_v1_EventTypeList__Output>): grpc.ClientUnaryCall;
  
  ListWebhooks(argument: _agentvault_webhooks_v1_ListWebhooksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_WebhookPage__Output>): grpc.ClientUnaryCall;
  ListWebhooks(argument: _agentvault_webhooks_v1_ListWebhooksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_webhooks_v1_WebhookPage__Output>): grpc.ClientUnaryCall;
  ListWebhooks(argument: _agentvault_webhooks_v1_ListWebhooksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_WebhookPage__Output>): grpc.ClientUnaryCall;
  ListWebhooks(argument: _agentvault_webhooks_v1_ListWebhooksRequest, callback: grpc.requestCallback<_agentvault_webhooks_v1_WebhookPage__Output>): grpc.ClientUnaryCall;
  listWebhooks(argument: _agentvault_webhooks_v1_ListWebhooksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_WebhookPage__Output>): grpc.ClientUnaryCall;
  listWebhooks(argument: _agentvault_webhooks_v1_ListWebhooksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_webhooks_v1_WebhookPage__Output>): grpc.ClientUnaryCall;
  listWebhooks(argument: _agentvault_webhooks_v1_ListWebhooksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_WebhookPage__Output>): grpc.ClientUnaryCall;
  listWebhooks(argument: _agentvault_webhooks_v1_ListWebhooksRequest, callback: grpc.requestCallback<_agentvault_webhooks_v1_WebhookPage__Output>): grpc.ClientUnaryCall;
  
  TestWebhook(argument: _agentvault_webhooks_v1_WebhookRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_Delivery__Output>): grpc.ClientUnaryCall;
  TestWebhook(argument: _agentvault_webhooks_v1_WebhookRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_webhooks_v1_Delivery__Output>): grpc.ClientUnaryCall;
  TestWebhook(argument: _agentvault_webhooks_v1_WebhookRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_Delivery__Output>): grpc.ClientUnaryCall;
  TestWebhook(argument: _agentvault_webhooks_v1_WebhookRef, callback: grpc.requestCallback<_agentvault_webhooks_v1_Delivery__Output>): grpc.ClientUnaryCall;
  testWebhook(argument: _agentvault_webhooks_v1_WebhookRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_Delivery__Output>): grpc.ClientUnaryCall;
  testWebhook(argument: _agentvault_webhooks_v1_WebhookRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_webhooks_v1_Delivery__Output>): grpc.ClientUnaryCall;
  testWebhook(argument: _agentvault_webhooks_v1_WebhookRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_Delivery__Output>): grpc.ClientUnaryCall;
  testWebhook(argument: _agentvault_webhooks_v1_WebhookRef, callback: grpc.requestCallback<_agentvault_webhooks_v1_Delivery__Output>): grpc.ClientUnaryCall;
  
  UpdateWebhook(argument: _agentvault_webhooks_v1_UpdateWebhookRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_Webhook__Output>): grpc.ClientUnaryCall;
  UpdateWebhook(argument: _agentvault_webhooks_v1_UpdateWebhookRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_webhooks_v1_Webhook__Output>): grpc.ClientUnaryCall;
  UpdateWebhook(argument: _agentvault_webhooks_v1_UpdateWebhookRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_Webhook__Output>): grpc.ClientUnaryCall;
  UpdateWebhook(argument: _agentvault_webhooks_v1_UpdateWebhookRequest, callback: grpc.requestCallback<_agentvault_webhooks_v1_Webhook__Output>): grpc.ClientUnaryCall;
  updateWebhook(argument: _agentvault_webhooks_v1_UpdateWebhookRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_Webhook__Output>): grpc.ClientUnaryCall;
  updateWebhook(argument: _agentvault_webhooks_v1_UpdateWebhookRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_webhooks_v1_Webhook__Output>): grpc.ClientUnaryCall;
  updateWebhook(argument: _agentvault_webhooks_v1_UpdateWebhookRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_webhooks_v1_Webhook__Output>): grpc.ClientUnaryCall;
  updateWebhook(argument: _agentvault_webhooks_v1_UpdateWebhookRequest, callback: grpc.requestCallback<_agentvault_webhooks_v1_Webhook__Output>): grpc.ClientUnaryCall;
  
}

export interface WebhooksServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateWebhook: grpc.handleUnaryCall<_agentvault_webhooks_v1_CreateWebhookRequest__Output, _agentvault_webhooks_v1_CreateWebhookResponse>;
  
  DeleteWebhook: grpc.handleUnaryCall<_agentvault_webhooks_v1_WebhookRef__Output, _agentvault_webhooks_v1_Empty>;
  
  GetWebhook: grpc.handleUnaryCall<_agentvault_webhooks_v1_WebhookRef__Output, _agentvault_webhooks_v1_Webhook>;
  
  ListDeliveries: grpc.handleUnaryCall<_agentvault_webhooks_v1_ListDeliveriesRequest__Output, _agentvault_webhooks_v1_DeliveryPage>;
  
  ListEventTypes: grpc.handleUnaryCall<_agentvault_webhooks_v1_Empty__Output, _agentvault_webhooks_v1_EventTypeList>;
  
  ListWebhooks: grpc.handleUnaryCall<_agentvault_webhooks_v1_ListWebhooksRequest__Output, _agentvault_webhooks_v1_WebhookPage>;
  
  TestWebhook: grpc.handleUnaryCall<_agentvault_webhooks_v1_WebhookRef__Output, _agentvault_webhooks_v1_Delivery>;
  
  UpdateWebhook: grpc.handleUnaryCall<_agentvault_webhooks_v1_UpdateWebhookRequest__Output, _agentvault_webhooks_v1_Webhook>;
  
}

export interface WebhooksServiceDefinition extends grpc.ServiceDefinition {
  CreateWebhook: MethodDefinition<_agentvault_webhooks_v1_CreateWebhookRequest, _agentvault_webhooks_v1_CreateWebhookResponse, _agentvault_webhooks_v1_CreateWebhookRequest__Output, _agentvault_webhooks_v1_CreateWebhookResponse__Output>
  DeleteWebhook: MethodDefinition<_agentvault_webhooks_v1_WebhookRef, _agentvault_webhooks_v1_Empty, _agentvault_webhooks_v1_WebhookRef__Output, _agentvault_webhooks_v1_Empty__Output>
  GetWebhook: MethodDefinition<_agentvault_webhooks_v1_WebhookRef, _agentvault_webhooks_v1_Webhook, _agentvault_webhooks_v1_WebhookRef__Output, _agentvault_webhooks_v1_Webhook__Output>
  ListDeliveries: MethodDefinition<_agentvault_webhooks_v1_ListDeliveriesRequest, _agentvault_webhooks_v1_DeliveryPage, _agentvault_webhooks_v1_ListDeliveriesRequest__Output, _agentvault_webhooks_v1_DeliveryPage__Output>
  ListEventTypes: MethodDefinition<_agentvault_webhooks_v1_Empty, _agentvault_webhooks_v1_EventTypeList, _agentvault_webhooks_v1_Empty__Output, _agentvault_webhooks_v1_EventTypeList__Output>
  ListWebhooks: MethodDefinition<_agentvault_webhooks_v1_ListWebhooksRequest, _agentvault_webhooks_v1_WebhookPage, _agentvault_webhooks_v1_ListWebhooksRequest__Output, _agentvault_webhooks_v1_WebhookPage__Output>
  TestWebhook: MethodDefinition<_agentvault_webhooks_v1_WebhookRef, _agentvault_webhooks_v1_Delivery, _agentvault_webhooks_v1_WebhookRef__Output, _agentvault_webhooks_v1_Delivery__Output>
  UpdateWebhook: MethodDefinition<_agentvault_webhooks_v1_UpdateWebhookRequest, _agentvault_webhooks_v1_Webhook, _agentvault_webhooks_v1_UpdateWebhookRequest__Output, _agentvault_webhooks_v1_Webhook__Output>
}
