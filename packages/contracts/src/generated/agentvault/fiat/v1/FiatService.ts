// Original file: proto/agentvault/fiat/v1/fiat.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CheckoutSession as _agentvault_fiat_v1_CheckoutSession, CheckoutSession__Output as _agentvault_fiat_v1_CheckoutSession__Output } from '../../../agentvault/fiat/v1/CheckoutSession.js';
import type { ClaimPurchaseRequest as _agentvault_fiat_v1_ClaimPurchaseRequest, ClaimPurchaseRequest__Output as _agentvault_fiat_v1_ClaimPurchaseRequest__Output } from '../../../agentvault/fiat/v1/ClaimPurchaseRequest.js';
import type { CreateCheckoutSessionRequest as _agentvault_fiat_v1_CreateCheckoutSessionRequest, CreateCheckoutSessionRequest__Output as _agentvault_fiat_v1_CreateCheckoutSessionRequest__Output } from '../../../agentvault/fiat/v1/CreateCheckoutSessionRequest.js';
import type { Empty as _agentvault_fiat_v1_Empty, Empty__Output as _agentvault_fiat_v1_Empty__Output } from '../../../agentvault/fiat/v1/Empty.js';
import type { ListDeveloperPurchasesRequest as _agentvault_fiat_v1_ListDeveloperPurchasesRequest, ListDeveloperPurchasesRequest__Output as _agentvault_fiat_v1_ListDeveloperPurchasesRequest__Output } from '../../../agentvault/fiat/v1/ListDeveloperPurchasesRequest.js';
import type { ProviderWebhook as _agentvault_fiat_v1_ProviderWebhook, ProviderWebhook__Output as _agentvault_fiat_v1_ProviderWebhook__Output } from '../../../agentvault/fiat/v1/ProviderWebhook.js';
import type { ProxyCheckoutRequest as _agentvault_fiat_v1_ProxyCheckoutRequest, ProxyCheckoutRequest__Output as _agentvault_fiat_v1_ProxyCheckoutRequest__Output } from '../../../agentvault/fiat/v1/ProxyCheckoutRequest.js';
import type { ProxyCheckoutResult as _agentvault_fiat_v1_ProxyCheckoutResult, ProxyCheckoutResult__Output as _agentvault_fiat_v1_ProxyCheckoutResult__Output } from '../../../agentvault/fiat/v1/ProxyCheckoutResult.js';
import type { Purchase as _agentvault_fiat_v1_Purchase, Purchase__Output as _agentvault_fiat_v1_Purchase__Output } from '../../../agentvault/fiat/v1/Purchase.js';
import type { PurchasePage as _agentvault_fiat_v1_PurchasePage, PurchasePage__Output as _agentvault_fiat_v1_PurchasePage__Output } from '../../../agentvault/fiat/v1/PurchasePage.js';
import type { PurchaseRef as _agentvault_fiat_v1_PurchaseRef, PurchaseRef__Output as _agentvault_fiat_v1_PurchaseRef__Output } from '../../../agentvault/fiat/v1/PurchaseRef.js';
import type { QuoteRequest as _agentvault_fiat_v1_QuoteRequest, QuoteRequest__Output as _agentvault_fiat_v1_QuoteRequest__Output } from '../../../agentvault/fiat/v1/QuoteRequest.js';
import type { QuoteResult as _agentvault_fiat_v1_QuoteResult, QuoteResult__Output as _agentvault_fiat_v1_QuoteResult__Output } from '../../../agentvault/fiat/v1/QuoteResult.js';
import type { TierTable as _agentvault_fiat_v1_TierTable, TierTable__Output as _agentvault_fiat_v1_TierTable__Output } from '../../../agentvault/fiat/v1/TierTable.js';
import type { WebhookResult as _agentvault_fiat_v1_WebhookResult, WebhookResult__Output as _agentvault_fiat_v1_WebhookResult__Output } from '../../../agentvault/fiat/v1/WebhookResult.js';

export interface FiatServiceClient extends grpc.Client {
  ClaimPurchase(argument: _agentvault_fiat_v1_ClaimPurchaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_Purchase__Output>): grpc.ClientUnaryCall;
  ClaimPurchase(argument: _agentvault_fiat_v1_ClaimPurchaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_fiat_v1_Purchase__Output>): grpc.ClientUnaryCall;
  ClaimPurchase(argument: _agentvault_fiat_v1_ClaimPurchaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_Purchase__Output>): grpc.ClientUnaryCall;
  ClaimPurchase(argument: _agentvault_fiat_v1_ClaimPurchaseRequest, callback: grpc.requestCallback<_agentvault_fiat_v1_Purchase__Output>): grpc.ClientUnaryCall;
  claimPurchase(argument: _agentvault_fiat_v1_ClaimPurchaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_Purchase__Output>): grpc.ClientUnaryCall;
  claimPurchase(argument: _agentvault_fiat_v1_ClaimPurchaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_fiat_v1_Purchase__Output>): grpc.ClientUnaryCall;
  claimPurchase(argument: _agentvault_fiat_v1_ClaimPurchaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_Purchase__Output>): grpc.ClientUnaryCall;
  claimPurchase(argument: _agentvault_fiat_v1_ClaimPurchaseRequest, callback: grpc.requestCallback<_agentvault_fiat_v1_Purchase__Output>): grpc.ClientUnaryCall;
  
