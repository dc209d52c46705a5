// Original file: proto/agentvault/federation/v1/federation.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AdminRef as _agentvault_federation_v1_AdminRef, AdminRef__Output as _agentvault_federation_v1_AdminRef__Output } from '../../../agentvault/federation/v1/AdminRef.js';
import type { AgentCardsForSyncRequest as _agentvault_federation_v1_AgentCardsForSyncRequest, AgentCardsForSyncRequest__Output as _agentvault_federation_v1_AgentCardsForSyncRequest__Output } from '../../../agentvault/federation/v1/AgentCardsForSyncRequest.js';
import type { BridgeRedeemRequest as _agentvault_federation_v1_BridgeRedeemRequest, BridgeRedeemRequest__Output as _agentvault_federation_v1_BridgeRedeemRequest__Output } from '../../../agentvault/federation/v1/BridgeRedeemRequest.js';
import type { CrossRegistryTransfer as _agentvault_federation_v1_CrossRegistryTransfer, CrossRegistryTransfer__Output as _agentvault_federation_v1_CrossRegistryTransfer__Output } from '../../../agentvault/federation/v1/CrossRegistryTransfer.js';
import type { CrossRegistryTransferPage as _agentvault_federation_v1_CrossRegistryTransferPage, CrossRegistryTransferPage__Output as _agentvault_federation_v1_CrossRegistryTransferPage__Output } from '../../../agentvault/federation/v1/CrossRegistryTransferPage.js';
import type { CrossRegistryTransferRef as _agentvault_federation_v1_CrossRegistryTransferRef, CrossRegistryTransferRef__Output as _agentvault_federation_v1_CrossRegistryTransferRef__Output } from '../../../agentvault/federation/v1/CrossRegistryTransferRef.js';
import type { CrossRegistryTransferRequest as _agentvault_federation_v1_CrossRegistryTransferRequest, CrossRegistryTransferRequest__Output as _agentvault_federation_v1_CrossRegistryTransferRequest__Output } from '../../../agentvault/federation/v1/CrossRegistryTransferRequest.js';
import type { DeliverSlashRequest as _agentvault_federation_v1_DeliverSlashRequest, DeliverSlashRequest__Output as _agentvault_federation_v1_DeliverSlashRequest__Output } from '../../../agentvault/federation/v1/DeliverSlashRequest.js';
import type { Empty as _agentvault_federation_v1_Empty, Empty__Output as _agentvault_federation_v1_Empty__Output } from '../../../agentvault/federation/v1/Empty.js';
import type { GetRegistryCardRequest as _agentvault_federation_v1_GetRegistryCardRequest, GetRegistryCardRequest__Output as _agentvault_federation_v1_GetRegistryCardRequest__Output } from '../../../agentvault/federation/v1/GetRegistryCardRequest.js';
import type { JsonDocument as _agentvault_federation_v1_JsonDocument, JsonDocument__Output as _agentvault_federation_v1_JsonDocument__Output } from '../../../agentvault/federation/v1/JsonDocument.js';
import type { ListCrossRegistryTransfersRequest as _agentvault_federation_v1_ListCrossRegistryTransfersRequest, ListCrossRegistryTransfersRequest__Output as _agentvault_federation_v1_ListCrossRegistryTransfersRequest__Output } from '../../../agentvault/federation/v1/ListCrossRegistryTransfersRequest.js';
import type { ListPeersRequest as _agentvault_federation_v1_ListPeersRequest, ListPeersRequest__Output as _agentvault_federation_v1_ListPeersRequest__Output } from '../../../agentvault/federation/v1/ListPeersRequest.js';
import type { Peer as _agentvault_federation_v1_Peer, Peer__Output as _agentvault_federation_v1_Peer__Output } from '../../../agentvault/federation/v1/Peer.js';
import type { PeerPage as _agentvault_federation_v1_PeerPage, PeerPage__Output as _agentvault_federation_v1_PeerPage__Output } from '../../../agentvault/federation/v1/PeerPage.js';
import type { PeerRef as _agentvault_federation_v1_PeerRef, PeerRef__Output as _agentvault_federation_v1_PeerRef__Output } from '../../../agentvault/federation/v1/PeerRef.js';
import type { PublicRegistryCardRequest as _agentvault_federation_v1_PublicRegistryCardRequest, PublicRegistryCardRequest__Output as _agentvault_federation_v1_PublicRegistryCardRequest__Output } from '../../../agentvault/federation/v1/PublicRegistryCardRequest.js';
import type { RegisterPeerRequest as _agentvault_federation_v1_RegisterPeerRequest, RegisterPeerRequest__Output as _agentvault_federation_v1_RegisterPeerRequest__Output } from '../../../agentvault/federation/v1/RegisterPeerRequest.js';
import type { RegistryCardResponse as _agentvault_federation_v1_RegistryCardResponse, RegistryCardResponse__Output as _agentvault_federation_v1_RegistryCardResponse__Output } from '../../../agentvault/federation/v1/RegistryCardResponse.js';
import type { RegistryIcon as _agentvault_federation_v1_RegistryIcon, RegistryIcon__Output as _agentvault_federation_v1_RegistryIcon__Output } from '../../../agentvault/federation/v1/RegistryIcon.js';
import type { SearchAgentsRequest as _agentvault_federation_v1_SearchAgentsRequest, SearchAgentsRequest__Output as _agentvault_federation_v1_SearchAgentsRequest__Output } from '../../../agentvault/federation/v1/SearchAgentsRequest.js';
import type { SignedHttpRequest as _agentvault_federation_v1_SignedHttpRequest, SignedHttpRequest__Output as _agentvault_federation_v1_SignedHttpRequest__Output } from '../../../agentvault/federation/v1/SignedHttpRequest.js';
import type { SignedHttpResponse as _agentvault_federation_v1_SignedHttpResponse, SignedHttpResponse__Output as _agentvault_federation_v1_SignedHttpResponse__Output } from '../../../agentvault/federation/v1/SignedHttpResponse.js';
import type { SlashOutcome as _agentvault_federation_v1_SlashOutcome, SlashOutcome__Output as _agentvault_federation_v1_SlashOutcome__Output } from '../../../agentvault/federation/v1/SlashOutcome.js';
import type { TransitionPeerRequest as _agentvault_federation_v1_TransitionPeerRequest, TransitionPeerRequest__Output as _agentvault_federation_v1_TransitionPeerRequest__Output } from '../../../agentvault/federation/v1/TransitionPeerRequest.js';
import type { UpdatePeerRequest as _agentvault_federation_v1_UpdatePeerRequest, UpdatePeerRequest__Output as _agentvault_federation_v1_UpdatePeerRequest__Output } from '../../../agentvault/federation/v1/UpdatePeerRequest.js';
import type { UpdateRegistryCardRequest as _agentvault_federation_v1_UpdateRegistryCardRequest, UpdateRegistryCardRequest__Output as _agentvault_federation_v1_UpdateRegistryCardRequest__Output } from '../../../agentvault/federation/v1/UpdateRegistryCardRequest.js';
import type { UploadRegistryIconRequest as _agentvault_federation_v1_UploadRegistryIconRequest, UploadRegistryIconRequest__Output as _agentvault_federation_v1_UploadRegistryIconRequest__Output } from '../../../agentvault/federation/v1/UploadRegistryIconRequest.js';

