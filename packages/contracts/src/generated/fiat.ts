import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CheckoutSession as _agentvault_fiat_v1_CheckoutSession, CheckoutSession__Output as _agentvault_fiat_v1_CheckoutSession__Output } from './agentvault/fiat/v1/CheckoutSession.js';
import type { ClaimPurchaseRequest as _agentvault_fiat_v1_ClaimPurchaseRequest, ClaimPurchaseRequest__Output as _agentvault_fiat_v1_ClaimPurchaseRequest__Output } from './agentvault/fiat/v1/ClaimPurchaseRequest.js';
import type { CreateCheckoutSessionRequest as _agentvault_fiat_v1_CreateCheckoutSessionRequest, CreateCheckoutSessionRequest__Output as _agentvault_fiat_v1_CreateCheckoutSessionRequest__Output } from './agentvault/fiat/v1/CreateCheckoutSessionRequest.js';
import type { Empty as _agentvault_fiat_v1_Empty, Empty__Output as _agentvault_fiat_v1_Empty__Output } from './agentvault/fiat/v1/Empty.js';
import type { FiatServiceClient as _agentvault_fiat_v1_FiatServiceClient, FiatServiceDefinition as _agentvault_fiat_v1_FiatServiceDefinition } from './agentvault/fiat/v1/FiatService.js';
import type { ListDeveloperPurchasesRequest as _agentvault_fiat_v1_ListDeveloperPurchasesRequest, ListDeveloperPurchasesRequest__Output as _agentvault_fiat_v1_ListDeveloperPurchasesRequest__Output } from './agentvault/fiat/v1/ListDeveloperPurchasesRequest.js';
import type { ProviderWebhook as _agentvault_fiat_v1_ProviderWebhook, ProviderWebhook__Output as _agentvault_fiat_v1_ProviderWebhook__Output } from './agentvault/fiat/v1/ProviderWebhook.js';
import type { ProxyCheckoutRequest as _agentvault_fiat_v1_ProxyCheckoutRequest, ProxyCheckoutRequest__Output as _agentvault_fiat_v1_ProxyCheckoutRequest__Output } from './agentvault/fiat/v1/ProxyCheckoutRequest.js';
import type { ProxyCheckoutResult as _agentvault_fiat_v1_ProxyCheckoutResult, ProxyCheckoutResult__Output as _agentvault_fiat_v1_ProxyCheckoutResult__Output } from './agentvault/fiat/v1/ProxyCheckoutResult.js';
import type { Purchase as _agentvault_fiat_v1_Purchase, Purchase__Output as _agentvault_fiat_v1_Purchase__Output } from './agentvault/fiat/v1/Purchase.js';
import type { PurchasePage as _agentvault_fiat_v1_PurchasePage, PurchasePage__Output as _agentvault_fiat_v1_PurchasePage__Output } from './agentvault/fiat/v1/PurchasePage.js';
import type { PurchaseRef as _agentvault_fiat_v1_PurchaseRef, PurchaseRef__Output as _agentvault_fiat_v1_PurchaseRef__Output } from './agentvault/fiat/v1/PurchaseRef.js';
import type { QuoteRequest as _agentvault_fiat_v1_QuoteRequest, QuoteRequest__Output as _agentvault_fiat_v1_QuoteRequest__Output } from './agentvault/fiat/v1/QuoteRequest.js';
import type { QuoteResult as _agentvault_fiat_v1_QuoteResult, QuoteResult__Output as _agentvault_fiat_v1_QuoteResult__Output } from './agentvault/fiat/v1/QuoteResult.js';
import type { Tier as _agentvault_fiat_v1_Tier, Tier__Output as _agentvault_fiat_v1_Tier__Output } from './agentvault/fiat/v1/Tier.js';
import type { TierTable as _agentvault_fiat_v1_TierTable, TierTable__Output as _agentvault_fiat_v1_TierTable__Output } from './agentvault/fiat/v1/TierTable.js';
import type { WebhookResult as _agentvault_fiat_v1_WebhookResult, WebhookResult__Output as _agentvault_fiat_v1_WebhookResult__Output } from './agentvault/fiat/v1/WebhookResult.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  agentvault: {
    fiat: {
      v1: {
        CheckoutSession: MessageTypeDefinition<_agentvault_fiat_v1_CheckoutSession, _agentvault_fiat_v1_CheckoutSession__Output>
        ClaimPurchaseRequest: MessageTypeDefinition<_agentvault_fiat_v1_ClaimPurchaseRequest, _agentvault_fiat_v1_ClaimPurchaseRequest__Output>
        CreateCheckoutSessionRequest: MessageTypeDefinition<_agentvault_fiat_v1_CreateCheckoutSessionRequest, _agentvault_fiat_v1_CreateCheckoutSessionRequest__Output>
        Empty: MessageTypeDefinition<_agentvault_fiat_v1_Empty, _agentvault_fiat_v1_Empty__Output>
        FiatService: SubtypeConstructor<typeof grpc.Client, _agentvault_fiat_v1_FiatServiceClient> & { service: _agentvault_fiat_v1_FiatServiceDefinition }
        ListDeveloperPurchasesRequest: MessageTypeDefinition<_agentvault_fiat_v1_ListDeveloperPurchasesRequest, _agentvault_fiat_v1_ListDeveloperPurchasesRequest__Output>
        ProviderWebhook: MessageTypeDefinition<_agentvault_fiat_v1_ProviderWebhook, _agentvault_fiat_v1_ProviderWebhook__Output>
        ProxyCheckoutRequest: MessageTypeDefinition<_agentvault_fiat_v1_ProxyCheckoutRequest, _agentvault_fiat_v1_ProxyCheckoutRequest__Output>
        ProxyCheckoutResult: MessageTypeDefinition<_agentvault_fiat_v1_ProxyCheckoutResult, _agentvault_fiat_v1_ProxyCheckoutResult__Output>
        Purchase: MessageTypeDefinition<_agentvault_fiat_v1_Purchase, _agentvault_fiat_v1_Purchase__Output>
        PurchasePage: MessageTypeDefinition<_agentvault_fiat_v1_PurchasePage, _agentvault_fiat_v1_PurchasePage__Output>
        PurchaseRef: MessageTypeDefinition<_agentvault_fiat_v1_PurchaseRef, _agentvault_fiat_v1_PurchaseRef__Output>
        QuoteRequest: MessageTypeDefinition<_agentvault_fiat_v1_QuoteRequest, _agentvault_fiat_v1_QuoteRequest__Output>
        QuoteResult: MessageTypeDefinition<_agentvault_fiat_v1_QuoteResult, _agentvault_fiat_v1_QuoteResult__Output>
        Tier: MessageTypeDefinition<_agentvault_fiat_v1_Tier, _agentvault_fiat_v1_Tier__Output>
        TierTable: MessageTypeDefinition<_agentvault_fiat_v1_TierTable, _agentvault_fiat_v1_TierTable__Output>
        WebhookResult: MessageTypeDefinition<_agentvault_fiat_v1_WebhookResult, _agentvault_fiat_v1_WebhookResult__Output>
      }
    }
  }
}