  CreateCheckoutSession(argument: _agentvault_fiat_v1_CreateCheckoutSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_CheckoutSession__Output>): grpc.ClientUnaryCall;
  CreateCheckoutSession(argument: _agentvault_fiat_v1_CreateCheckoutSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_fiat_v1_CheckoutSession__Output>): grpc.ClientUnaryCall;
  CreateCheckoutSession(argument: _agentvault_fiat_v1_CreateCheckoutSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_CheckoutSession__Output>): grpc.ClientUnaryCall;
  CreateCheckoutSession(argument: _agentvault_fiat_v1_CreateCheckoutSessionRequest, callback: grpc.requestCallback<_agentvault_fiat_v1_CheckoutSession__Output>): grpc.ClientUnaryCall;
  createCheckoutSession(argument: _agentvault_fiat_v1_CreateCheckoutSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_CheckoutSession__Output>): grpc.ClientUnaryCall;
  createCheckoutSession(argument: _agentvault_fiat_v1_CreateCheckoutSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_fiat_v1_CheckoutSession__Output>): grpc.ClientUnaryCall;
  createCheckoutSession(argument: _agentvault_fiat_v1_CreateCheckoutSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_CheckoutSession__Output>): grpc.ClientUnaryCall;
  createCheckoutSession(argument: _agentvault_fiat_v1_CreateCheckoutSessionRequest, callback: grpc.requestCallback<_agentvault_fiat_v1_CheckoutSession__Output>): grpc.ClientUnaryCall;
  
  GetPurchase(argument: _agentvault_fiat_v1_PurchaseRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_Purchase__Output>): grpc.ClientUnaryCall;
  GetPurchase(argument: _agentvault_fiat_v1_PurchaseRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_fiat_v1_Purchase__Output>): grpc.ClientUnaryCall;
  GetPurchase(argument: _agentvault_fiat_v1_PurchaseRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_Purchase__Output>): grpc.ClientUnaryCall;
  GetPurchase(argument: _agentvault_fiat_v1_PurchaseRef, callback: grpc.requestCallback<_agentvault_fiat_v1_Purchase__Output>): grpc.ClientUnaryCall;
  getPurchase(argument: _agentvault_fiat_v1_PurchaseRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_Purchase__Output>): grpc.ClientUnaryCall;
  getPurchase(argument: _agentvault_fiat_v1_PurchaseRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_fiat_v1_Purchase__Output>): grpc.ClientUnaryCall;
  getPurchase(argument: _agentvault_fiat_v1_PurchaseRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_Purchase__Output>): grpc.ClientUnaryCall;
  getPurchase(argument: _agentvault_fiat_v1_PurchaseRef, callback: grpc.requestCallback<_agentvault_fiat_v1_Purchase__Output>): grpc.ClientUnaryCall;
  
  GetTiers(argument: _agentvault_fiat_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_TierTable__Output>): grpc.ClientUnaryCall;
  GetTiers(argument: _agentvault_fiat_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_fiat_v1_TierTable__Output>): grpc.ClientUnaryCall;
  GetTiers(argument: _agentvault_fiat_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_TierTable__Output>): grpc.ClientUnaryCall;
  GetTiers(argument: _agentvault_fiat_v1_Empty, callback: grpc.requestCallback<_agentvault_fiat_v1_TierTable__Output>): grpc.ClientUnaryCall;
  getTiers(argument: _agentvault_fiat_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_TierTable__Output>): grpc.ClientUnaryCall;
  getTiers(argument: _agentvault_fiat_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_fiat_v1_TierTable__Output>): grpc.ClientUnaryCall;
  getTiers(argument: _agentvault_fiat_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_TierTable__Output>): grpc.ClientUnaryCall;
  getTiers(argument: _agentvault_fiat_v1_Empty, callback: grpc.requestCallback<_agentvault_fiat_v1_TierTable__Output>): grpc.ClientUnaryCall;
  