export interface FederationServiceClient extends grpc.Client {
  DeactivateOwnedPeer(argument: _agentvault_federation_v1_PeerRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeactivateOwnedPeer(argument: _agentvault_federation_v1_PeerRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeactivateOwnedPeer(argument: _agentvault_federation_v1_PeerRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeactivateOwnedPeer(argument: _agentvault_federation_v1_PeerRef, callback: grpc.requestCallback<_agentvault_federation_v1_Empty__Output>): grpc.ClientUnaryCall;
  deactivateOwnedPeer(argument: _agentvault_federation_v1_PeerRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_Empty__Output>): grpc.ClientUnaryCall;
  deactivateOwnedPeer(argument: _agentvault_federation_v1_PeerRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_Empty__Output>): grpc.ClientUnaryCall;
  deactivateOwnedPeer(argument: _agentvault_federation_v1_PeerRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_Empty__Output>): grpc.ClientUnaryCall;
  deactivateOwnedPeer(argument: _agentvault_federation_v1_PeerRef, callback: grpc.requestCallback<_agentvault_federation_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  DeliverSlash(argument: _agentvault_federation_v1_DeliverSlashRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_SlashOutcome__Output>): grpc.ClientUnaryCall;
  DeliverSlash(argument: _agentvault_federation_v1_DeliverSlashRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_SlashOutcome__Output>): grpc.ClientUnaryCall;
  DeliverSlash(argument: _agentvault_federation_v1_DeliverSlashRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_SlashOutcome__Output>): grpc.ClientUnaryCall;
  DeliverSlash(argument: _agentvault_federation_v1_DeliverSlashRequest, callback: grpc.requestCallback<_agentvault_federation_v1_SlashOutcome__Output>): grpc.ClientUnaryCall;
  deliverSlash(argument: _agentvault_federation_v1_DeliverSlashRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_SlashOutcome__Output>): grpc.ClientUnaryCall;
  deliverSlash(argument: _agentvault_federation_v1_DeliverSlashRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_SlashOutcome__Output>): grpc.ClientUnaryCall;
  deliverSlash(argument: _agentvault_federation_v1_DeliverSlashRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_SlashOutcome__Output>): grpc.ClientUnaryCall;
  deliverSlash(argument: _agentvault_federation_v1_DeliverSlashRequest, callback: grpc.requestCallback<_agentvault_federation_v1_SlashOutcome__Output>): grpc.ClientUnaryCall;
  
  FederatedQuery(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  FederatedQuery(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  FederatedQuery(argument: _agentvault_federation_v1_SignedHttpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  FederatedQuery(argument: _agentvault_federation_v1_SignedHttpRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  federatedQuery(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  federatedQuery(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  federatedQuery(argument: _agentvault_federation_v1_SignedHttpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  federatedQuery(argument: _agentvault_federation_v1_SignedHttpRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
  FederationHealthCheck(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  FederationHealthCheck(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  FederationHealthCheck(argument: _agentvault_federation_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  FederationHealthCheck(argument: _agentvault_federation_v1_Empty, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  federationHealthCheck(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  federationHealthCheck(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  federationHealthCheck(argument: _agentvault_federation_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  federationHealthCheck(argument: _agentvault_federation_v1_Empty, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
  GetAdminRegistryCard(argument: _agentvault_federation_v1_AdminRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetAdminRegistryCard(argument: _agentvault_federation_v1_AdminRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetAdminRegistryCard(argument: _agentvault_federation_v1_AdminRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetAdminRegistryCard(argument: _agentvault_federation_v1_AdminRef, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getAdminRegistryCard(argument: _agentvault_federation_v1_AdminRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getAdminRegistryCard(argument: _agentvault_federation_v1_AdminRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getAdminRegistryCard(argument: _agentvault_federation_v1_AdminRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getAdminRegistryCard(argument: _agentvault_federation_v1_AdminRef, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
  GetAgentCardsForSync(argument: _agentvault_federation_v1_AgentCardsForSyncRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_SignedHttpResponse__Output>): grpc.ClientUnaryCall;
  GetAgentCardsForSync(argument: _agentvault_federation_v1_AgentCardsForSyncRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_SignedHttpResponse__Output>): grpc.ClientUnaryCall;
  GetAgentCardsForSync(argument: _agentvault_federation_v1_AgentCardsForSyncRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_SignedHttpResponse__Output>): grpc.ClientUnaryCall;
  GetAgentCardsForSync(argument: _agentvault_federation_v1_AgentCardsForSyncRequest, callback: grpc.requestCallback<_agentvault_federation_v1_SignedHttpResponse__Output>): grpc.ClientUnaryCall;
  getAgentCardsForSync(argument: _agentvault_federation_v1_AgentCardsForSyncRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_SignedHttpResponse__Output>): grpc.ClientUnaryCall;
  getAgentCardsForSync(argument: _agentvault_federation_v1_AgentCardsForSyncRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_SignedHttpResponse__Output>): grpc.ClientUnaryCall;
  getAgentCardsForSync(argument: _agentvault_federation_v1_AgentCardsForSyncRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_SignedHttpResponse__Output>): grpc.ClientUnaryCall;
  getAgentCardsForSync(argument: _agentvault_federation_v1_AgentCardsForSyncRequest, callback: grpc.requestCallback<_agentvault_federation_v1_SignedHttpResponse__Output>): grpc.ClientUnaryCall;
  
  GetBridgeConservation(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetBridgeConservation(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetBridgeConservation(argument: _agentvault_federation_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetBridgeConservation(argument: _agentvault_federation_v1_Empty, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getBridgeConservation(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getBridgeConservation(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getBridgeConservation(argument: _agentvault_federation_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getBridgeConservation(argument: _agentvault_federation_v1_Empty, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
  GetBridgeSupply(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetBridgeSupply(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetBridgeSupply(argument: _agentvault_federation_v1_SignedHttpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetBridgeSupply(argument: _agentvault_federation_v1_SignedHttpRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getBridgeSupply(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getBridgeSupply(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getBridgeSupply(argument: _agentvault_federation_v1_SignedHttpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getBridgeSupply(argument: _agentvault_federation_v1_SignedHttpRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
  GetCrossRegistryTransfer(argument: _agentvault_federation_v1_CrossRegistryTransferRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  GetCrossRegistryTransfer(argument: _agentvault_federation_v1_CrossRegistryTransferRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  GetCrossRegistryTransfer(argument: _agentvault_federation_v1_CrossRegistryTransferRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  GetCrossRegistryTransfer(argument: _agentvault_federation_v1_CrossRegistryTransferRef, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  getCrossRegistryTransfer(argument: _agentvault_federation_v1_CrossRegistryTransferRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  getCrossRegistryTransfer(argument: _agentvault_federation_v1_CrossRegistryTransferRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  getCrossRegistryTransfer(argument: _agentvault_federation_v1_CrossRegistryTransferRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  getCrossRegistryTransfer(argument: _agentvault_federation_v1_CrossRegistryTransferRef, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  
  GetFederationInfo(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetFederationInfo(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetFederationInfo(argument: _agentvault_federation_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetFederationInfo(argument: _agentvault_federation_v1_Empty, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getFederationInfo(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getFederationInfo(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getFederationInfo(argument: _agentvault_federation_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getFederationInfo(argument: _agentvault_federation_v1_Empty, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
  GetPeer(argument: _agentvault_federation_v1_PeerRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  GetPeer(argument: _agentvault_federation_v1_PeerRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  GetPeer(argument: _agentvault_federation_v1_PeerRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  GetPeer(argument: _agentvault_federation_v1_PeerRef, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  getPeer(argument: _agentvault_federation_v1_PeerRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  getPeer(argument: _agentvault_federation_v1_PeerRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  getPeer(argument: _agentvault_federation_v1_PeerRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  getPeer(argument: _agentvault_federation_v1_PeerRef, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  
  GetPublicRegistryCard(argument: _agentvault_federation_v1_PublicRegistryCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetPublicRegistryCard(argument: _agentvault_federation_v1_PublicRegistryCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetPublicRegistryCard(argument: _agentvault_federation_v1_PublicRegistryCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetPublicRegistryCard(argument: _agentvault_federation_v1_PublicRegistryCardRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getPublicRegistryCard(argument: _agentvault_federation_v1_PublicRegistryCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getPublicRegistryCard(argument: _agentvault_federation_v1_PublicRegistryCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getPublicRegistryCard(argument: _agentvault_federation_v1_PublicRegistryCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getPublicRegistryCard(argument: _agentvault_federation_v1_PublicRegistryCardRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
  GetRegistryCard(argument: _agentvault_federation_v1_GetRegistryCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_RegistryCardResponse__Output>): grpc.ClientUnaryCall;
  GetRegistryCard(argument: _agentvault_federation_v1_GetRegistryCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_RegistryCardResponse__Output>): grpc.ClientUnaryCall;
  GetRegistryCard(argument: _agentvault_federation_v1_GetRegistryCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_RegistryCardResponse__Output>): grpc.ClientUnaryCall;
  GetRegistryCard(argument: _agentvault_federation_v1_GetRegistryCardRequest, callback: grpc.requestCallback<_agentvault_federation_v1_RegistryCardResponse__Output>): grpc.ClientUnaryCall;
  getRegistryCard(argument: _agentvault_federation_v1_GetRegistryCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_RegistryCardResponse__Output>): grpc.ClientUnaryCall;
  getRegistryCard(argument: _agentvault_federation_v1_GetRegistryCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_RegistryCardResponse__Output>): grpc.ClientUnaryCall;
  getRegistryCard(argument: _agentvault_federation_v1_GetRegistryCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_RegistryCardResponse__Output>): grpc.ClientUnaryCall;
  getRegistryCard(argument: _agentvault_federation_v1_GetRegistryCardRequest, callback: grpc.requestCallback<_agentvault_federation_v1_RegistryCardResponse__Output>): grpc.ClientUnaryCall;
  
  GetRegistryCardSchema(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetRegistryCardSchema(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetRegistryCardSchema(argument: _agentvault_federation_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetRegistryCardSchema(argument: _agentvault_federation_v1_Empty, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getRegistryCardSchema(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getRegistryCardSchema(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getRegistryCardSchema(argument: _agentvault_federation_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getRegistryCardSchema(argument: _agentvault_federation_v1_Empty, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
  GetRegistryIcon(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_RegistryIcon__Output>): grpc.ClientUnaryCall;
  GetRegistryIcon(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_RegistryIcon__Output>): grpc.ClientUnaryCall;
  GetRegistryIcon(argument: _agentvault_federation_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_RegistryIcon__Output>): grpc.ClientUnaryCall;
  GetRegistryIcon(argument: _agentvault_federation_v1_Empty, callback: grpc.requestCallback<_agentvault_federation_v1_RegistryIcon__Output>): grpc.ClientUnaryCall;
  getRegistryIcon(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_RegistryIcon__Output>): grpc.ClientUnaryCall;
  getRegistryIcon(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_RegistryIcon__Output>): grpc.ClientUnaryCall;
  getRegistryIcon(argument: _agentvault_federation_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_RegistryIcon__Output>): grpc.ClientUnaryCall;
  getRegistryIcon(argument: _agentvault_federation_v1_Empty, callback: grpc.requestCallback<_agentvault_federation_v1_RegistryIcon__Output>): grpc.ClientUnaryCall;
  
  GetRegistryJwks(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetRegistryJwks(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetRegistryJwks(argument: _agentvault_federation_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetRegistryJwks(argument: _agentvault_federation_v1_Empty, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getRegistryJwks(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getRegistryJwks(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getRegistryJwks(argument: _agentvault_federation_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getRegistryJwks(argument: _agentvault_federation_v1_Empty, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
  GetSyncStatus(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetSyncStatus(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetSyncStatus(argument: _agentvault_federation_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  GetSyncStatus(argument: _agentvault_federation_v1_Empty, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getSyncStatus(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getSyncStatus(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getSyncStatus(argument: _agentvault_federation_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  getSyncStatus(argument: _agentvault_federation_v1_Empty, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
  ListCrossRegistryTransfers(argument: _agentvault_federation_v1_ListCrossRegistryTransfersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransferPage__Output>): grpc.ClientUnaryCall;
  ListCrossRegistryTransfers(argument: _agentvault_federation_v1_ListCrossRegistryTransfersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransferPage__Output>): grpc.ClientUnaryCall;
  ListCrossRegistryTransfers(argument: _agentvault_federation_v1_ListCrossRegistryTransfersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransferPage__Output>): grpc.ClientUnaryCall;
  ListCrossRegistryTransfers(argument: _agentvault_federation_v1_ListCrossRegistryTransfersRequest, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransferPage__Output>): grpc.ClientUnaryCall;
  listCrossRegistryTransfers(argument: _agentvault_federation_v1_ListCrossRegistryTransfersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransferPage__Output>): grpc.ClientUnaryCall;
  listCrossRegistryTransfers(argument: _agentvault_federation_v1_ListCrossRegistryTransfersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransferPage__Output>): grpc.ClientUnaryCall;
  listCrossRegistryTransfers(argument: _agentvault_federation_v1_ListCrossRegistryTransfersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransferPage__Output>): grpc.ClientUnaryCall;
  listCrossRegistryTransfers(argument: _agentvault_federation_v1_ListCrossRegistryTransfersRequest, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransferPage__Output>): grpc.ClientUnaryCall;
  
  ListPeers(argument: _agentvault_federation_v1_ListPeersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_PeerPage__Output>): grpc.ClientUnaryCall;
  ListPeers(argument: _agentvault_federation_v1_ListPeersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_PeerPage__Output>): grpc.ClientUnaryCall;
  ListPeers(argument: _agentvault_federation_v1_ListPeersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_PeerPage__Output>): grpc.ClientUnaryCall;
  ListPeers(argument: _agentvault_federation_v1_ListPeersRequest, callback: grpc.requestCallback<_agentvault_federation_v1_PeerPage__Output>): grpc.ClientUnaryCall;
  listPeers(argument: _agentvault_federation_v1_ListPeersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_PeerPage__Output>): grpc.ClientUnaryCall;
  listPeers(argument: _agentvault_federation_v1_ListPeersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_PeerPage__Output>): grpc.ClientUnaryCall;
  listPeers(argument: _agentvault_federation_v1_ListPeersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_PeerPage__Output>): grpc.ClientUnaryCall;
  listPeers(argument: _agentvault_federation_v1_ListPeersRequest, callback: grpc.requestCallback<_agentvault_federation_v1_PeerPage__Output>): grpc.ClientUnaryCall;
  
  ReceiveBridgeCancel(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  ReceiveBridgeCancel(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  ReceiveBridgeCancel(argument: _agentvault_federation_v1_SignedHttpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  ReceiveBridgeCancel(argument: _agentvault_federation_v1_SignedHttpRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveBridgeCancel(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveBridgeCancel(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveBridgeCancel(argument: _agentvault_federation_v1_SignedHttpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveBridgeCancel(argument: _agentvault_federation_v1_SignedHttpRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
  ReceiveBridgeMint(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  ReceiveBridgeMint(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  ReceiveBridgeMint(argument: _agentvault_federation_v1_SignedHttpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  ReceiveBridgeMint(argument: _agentvault_federation_v1_SignedHttpRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveBridgeMint(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveBridgeMint(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveBridgeMint(argument: _agentvault_federation_v1_SignedHttpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveBridgeMint(argument: _agentvault_federation_v1_SignedHttpRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
  ReceiveBridgeUnlock(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  ReceiveBridgeUnlock(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  ReceiveBridgeUnlock(argument: _agentvault_federation_v1_SignedHttpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  ReceiveBridgeUnlock(argument: _agentvault_federation_v1_SignedHttpRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveBridgeUnlock(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveBridgeUnlock(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveBridgeUnlock(argument: _agentvault_federation_v1_SignedHttpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveBridgeUnlock(argument: _agentvault_federation_v1_SignedHttpRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
  ReceiveFederatedProposal(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  ReceiveFederatedProposal(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  ReceiveFederatedProposal(argument: _agentvault_federation_v1_SignedHttpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  ReceiveFederatedProposal(argument: _agentvault_federation_v1_SignedHttpRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveFederatedProposal(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveFederatedProposal(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveFederatedProposal(argument: _agentvault_federation_v1_SignedHttpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveFederatedProposal(argument: _agentvault_federation_v1_SignedHttpRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
  ReceiveFederatedTally(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  ReceiveFederatedTally(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  ReceiveFederatedTally(argument: _agentvault_federation_v1_SignedHttpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  ReceiveFederatedTally(argument: _agentvault_federation_v1_SignedHttpRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveFederatedTally(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveFederatedTally(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveFederatedTally(argument: _agentvault_federation_v1_SignedHttpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveFederatedTally(argument: _agentvault_federation_v1_SignedHttpRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
  ReceiveSlash(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  ReceiveSlash(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  ReceiveSlash(argument: _agentvault_federation_v1_SignedHttpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  ReceiveSlash(argument: _agentvault_federation_v1_SignedHttpRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveSlash(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveSlash(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveSlash(argument: _agentvault_federation_v1_SignedHttpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveSlash(argument: _agentvault_federation_v1_SignedHttpRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
  ReceiveSyncRequest(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  ReceiveSyncRequest(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  ReceiveSyncRequest(argument: _agentvault_federation_v1_SignedHttpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  ReceiveSyncRequest(argument: _agentvault_federation_v1_SignedHttpRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveSyncRequest(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveSyncRequest(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveSyncRequest(argument: _agentvault_federation_v1_SignedHttpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  receiveSyncRequest(argument: _agentvault_federation_v1_SignedHttpRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
  RegisterPeer(argument: _agentvault_federation_v1_RegisterPeerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  RegisterPeer(argument: _agentvault_federation_v1_RegisterPeerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  RegisterPeer(argument: _agentvault_federation_v1_RegisterPeerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  RegisterPeer(argument: _agentvault_federation_v1_RegisterPeerRequest, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  registerPeer(argument: _agentvault_federation_v1_RegisterPeerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  registerPeer(argument: _agentvault_federation_v1_RegisterPeerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  registerPeer(argument: _agentvault_federation_v1_RegisterPeerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  registerPeer(argument: _agentvault_federation_v1_RegisterPeerRequest, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  
  RotateSigningKey(argument: _agentvault_federation_v1_AdminRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  RotateSigningKey(argument: _agentvault_federation_v1_AdminRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  RotateSigningKey(argument: _agentvault_federation_v1_AdminRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  RotateSigningKey(argument: _agentvault_federation_v1_AdminRef, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  rotateSigningKey(argument: _agentvault_federation_v1_AdminRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  rotateSigningKey(argument: _agentvault_federation_v1_AdminRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  rotateSigningKey(argument: _agentvault_federation_v1_AdminRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  rotateSigningKey(argument: _agentvault_federation_v1_AdminRef, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
  SatelliteLedgerCall(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_SignedHttpResponse__Output>): grpc.ClientUnaryCall;
  SatelliteLedgerCall(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_SignedHttpResponse__Output>): grpc.ClientUnaryCall;
  SatelliteLedgerCall(argument: _agentvault_federation_v1_SignedHttpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_SignedHttpResponse__Output>): grpc.ClientUnaryCall;
  SatelliteLedgerCall(argument: _agentvault_federation_v1_SignedHttpRequest, callback: grpc.requestCallback<_agentvault_federation_v1_SignedHttpResponse__Output>): grpc.ClientUnaryCall;
  satelliteLedgerCall(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_SignedHttpResponse__Output>): grpc.ClientUnaryCall;
  satelliteLedgerCall(argument: _agentvault_federation_v1_SignedHttpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_SignedHttpResponse__Output>): grpc.ClientUnaryCall;
  satelliteLedgerCall(argument: _agentvault_federation_v1_SignedHttpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_SignedHttpResponse__Output>): grpc.ClientUnaryCall;
  satelliteLedgerCall(argument: _agentvault_federation_v1_SignedHttpRequest, callback: grpc.requestCallback<_agentvault_federation_v1_SignedHttpResponse__Output>): grpc.ClientUnaryCall;
  
  SearchAgents(argument: _agentvault_federation_v1_SearchAgentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  SearchAgents(argument: _agentvault_federation_v1_SearchAgentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  SearchAgents(argument: _agentvault_federation_v1_SearchAgentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  SearchAgents(argument: _agentvault_federation_v1_SearchAgentsRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  searchAgents(argument: _agentvault_federation_v1_SearchAgentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  searchAgents(argument: _agentvault_federation_v1_SearchAgentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  searchAgents(argument: _agentvault_federation_v1_SearchAgentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  searchAgents(argument: _agentvault_federation_v1_SearchAgentsRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
  StartBridgeRedeem(argument: _agentvault_federation_v1_BridgeRedeemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  StartBridgeRedeem(argument: _agentvault_federation_v1_BridgeRedeemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  StartBridgeRedeem(argument: _agentvault_federation_v1_BridgeRedeemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  StartBridgeRedeem(argument: _agentvault_federation_v1_BridgeRedeemRequest, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  startBridgeRedeem(argument: _agentvault_federation_v1_BridgeRedeemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  startBridgeRedeem(argument: _agentvault_federation_v1_BridgeRedeemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  startBridgeRedeem(argument: _agentvault_federation_v1_BridgeRedeemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  startBridgeRedeem(argument: _agentvault_federation_v1_BridgeRedeemRequest, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  
  StartCrossRegistryTransfer(argument: _agentvault_federation_v1_CrossRegistryTransferRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  StartCrossRegistryTransfer(argument: _agentvault_federation_v1_CrossRegistryTransferRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  StartCrossRegistryTransfer(argument: _agentvault_federation_v1_CrossRegistryTransferRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  StartCrossRegistryTransfer(argument: _agentvault_federation_v1_CrossRegistryTransferRequest, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  startCrossRegistryTransfer(argument: _agentvault_federation_v1_CrossRegistryTransferRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  startCrossRegistryTransfer(argument: _agentvault_federation_v1_CrossRegistryTransferRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  startCrossRegistryTransfer(argument: _agentvault_federation_v1_CrossRegistryTransferRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  startCrossRegistryTransfer(argument: _agentvault_federation_v1_CrossRegistryTransferRequest, callback: grpc.requestCallback<_agentvault_federation_v1_CrossRegistryTransfer__Output>): grpc.ClientUnaryCall;
  
  SyncPeers(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  SyncPeers(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  SyncPeers(argument: _agentvault_federation_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  SyncPeers(argument: _agentvault_federation_v1_Empty, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  syncPeers(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  syncPeers(argument: _agentvault_federation_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  syncPeers(argument: _agentvault_federation_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  syncPeers(argument: _agentvault_federation_v1_Empty, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
  TransitionPeer(argument: _agentvault_federation_v1_TransitionPeerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  TransitionPeer(argument: _agentvault_federation_v1_TransitionPeerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  TransitionPeer(argument: _agentvault_federation_v1_TransitionPeerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  TransitionPeer(argument: _agentvault_federation_v1_TransitionPeerRequest, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  transitionPeer(argument: _agentvault_federation_v1_TransitionPeerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  transitionPeer(argument: _agentvault_federation_v1_TransitionPeerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  transitionPeer(argument: _agentvault_federation_v1_TransitionPeerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  transitionPeer(argument: _agentvault_federation_v1_TransitionPeerRequest, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  
  UpdatePeer(argument: _agentvault_federation_v1_UpdatePeerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  UpdatePeer(argument: _agentvault_federation_v1_UpdatePeerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  UpdatePeer(argument: _agentvault_federation_v1_UpdatePeerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  UpdatePeer(argument: _agentvault_federation_v1_UpdatePeerRequest, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  updatePeer(argument: _agentvault_federation_v1_UpdatePeerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  updatePeer(argument: _agentvault_federation_v1_UpdatePeerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  updatePeer(argument: _agentvault_federation_v1_UpdatePeerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  updatePeer(argument: _agentvault_federation_v1_UpdatePeerRequest, callback: grpc.requestCallback<_agentvault_federation_v1_Peer__Output>): grpc.ClientUnaryCall;
  
  UpdateRegistryCard(argument: _agentvault_federation_v1_UpdateRegistryCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  UpdateRegistryCard(argument: _agentvault_federation_v1_UpdateRegistryCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  UpdateRegistryCard(argument: _agentvault_federation_v1_UpdateRegistryCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  UpdateRegistryCard(argument: _agentvault_federation_v1_UpdateRegistryCardRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  updateRegistryCard(argument: _agentvault_federation_v1_UpdateRegistryCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  updateRegistryCard(argument: _agentvault_federation_v1_UpdateRegistryCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  updateRegistryCard(argument: _agentvault_federation_v1_UpdateRegistryCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  updateRegistryCard(argument: _agentvault_federation_v1_UpdateRegistryCardRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
  UploadRegistryIcon(argument: _agentvault_federation_v1_UploadRegistryIconRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  UploadRegistryIcon(argument: _agentvault_federation_v1_UploadRegistryIconRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  UploadRegistryIcon(argument: _agentvault_federation_v1_UploadRegistryIconRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  UploadRegistryIcon(argument: _agentvault_federation_v1_UploadRegistryIconRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  uploadRegistryIcon(argument: _agentvault_federation_v1_UploadRegistryIconRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  uploadRegistryIcon(argument: _agentvault_federation_v1_UploadRegistryIconRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  uploadRegistryIcon(argument: _agentvault_federation_v1_UploadRegistryIconRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  uploadRegistryIcon(argument: _agentvault_federation_v1_UploadRegistryIconRequest, callback: grpc.requestCallback<_agentvault_federation_v1_JsonDocument__Output>): grpc.ClientUnaryCall;
  
}

export interface FederationServiceHandlers extends grpc.UntypedServiceImplementation {
  DeactivateOwnedPeer: grpc.handleUnaryCall<_agentvault_federation_v1_PeerRef__Output, _agentvault_federation_v1_Empty>;
  
  DeliverSlash: grpc.handleUnaryCall<_agentvault_federation_v1_DeliverSlashRequest__Output, _agentvault_federation_v1_SlashOutcome>;
  
  FederatedQuery: grpc.handleUnaryCall<_agentvault_federation_v1_SignedHttpRequest__Output, _agentvault_federation_v1_JsonDocument>;
  
  FederationHealthCheck: grpc.handleUnaryCall<_agentvault_federation_v1_Empty__Output, _agentvault_federation_v1_JsonDocument>;
  
  GetAdminRegistryCard: grpc.handleUnaryCall<_agentvault_federation_v1_AdminRef__Output, _agentvault_federation_v1_JsonDocument>;
  
  GetAgentCardsForSync: grpc.handleUnaryCall<_agentvault_federation_v1_AgentCardsForSyncRequest__Output, _agentvault_federation_v1_SignedHttpResponse>;
  
  GetBridgeConservation: grpc.handleUnaryCall<_agentvault_federation_v1_Empty__Output, _agentvault_federation_v1_JsonDocument>;
  
  GetBridgeSupply: grpc.handleUnaryCall<_agentvault_federation_v1_SignedHttpRequest__Output, _agentvault_federation_v1_JsonDocument>;
  
  GetCrossRegistryTransfer: grpc.handleUnaryCall<_agentvault_federation_v1_CrossRegistryTransferRef__Output, _agentvault_federation_v1_CrossRegistryTransfer>;
  
  GetFederationInfo: grpc.handleUnaryCall<_agentvault_federation_v1_Empty__Output, _agentvault_federation_v1_JsonDocument>;
  
  GetPeer: grpc.handleUnaryCall<_agentvault_federation_v1_PeerRef__Output, _agentvault_federation_v1_Peer>;
  
  GetPublicRegistryCard: grpc.handleUnaryCall<_agentvault_federation_v1_PublicRegistryCardRequest__Output, _agentvault_federation_v1_JsonDocument>;
  
  GetRegistryCard: grpc.handleUnaryCall<_agentvault_federation_v1_GetRegistryCardRequest__Output, _agentvault_federation_v1_RegistryCardResponse>;
  
  GetRegistryCardSchema: grpc.handleUnaryCall<_agentvault_federation_v1_Empty__Output, _agentvault_federation_v1_JsonDocument>;
  
  GetRegistryIcon: grpc.handleUnaryCall<_agentvault_federation_v1_Empty__Output, _agentvault_federation_v1_RegistryIcon>;
  
  GetRegistryJwks: grpc.handleUnaryCall<_agentvault_federation_v1_Empty__Output, _agentvault_federation_v1_JsonDocument>;
  
  GetSyncStatus: grpc.handleUnaryCall<_agentvault_federation_v1_Empty__Output, _agentvault_federation_v1_JsonDocument>;
  
  ListCrossRegistryTransfers: grpc.handleUnaryCall<_agentvault_federation_v1_ListCrossRegistryTransfersRequest__Output, _agentvault_federation_v1_CrossRegistryTransferPage>;
  
  ListPeers: grpc.handleUnaryCall<_agentvault_federation_v1_ListPeersRequest__Output, _agentvault_federation_v1_PeerPage>;
  
  ReceiveBridgeCancel: grpc.handleUnaryCall<_agentvault_federation_v1_SignedHttpRequest__Output, _agentvault_federation_v1_JsonDocument>;
  
  ReceiveBridgeMint: grpc.handleUnaryCall<_agentvault_federation_v1_SignedHttpRequest__Output, _agentvault_federation_v1_JsonDocument>;
  
  ReceiveBridgeUnlock: grpc.handleUnaryCall<_agentvault_federation_v1_SignedHttpRequest__Output, _agentvault_federation_v1_JsonDocument>;
  
  ReceiveFederatedProposal: grpc.handleUnaryCall<_agentvault_federation_v1_SignedHttpRequest__Output, _agentvault_federation_v1_JsonDocument>;
  
  ReceiveFederatedTally: grpc.handleUnaryCall<_agentvault_federation_v1_SignedHttpRequest__Output, _agentvault_federation_v1_JsonDocument>;
  
  ReceiveSlash: grpc.handleUnaryCall<_agentvault_federation_v1_SignedHttpRequest__Output, _agentvault_federation_v1_JsonDocument>;
  
  ReceiveSyncRequest: grpc.handleUnaryCall<_agentvault_federation_v1_SignedHttpRequest__Output, _agentvault_federation_v1_JsonDocument>;
  
  RegisterPeer: grpc.handleUnaryCall<_agentvault_federation_v1_RegisterPeerRequest__Output, _agentvault_federation_v1_Peer>;
  
  RotateSigningKey: grpc.handleUnaryCall<_agentvault_federation_v1_AdminRef__Output, _agentvault_federation_v1_JsonDocument>;
  
  SatelliteLedgerCall: grpc.handleUnaryCall<_agentvault_federation_v1_SignedHttpRequest__Output, _agentvault_federation_v1_SignedHttpResponse>;
  
  SearchAgents: grpc.handleUnaryCall<_agentvault_federation_v1_SearchAgentsRequest__Output, _agentvault_federation_v1_JsonDocument>;
  
  StartBridgeRedeem: grpc.handleUnaryCall<_agentvault_federation_v1_BridgeRedeemRequest__Output, _agentvault_federation_v1_CrossRegistryTransfer>;
  
  StartCrossRegistryTransfer: grpc.handleUnaryCall<_agentvault_federation_v1_CrossRegistryTransferRequest__Output, _agentvault_federation_v1_CrossRegistryTransfer>;
  
  SyncPeers: grpc.handleUnaryCall<_agentvault_federation_v1_Empty__Output, _agentvault_federation_v1_JsonDocument>;
  
  TransitionPeer: grpc.handleUnaryCall<_agentvault_federation_v1_TransitionPeerRequest__Output, _agentvault_federation_v1_Peer>;
  
  UpdatePeer: grpc.handleUnaryCall<_agentvault_federation_v1_UpdatePeerRequest__Output, _agentvault_federation_v1_Peer>;
  
  UpdateRegistryCard: grpc.handleUnaryCall<_agentvault_federation_v1_UpdateRegistryCardRequest__Output, _agentvault_federation_v1_JsonDocument>;
  
  UploadRegistryIcon: grpc.handleUnaryCall<_agentvault_federation_v1_UploadRegistryIconRequest__Output, _agentvault_federation_v1_JsonDocument>;
  
}

export interface FederationServiceDefinition extends grpc.ServiceDefinition {
  DeactivateOwnedPeer: MethodDefinition<_agentvault_federation_v1_PeerRef, _agentvault_federation_v1_Empty, _agentvault_federation_v1_PeerRef__Output, _agentvault_federation_v1_Empty__Output>
  DeliverSlash: MethodDefinition<_agentvault_federation_v1_DeliverSlashRequest, _agentvault_federation_v1_SlashOutcome, _agentvault_federation_v1_DeliverSlashRequest__Output, _agentvault_federation_v1_SlashOutcome__Output>
  FederatedQuery: MethodDefinition<_agentvault_federation_v1_SignedHttpRequest, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_SignedHttpRequest__Output, _agentvault_federation_v1_JsonDocument__Output>
  FederationHealthCheck: MethodDefinition<_agentvault_federation_v1_Empty, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_Empty__Output, _agentvault_federation_v1_JsonDocument__Output>
  GetAdminRegistryCard: MethodDefinition<_agentvault_federation_v1_AdminRef, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_AdminRef__Output, _agentvault_federation_v1_JsonDocument__Output>
  GetAgentCardsForSync: MethodDefinition<_agentvault_federation_v1_AgentCardsForSyncRequest, _agentvault_federation_v1_SignedHttpResponse, _agentvault_federation_v1_AgentCardsForSyncRequest__Output, _agentvault_federation_v1_SignedHttpResponse__Output>
  GetBridgeConservation: MethodDefinition<_agentvault_federation_v1_Empty, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_Empty__Output, _agentvault_federation_v1_JsonDocument__Output>
  GetBridgeSupply: MethodDefinition<_agentvault_federation_v1_SignedHttpRequest, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_SignedHttpRequest__Output, _agentvault_federation_v1_JsonDocument__Output>
  GetCrossRegistryTransfer: MethodDefinition<_agentvault_federation_v1_CrossRegistryTransferRef, _agentvault_federation_v1_CrossRegistryTransfer, _agentvault_federation_v1_CrossRegistryTransferRef__Output, _agentvault_federation_v1_CrossRegistryTransfer__Output>
  GetFederationInfo: MethodDefinition<_agentvault_federation_v1_Empty, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_Empty__Output, _agentvault_federation_v1_JsonDocument__Output>
  GetPeer: MethodDefinition<_agentvault_federation_v1_PeerRef, _agentvault_federation_v1_Peer, _agentvault_federation_v1_PeerRef__Output, _agentvault_federation_v1_Peer__Output>
  GetPublicRegistryCard: MethodDefinition<_agentvault_federation_v1_PublicRegistryCardRequest, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_PublicRegistryCardRequest__Output, _agentvault_federation_v1_JsonDocument__Output>
  GetRegistryCard: MethodDefinition<_agentvault_federation_v1_GetRegistryCardRequest, _agentvault_federation_v1_RegistryCardResponse, _agentvault_federation_v1_GetRegistryCardRequest__Output, _agentvault_federation_v1_RegistryCardResponse__Output>
  GetRegistryCardSchema: MethodDefinition<_agentvault_federation_v1_Empty, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_Empty__Output, _agentvault_federation_v1_JsonDocument__Output>
  GetRegistryIcon: MethodDefinition<_agentvault_federation_v1_Empty, _agentvault_federation_v1_RegistryIcon, _agentvault_federation_v1_Empty__Output, _agentvault_federation_v1_RegistryIcon__Output>
  GetRegistryJwks: MethodDefinition<_agentvault_federation_v1_Empty, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_Empty__Output, _agentvault_federation_v1_JsonDocument__Output>
  GetSyncStatus: MethodDefinition<_agentvault_federation_v1_Empty, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_Empty__Output, _agentvault_federation_v1_JsonDocument__Output>
  ListCrossRegistryTransfers: MethodDefinition<_agentvault_federation_v1_ListCrossRegistryTransfersRequest, _agentvault_federation_v1_CrossRegistryTransferPage, _agentvault_federation_v1_ListCrossRegistryTransfersRequest__Output, _agentvault_federation_v1_CrossRegistryTransferPage__Output>
  ListPeers: MethodDefinition<_agentvault_federation_v1_ListPeersRequest, _agentvault_federation_v1_PeerPage, _agentvault_federation_v1_ListPeersRequest__Output, _agentvault_federation_v1_PeerPage__Output>
  ReceiveBridgeCancel: MethodDefinition<_agentvault_federation_v1_SignedHttpRequest, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_SignedHttpRequest__Output, _agentvault_federation_v1_JsonDocument__Output>
  ReceiveBridgeMint: MethodDefinition<_agentvault_federation_v1_SignedHttpRequest, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_SignedHttpRequest__Output, _agentvault_federation_v1_JsonDocument__Output>
  ReceiveBridgeUnlock: MethodDefinition<_agentvault_federation_v1_SignedHttpRequest, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_SignedHttpRequest__Output, _agentvault_federation_v1_JsonDocument__Output>
  ReceiveFederatedProposal: MethodDefinition<_agentvault_federation_v1_SignedHttpRequest, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_SignedHttpRequest__Output, _agentvault_federation_v1_JsonDocument__Output>
  ReceiveFederatedTally: MethodDefinition<_agentvault_federation_v1_SignedHttpRequest, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_SignedHttpRequest__Output, _agentvault_federation_v1_JsonDocument__Output>
  ReceiveSlash: MethodDefinition<_agentvault_federation_v1_SignedHttpRequest, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_SignedHttpRequest__Output, _agentvault_federation_v1_JsonDocument__Output>
  ReceiveSyncRequest: MethodDefinition<_agentvault_federation_v1_SignedHttpRequest, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_SignedHttpRequest__Output, _agentvault_federation_v1_JsonDocument__Output>
  RegisterPeer: MethodDefinition<_agentvault_federation_v1_RegisterPeerRequest, _agentvault_federation_v1_Peer, _agentvault_federation_v1_RegisterPeerRequest__Output, _agentvault_federation_v1_Peer__Output>
  RotateSigningKey: MethodDefinition<_agentvault_federation_v1_AdminRef, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_AdminRef__Output, _agentvault_federation_v1_JsonDocument__Output>
  SatelliteLedgerCall: MethodDefinition<_agentvault_federation_v1_SignedHttpRequest, _agentvault_federation_v1_SignedHttpResponse, _agentvault_federation_v1_SignedHttpRequest__Output, _agentvault_federation_v1_SignedHttpResponse__Output>
  SearchAgents: MethodDefinition<_agentvault_federation_v1_SearchAgentsRequest, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_SearchAgentsRequest__Output, _agentvault_federation_v1_JsonDocument__Output>
  StartBridgeRedeem: MethodDefinition<_agentvault_federation_v1_BridgeRedeemRequest, _agentvault_federation_v1_CrossRegistryTransfer, _agentvault_federation_v1_BridgeRedeemRequest__Output, _agentvault_federation_v1_CrossRegistryTransfer__Output>
  StartCrossRegistryTransfer: MethodDefinition<_agentvault_federation_v1_CrossRegistryTransferRequest, _agentvault_federation_v1_CrossRegistryTransfer, _agentvault_federation_v1_CrossRegistryTransferRequest__Output, _agentvault_federation_v1_CrossRegistryTransfer__Output>
  SyncPeers: MethodDefinition<_agentvault_federation_v1_Empty, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_Empty__Output, _agentvault_federation_v1_JsonDocument__Output>
  TransitionPeer: MethodDefinition<_agentvault_federation_v1_TransitionPeerRequest, _agentvault_federation_v1_Peer, _agentvault_federation_v1_TransitionPeerRequest__Output, _agentvault_federation_v1_Peer__Output>
  UpdatePeer: MethodDefinition<_agentvault_federation_v1_UpdatePeerRequest, _agentvault_federation_v1_Peer, _agentvault_federation_v1_UpdatePeerRequest__Output, _agentvault_federation_v1_Peer__Output>
  UpdateRegistryCard: MethodDefinition<_agentvault_federation_v1_UpdateRegistryCardRequest, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_UpdateRegistryCardRequest__Output, _agentvault_federation_v1_JsonDocument__Output>
  UploadRegistryIcon: MethodDefinition<_agentvault_federation_v1_UploadRegistryIconRequest, _agentvault_federation_v1_JsonDocument, _agentvault_federation_v1_UploadRegistryIconRequest__Output, _agentvault_federation_v1_JsonDocument__Output>
}
