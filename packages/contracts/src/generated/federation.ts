import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AdminRef as _agentvault_federation_v1_AdminRef, AdminRef__Output as _agentvault_federation_v1_AdminRef__Output } from './agentvault/federation/v1/AdminRef.js';
import type { AgentCardsForSyncRequest as _agentvault_federation_v1_AgentCardsForSyncRequest, AgentCardsForSyncRequest__Output as _agentvault_federation_v1_AgentCardsForSyncRequest__Output } from './agentvault/federation/v1/AgentCardsForSyncRequest.js';
import type { BridgeIdempotency as _agentvault_federation_v1_BridgeIdempotency, BridgeIdempotency__Output as _agentvault_federation_v1_BridgeIdempotency__Output } from './agentvault/federation/v1/BridgeIdempotency.js';
import type { BridgeRedeemRequest as _agentvault_federation_v1_BridgeRedeemRequest, BridgeRedeemRequest__Output as _agentvault_federation_v1_BridgeRedeemRequest__Output } from './agentvault/federation/v1/BridgeRedeemRequest.js';
import type { CrossRegistryTransfer as _agentvault_federation_v1_CrossRegistryTransfer, CrossRegistryTransfer__Output as _agentvault_federation_v1_CrossRegistryTransfer__Output } from './agentvault/federation/v1/CrossRegistryTransfer.js';
import type { CrossRegistryTransferPage as _agentvault_federation_v1_CrossRegistryTransferPage, CrossRegistryTransferPage__Output as _agentvault_federation_v1_CrossRegistryTransferPage__Output } from './agentvault/federation/v1/CrossRegistryTransferPage.js';
import type { CrossRegistryTransferRef as _agentvault_federation_v1_CrossRegistryTransferRef, CrossRegistryTransferRef__Output as _agentvault_federation_v1_CrossRegistryTransferRef__Output } from './agentvault/federation/v1/CrossRegistryTransferRef.js';
import type { CrossRegistryTransferRequest as _agentvault_federation_v1_CrossRegistryTransferRequest, CrossRegistryTransferRequest__Output as _agentvault_federation_v1_CrossRegistryTransferRequest__Output } from './agentvault/federation/v1/CrossRegistryTransferRequest.js';
import type { DeliverSlashRequest as _agentvault_federation_v1_DeliverSlashRequest, DeliverSlashRequest__Output as _agentvault_federation_v1_DeliverSlashRequest__Output } from './agentvault/federation/v1/DeliverSlashRequest.js';
import type { Empty as _agentvault_federation_v1_Empty, Empty__Output as _agentvault_federation_v1_Empty__Output } from './agentvault/federation/v1/Empty.js';
import type { FederationServiceClient as _agentvault_federation_v1_FederationServiceClient, FederationServiceDefinition as _agentvault_federation_v1_FederationServiceDefinition } from './agentvault/federation/v1/FederationService.js';
import type { GetRegistryCardRequest as _agentvault_federation_v1_GetRegistryCardRequest, GetRegistryCardRequest__Output as _agentvault_federation_v1_GetRegistryCardRequest__Output } from './agentvault/federation/v1/GetRegistryCardRequest.js';
import type { JsonDocument as _agentvault_federation_v1_JsonDocument, JsonDocument__Output as _agentvault_federation_v1_JsonDocument__Output } from './agentvault/federation/v1/JsonDocument.js';
import type { ListCrossRegistryTransfersRequest as _agentvault_federation_v1_ListCrossRegistryTransfersRequest, ListCrossRegistryTransfersRequest__Output as _agentvault_federation_v1_ListCrossRegistryTransfersRequest__Output } from './agentvault/federation/v1/ListCrossRegistryTransfersRequest.js';
import type { ListPeersRequest as _agentvault_federation_v1_ListPeersRequest, ListPeersRequest__Output as _agentvault_federation_v1_ListPeersRequest__Output } from './agentvault/federation/v1/ListPeersRequest.js';
import type { Peer as _agentvault_federation_v1_Peer, Peer__Output as _agentvault_federation_v1_Peer__Output } from './agentvault/federation/v1/Peer.js';
import type { PeerPage as _agentvault_federation_v1_PeerPage, PeerPage__Output as _agentvault_federation_v1_PeerPage__Output } from './agentvault/federation/v1/PeerPage.js';
import type { PeerRef as _agentvault_federation_v1_PeerRef, PeerRef__Output as _agentvault_federation_v1_PeerRef__Output } from './agentvault/federation/v1/PeerRef.js';
import type { PublicRegistryCardRequest as _agentvault_federation_v1_PublicRegistryCardRequest, PublicRegistryCardRequest__Output as _agentvault_federation_v1_PublicRegistryCardRequest__Output } from './agentvault/federation/v1/PublicRegistryCardRequest.js';
import type { RegisterPeerRequest as _agentvault_federation_v1_RegisterPeerRequest, RegisterPeerRequest__Output as _agentvault_federation_v1_RegisterPeerRequest__Output } from './agentvault/federation/v1/RegisterPeerRequest.js';
import type { RegistryCardResponse as _agentvault_federation_v1_RegistryCardResponse, RegistryCardResponse__Output as _agentvault_federation_v1_RegistryCardResponse__Output } from './agentvault/federation/v1/RegistryCardResponse.js';
import type { RegistryIcon as _agentvault_federation_v1_RegistryIcon, RegistryIcon__Output as _agentvault_federation_v1_RegistryIcon__Output } from './agentvault/federation/v1/RegistryIcon.js';
import type { SearchAgentsRequest as _agentvault_federation_v1_SearchAgentsRequest, SearchAgentsRequest__Output as _agentvault_federation_v1_SearchAgentsRequest__Output } from './agentvault/federation/v1/SearchAgentsRequest.js';
import type { SignedHttpRequest as _agentvault_federation_v1_SignedHttpRequest, SignedHttpRequest__Output as _agentvault_federation_v1_SignedHttpRequest__Output } from './agentvault/federation/v1/SignedHttpRequest.js';
import type { SignedHttpResponse as _agentvault_federation_v1_SignedHttpResponse, SignedHttpResponse__Output as _agentvault_federation_v1_SignedHttpResponse__Output } from './agentvault/federation/v1/SignedHttpResponse.js';
import type { SlashOutcome as _agentvault_federation_v1_SlashOutcome, SlashOutcome__Output as _agentvault_federation_v1_SlashOutcome__Output } from './agentvault/federation/v1/SlashOutcome.js';
import type { TransferStep as _agentvault_federation_v1_TransferStep, TransferStep__Output as _agentvault_federation_v1_TransferStep__Output } from './agentvault/federation/v1/TransferStep.js';
import type { TransitionPeerRequest as _agentvault_federation_v1_TransitionPeerRequest, TransitionPeerRequest__Output as _agentvault_federation_v1_TransitionPeerRequest__Output } from './agentvault/federation/v1/TransitionPeerRequest.js';
import type { UpdatePeerRequest as _agentvault_federation_v1_UpdatePeerRequest, UpdatePeerRequest__Output as _agentvault_federation_v1_UpdatePeerRequest__Output } from './agentvault/federation/v1/UpdatePeerRequest.js';
import type { UpdateRegistryCardRequest as _agentvault_federation_v1_UpdateRegistryCardRequest, UpdateRegistryCardRequest__Output as _agentvault_federation_v1_UpdateRegistryCardRequest__Output } from './agentvault/federation/v1/UpdateRegistryCardRequest.js';
import type { UploadRegistryIconRequest as _agentvault_federation_v1_UploadRegistryIconRequest, UploadRegistryIconRequest__Output as _agentvault_federation_v1_UploadRegistryIconRequest__Output } from './agentvault/federation/v1/UploadRegistryIconRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  agentvault: {
    federation: {
      v1: {
        AdminRef: MessageTypeDefinition<_agentvault_federation_v1_AdminRef, _agentvault_federation_v1_AdminRef__Output>
        AgentCardsForSyncRequest: MessageTypeDefinition<_agentvault_federation_v1_AgentCardsForSyncRequest, _agentvault_federation_v1_AgentCardsForSyncRequest__Output>
        BridgeIdempotency: MessageTypeDefinition<_agentvault_federation_v1_BridgeIdempotency, _agentvault_federation_v1_BridgeIdempotency__Output>
        BridgeRedeemRequest: MessageTypeDefinition<_agentvault_federation_v1_BridgeRedeemRequest, _agentvault_federation_v1_BridgeRedeemRequest__Output>
        CrossRegistryTransfer: MessageTypeDefinition<_agentvault_federation_v1_CrossRegistryTransfer, _agentvault_federation_v1_CrossRegistryTransfer__Output>
        CrossRegistryTransferPage: MessageTypeDefinition<_agentvault_federation_v1_CrossRegistryTransferPage, _agentvault_federation_v1_CrossRegistryTransferPage__Output>
        CrossRegistryTransferRef: MessageTypeDefinition<_agentvault_federation_v1_CrossRegistryTransferRef, _agentvault_federation_v1_CrossRegistryTransferRef__Output>
        CrossRegistryTransferRequest: MessageTypeDefinition<_agentvault_federation_v1_CrossRegistryTransferRequest, _agentvault_federation_v1_CrossRegistryTransferRequest__Output>
        DeliverSlashRequest: MessageTypeDefinition<_agentvault_federation_v1_DeliverSlashRequest, _agentvault_federation_v1_DeliverSlashRequest__Output>
        Empty: MessageTypeDefinition<_agentvault_federation_v1_Empty, _agentvault_federation_v1_Empty__Output>
        FederationService: SubtypeConstructor<typeof grpc.Client, _agentvault_federation_v1_FederationServiceClient> & { service: _agentvault_federation_v1_FederationServiceDefinition }
        GetRegistryCardRequest: MessageTypeDefinition<_agentvault_federation_v1_GetRegistryCardRequest, _agentvault_federation_v1_GetRegistryCardRequest__Output>
        JsonDocument: MessageTypeDefinition<_agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_JsonDocument__Output>
        ListCrossRegistryTransfersRequest: MessageTypeDefinition<_agentvault_federation_v1_ListCrossRegistryTransfersRequest, _agentvault_federation_v1_ListCrossRegistryTransfersRequest__Output>
        ListPeersRequest: MessageTypeDefinition<_agentvault_federation_v1_ListPeersRequest, _agentvault_federation_v1_ListPeersRequest__Output>
        Peer: MessageTypeDefinition<_agentvault_federation_v1_Peer, _agentvault_federation_v1_Peer__Output>
        PeerPage: MessageTypeDefinition<_agentvault_federation_v1_PeerPage, _agentvault_federation_v1_PeerPage__Output>
        PeerRef: MessageTypeDefinition<_agentvault_federation_v1_PeerRef, _agentvault_federation_v1_PeerRef__Output>
        PublicRegistryCardRequest: MessageTypeDefinition<_agentvault_federation_v1_PublicRegistryCardRequest, _agentvault_federation_v1_PublicRegistryCardRequest__Output>
        RegisterPeerRequest: MessageTypeDefinition<_agentvault_federation_v1_RegisterPeerRequest, _agentvault_federation_v1_RegisterPeerRequest__Output>
        RegistryCardResponse: MessageTypeDefinition<_agentvault_federation_v1_RegistryCardResponse, _agentvault_federation_v1_RegistryCardResponse__Output>
        RegistryIcon: MessageTypeDefinition<_agentvault_federation_v1_RegistryIcon, _agentvault_federation_v1_RegistryIcon__Output>
        SearchAgentsRequest: MessageTypeDefinition<_agentvault_federation_v1_SearchAgentsRequest, _agentvault_federation_v1_SearchAgentsRequest__Output>
        SignedHttpRequest: MessageTypeDefinition<_agentvault_federation_v1_SignedHttpRequest, _agentvault_federation_v1_SignedHttpRequest__Output>
        SignedHttpResponse: MessageTypeDefinition<_agentvault_federation_v1_SignedHttpResponse, _agentvault_federation_v1_SignedHttpResponse__Output>
        SlashOutcome: MessageTypeDefinition<_agentvault_federation_v1_SlashOutcome, _agentvault_federation_v1_SlashOutcome__Output>
        TransferStep: MessageTypeDefinition<_agentvault_federation_v1_TransferStep, _agentvault_federation_v1_TransferStep__Output>
        TransitionPeerRequest: MessageTypeDefinition<_agentvault_federation_v1_TransitionPeerRequest, _agentvault_federation_v1_TransitionPeerRequest__Output>
        UpdatePeerRequest: MessageTypeDefinition<_agentvault_federation_v1_UpdatePeerRequest, _agentvault_federation_v1_UpdatePeerRequest__Output>
        UpdateRegistryCardRequest: MessageTypeDefinition<_agentvault_federation_v1_UpdateRegistryCardRequest, _agentvault_federation_v1_UpdateRegistryCardRequest__Output>
        UploadRegistryIconRequest: MessageTypeDefinition<_agentvault_federation_v1_UploadRegistryIconRequest, _agentvault_federation_v1_UploadRegistryIconRequest__Output>
      }
    }
  }
}