  HandleProviderWebhook(argument: _agentvault_fiat_v1_ProviderWebhook, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_WebhookResult__Output>): grpc.ClientUnaryCall;
  HandleProviderWebhook(argument: _agentvault_fiat_v1_ProviderWebhook, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_fiat_v1_WebhookResult__Output>): grpc.ClientUnaryCall;
  HandleProviderWebhook(argument: _agentvault_fiat_v1_ProviderWebhook, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_WebhookResult__Output>): grpc.ClientUnaryCall;
  HandleProviderWebhook(argument: _agentvault_fiat_v1_ProviderWebhook, callback: grpc.requestCallback<_agentvault_fiat_v1_WebhookResult__Output>): grpc.ClientUnaryCall;
  handleProviderWebhook(argument: _agentvault_fiat_v1_ProviderWebhook, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_WebhookResult__Output>): grpc.ClientUnaryCall;
  handleProviderWebhook(argument: _agentvault_fiat_v1_ProviderWebhook, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_fiat_v1_WebhookResult__Output>): grpc.ClientUnaryCall;
  handleProviderWebhook(argument: _agentvault_fiat_v1_ProviderWebhook, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_WebhookResult__Output>): grpc.ClientUnaryCall;
  handleProviderWebhook(argument: _agentvault_fiat_v1_ProviderWebhook, callback: grpc.requestCallback<_agentvault_fiat_v1_WebhookResult__Output>): grpc.ClientUnaryCall;
  
  ListDeveloperPurchases(argument: _agentvault_fiat_v1_ListDeveloperPurchasesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_PurchasePage__Output>): grpc.ClientUnaryCall;
  ListDeveloperPurchases(argument: _agentvault_fiat_v1_ListDeveloperPurchasesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_fiat_v1_PurchasePage__Output>): grpc.ClientUnaryCall;
  ListDeveloperPurchases(argument: _agentvault_fiat_v1_ListDeveloperPurchasesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_PurchasePage__Output>): grpc.ClientUnaryCall;
  ListDeveloperPurchases(argument: _agentvault_fiat_v1_ListDeveloperPurchasesRequest, callback: grpc.requestCallback<_agentvault_fiat_v1_PurchasePage__Output>): grpc.ClientUnaryCall;
  listDeveloperPurchases(argument: _agentvault_fiat_v1_ListDeveloperPurchasesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_PurchasePage__Output>): grpc.ClientUnaryCall;
  listDeveloperPurchases(argument: _agentvault_fiat_v1_ListDeveloperPurchasesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_fiat_v1_PurchasePage__Output>): grpc.ClientUnaryCall;
  listDeveloperPurchases(argument: _agentvault_fiat_v1_ListDeveloperPurchasesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_PurchasePage__Output>): grpc.ClientUnaryCall;
  listDeveloperPurchases(argument: _agentvault_fiat_v1_ListDeveloperPurchasesRequest, callback: grpc.requestCallback<_agentvault_fiat_v1_PurchasePage__Output>): grpc.ClientUnaryCall;
  
  ProxyCheckoutSession(argument: _agentvault_fiat_v1_ProxyCheckoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_ProxyCheckoutResult__Output>): grpc.ClientUnaryCall;
  ProxyCheckoutSession(argument: _agentvault_fiat_v1_ProxyCheckoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_fiat_v1_ProxyCheckoutResult__Output>): grpc.ClientUnaryCall;
  ProxyCheckoutSession(argument: _agentvault_fiat_v1_ProxyCheckoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_ProxyCheckoutResult__Output>): grpc.ClientUnaryCall;
  ProxyCheckoutSession(argument: _agentvault_fiat_v1_ProxyCheckoutRequest, callback: grpc.requestCallback<_agentvault_fiat_v1_ProxyCheckoutResult__Output>): grpc.ClientUnaryCall;
  proxyCheckoutSession(argument: _agentvault_fiat_v1_ProxyCheckoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_ProxyCheckoutResult__Output>): grpc.ClientUnaryCall;
  proxyCheckoutSession(argument: _agentvault_fiat_v1_ProxyCheckoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_fiat_v1_ProxyCheckoutResult__Output>): grpc.ClientUnaryCall;
  proxyCheckoutSession(argument: _agentvault_fiat_v1_ProxyCheckoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_ProxyCheckoutResult__Output>): grpc.ClientUnaryCall;
  proxyCheckoutSession(argument: _agentvault_fiat_v1_ProxyCheckoutRequest, callback: grpc.requestCallback<_agentvault_fiat_v1_ProxyCheckoutResult__Output>): grpc.ClientUnaryCall;
  
  Quote(argument: _agentvault_fiat_v1_QuoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_QuoteResult__Output>): grpc.ClientUnaryCall;
  Quote(argument: _agentvault_fiat_v1_QuoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_fiat_v1_QuoteResult__Output>): grpc.ClientUnaryCall;
  Quote(argument: _agentvault_fiat_v1_QuoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_QuoteResult__Output>): grpc.ClientUnaryCall;
  Quote(argument: _agentvault_fiat_v1_QuoteRequest, callback: grpc.requestCallback<_agentvault_fiat_v1_QuoteResult__Output>): grpc.ClientUnaryCall;
  quote(argument: _agentvault_fiat_v1_QuoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_QuoteResult__Output>): grpc.ClientUnaryCall;
  quote(argument: _agentvault_fiat_v1_QuoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_fiat_v1_QuoteResult__Output>): grpc.ClientUnaryCall;
  quote(argument: _agentvault_fiat_v1_QuoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_fiat_v1_QuoteResult__Output>): grpc.ClientUnaryCall;
  quote(argument: _agentvault_fiat_v1_QuoteRequest, callback: grpc.requestCallback<_agentvault_fiat_v1_QuoteResult__Output>): grpc.ClientUnaryCall;
  
}

export interface FiatServiceHandlers extends grpc.UntypedServiceImplementation {
  ClaimPurchase: grpc.handleUnaryCall<_agentvault_fiat_v1_ClaimPurchaseRequest__Output, _agentvault_fiat_v1_Purchase>;
  
  CreateCheckoutSession: grpc.handleUnaryCall<_agentvault_fiat_v1_CreateCheckoutSessionRequest__Output, _agentvault_fiat_v1_CheckoutSession>;
  
  GetPurchase: grpc.handleUnaryCall<_agentvault_fiat_v1_PurchaseRef__Output, _agentvault_fiat_v1_Purchase>;
  
  GetTiers: grpc.handleUnaryCall<_agentvault_fiat_v1_Empty__Output, _agentvault_fiat_v1_TierTable>;
  
  HandleProviderWebhook: grpc.handleUnaryCall<_agentvault_fiat_v1_ProviderWebhook__Output, _agentvault_fiat_v1_WebhookResult>;
  
  ListDeveloperPurchases: grpc.handleUnaryCall<_agentvault_fiat_v1_ListDeveloperPurchasesRequest__Output, _agentvault_fiat_v1_PurchasePage>;
  
  ProxyCheckoutSession: grpc.handleUnaryCall<_agentvault_fiat_v1_ProxyCheckoutRequest__Output, _agentvault_fiat_v1_ProxyCheckoutResult>;
  
  Quote: grpc.handleUnaryCall<_agentvault_fiat_v1_QuoteRequest__Output, _agentvault_fiat_v1_QuoteResult>;
  
}

export interface FiatServiceDefinition extends grpc.ServiceDefinition {
  ClaimPurchase: MethodDefinition<_agentvault_fiat_v1_ClaimPurchaseRequest, _agentvault_fiat_v1_Purchase, _agentvault_fiat_v1_ClaimPurchaseRequest__Output, _agentvault_fiat_v1_Purchase__Output>
  CreateCheckoutSession: MethodDefinition<_agentvault_fiat_v1_CreateCheckoutSessionRequest, _agentvault_fiat_v1_CheckoutSession, _agentvault_fiat_v1_CreateCheckoutSessionRequest__Output, _agentvault_fiat_v1_CheckoutSession__Output>
  GetPurchase: MethodDefinition<_agentvault_fiat_v1_PurchaseRef, _agentvault_fiat_v1_Purchase, _agentvault_fiat_v1_PurchaseRef__Output, _agentvault_fiat_v1_Purchase__Output>
  GetTiers: MethodDefinition<_agentvault_fiat_v1_Empty, _agentvault_fiat_v1_TierTable, _agentvault_fiat_v1_Empty__Output, _agentvault_fiat_v1_TierTable__Output>
  HandleProviderWebhook: MethodDefinition<_agentvault_fiat_v1_ProviderWebhook, _agentvault_fiat_v1_WebhookResult, _agentvault_fiat_v1_ProviderWebhook__Output, _agentvault_fiat_v1_WebhookResult__Output>
  ListDeveloperPurchases: MethodDefinition<_agentvault_fiat_v1_ListDeveloperPurchasesRequest, _agentvault_fiat_v1_PurchasePage, _agentvault_fiat_v1_ListDeveloperPurchasesRequest__Output, _agentvault_fiat_v1_PurchasePage__Output>
  ProxyCheckoutSession: MethodDefinition<_agentvault_fiat_v1_ProxyCheckoutRequest, _agentvault_fiat_v1_ProxyCheckoutResult, _agentvault_fiat_v1_ProxyCheckoutRequest__Output, _agentvault_fiat_v1_ProxyCheckoutResult__Output>
  Quote: MethodDefinition<_agentvault_fiat_v1_QuoteRequest, _agentvault_fiat_v1_QuoteResult, _agentvault_fiat_v1_QuoteRequest__Output, _agentvault_fiat_v1_QuoteResult__Output>
}
