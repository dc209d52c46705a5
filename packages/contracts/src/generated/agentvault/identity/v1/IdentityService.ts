// Original file: proto/agentvault/identity/v1/identity.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { A2aAgentCardResponse as _agentvault_identity_v1_A2aAgentCardResponse, A2aAgentCardResponse__Output as _agentvault_identity_v1_A2aAgentCardResponse__Output } from '../../../agentvault/identity/v1/A2aAgentCardResponse.js';
import type { Agent as _agentvault_identity_v1_Agent, Agent__Output as _agentvault_identity_v1_Agent__Output } from '../../../agentvault/identity/v1/Agent.js';
import type { AgentCardHriRef as _agentvault_identity_v1_AgentCardHriRef, AgentCardHriRef__Output as _agentvault_identity_v1_AgentCardHriRef__Output } from '../../../agentvault/identity/v1/AgentCardHriRef.js';
import type { AgentCardRef as _agentvault_identity_v1_AgentCardRef, AgentCardRef__Output as _agentvault_identity_v1_AgentCardRef__Output } from '../../../agentvault/identity/v1/AgentCardRef.js';
import type { AgentPage as _agentvault_identity_v1_AgentPage, AgentPage__Output as _agentvault_identity_v1_AgentPage__Output } from '../../../agentvault/identity/v1/AgentPage.js';
import type { ApiKeyList as _agentvault_identity_v1_ApiKeyList, ApiKeyList__Output as _agentvault_identity_v1_ApiKeyList__Output } from '../../../agentvault/identity/v1/ApiKeyList.js';
import type { AuthenticateApiKeyRequest as _agentvault_identity_v1_AuthenticateApiKeyRequest, AuthenticateApiKeyRequest__Output as _agentvault_identity_v1_AuthenticateApiKeyRequest__Output } from '../../../agentvault/identity/v1/AuthenticateApiKeyRequest.js';
import type { AuthenticateSignedRequestRequest as _agentvault_identity_v1_AuthenticateSignedRequestRequest, AuthenticateSignedRequestRequest__Output as _agentvault_identity_v1_AuthenticateSignedRequestRequest__Output } from '../../../agentvault/identity/v1/AuthenticateSignedRequestRequest.js';
import type { BootstrapTokenResponse as _agentvault_identity_v1_BootstrapTokenResponse, BootstrapTokenResponse__Output as _agentvault_identity_v1_BootstrapTokenResponse__Output } from '../../../agentvault/identity/v1/BootstrapTokenResponse.js';
import type { CreateAgentRequest as _agentvault_identity_v1_CreateAgentRequest, CreateAgentRequest__Output as _agentvault_identity_v1_CreateAgentRequest__Output } from '../../../agentvault/identity/v1/CreateAgentRequest.js';
import type { CreateAgentResponse as _agentvault_identity_v1_CreateAgentResponse, CreateAgentResponse__Output as _agentvault_identity_v1_CreateAgentResponse__Output } from '../../../agentvault/identity/v1/CreateAgentResponse.js';
import type { CreateApiKeyRequest as _agentvault_identity_v1_CreateApiKeyRequest, CreateApiKeyRequest__Output as _agentvault_identity_v1_CreateApiKeyRequest__Output } from '../../../agentvault/identity/v1/CreateApiKeyRequest.js';
import type { CreateApiKeyResponse as _agentvault_identity_v1_CreateApiKeyResponse, CreateApiKeyResponse__Output as _agentvault_identity_v1_CreateApiKeyResponse__Output } from '../../../agentvault/identity/v1/CreateApiKeyResponse.js';
import type { DeactivateAgentCardRequest as _agentvault_identity_v1_DeactivateAgentCardRequest, DeactivateAgentCardRequest__Output as _agentvault_identity_v1_DeactivateAgentCardRequest__Output } from '../../../agentvault/identity/v1/DeactivateAgentCardRequest.js';
import type { Developer as _agentvault_identity_v1_Developer, Developer__Output as _agentvault_identity_v1_Developer__Output } from '../../../agentvault/identity/v1/Developer.js';
import type { DeveloperAgentCount as _agentvault_identity_v1_DeveloperAgentCount, DeveloperAgentCount__Output as _agentvault_identity_v1_DeveloperAgentCount__Output } from '../../../agentvault/identity/v1/DeveloperAgentCount.js';
import type { DeveloperRef as _agentvault_identity_v1_DeveloperRef, DeveloperRef__Output as _agentvault_identity_v1_DeveloperRef__Output } from '../../../agentvault/identity/v1/DeveloperRef.js';
import type { DirectoryCard as _agentvault_identity_v1_DirectoryCard, DirectoryCard__Output as _agentvault_identity_v1_DirectoryCard__Output } from '../../../agentvault/identity/v1/DirectoryCard.js';
import type { DirectoryCardPage as _agentvault_identity_v1_DirectoryCardPage, DirectoryCardPage__Output as _agentvault_identity_v1_DirectoryCardPage__Output } from '../../../agentvault/identity/v1/DirectoryCardPage.js';
import type { Empty as _agentvault_identity_v1_Empty, Empty__Output as _agentvault_identity_v1_Empty__Output } from '../../../agentvault/identity/v1/Empty.js';
import type { GetAgentRequest as _agentvault_identity_v1_GetAgentRequest, GetAgentRequest__Output as _agentvault_identity_v1_GetAgentRequest__Output } from '../../../agentvault/identity/v1/GetAgentRequest.js';
import type { IsTokenRevokedRequest as _agentvault_identity_v1_IsTokenRevokedRequest, IsTokenRevokedRequest__Output as _agentvault_identity_v1_IsTokenRevokedRequest__Output } from '../../../agentvault/identity/v1/IsTokenRevokedRequest.js';
import type { IsTokenRevokedResponse as _agentvault_identity_v1_IsTokenRevokedResponse, IsTokenRevokedResponse__Output as _agentvault_identity_v1_IsTokenRevokedResponse__Output } from '../../../agentvault/identity/v1/IsTokenRevokedResponse.js';
import type { IssueAgentTokenRequest as _agentvault_identity_v1_IssueAgentTokenRequest, IssueAgentTokenRequest__Output as _agentvault_identity_v1_IssueAgentTokenRequest__Output } from '../../../agentvault/identity/v1/IssueAgentTokenRequest.js';
import type { JwksResponse as _agentvault_identity_v1_JwksResponse, JwksResponse__Output as _agentvault_identity_v1_JwksResponse__Output } from '../../../agentvault/identity/v1/JwksResponse.js';
import type { ListAgentCardsRequest as _agentvault_identity_v1_ListAgentCardsRequest, ListAgentCardsRequest__Output as _agentvault_identity_v1_ListAgentCardsRequest__Output } from '../../../agentvault/identity/v1/ListAgentCardsRequest.js';
import type { ListDeveloperAgentsRequest as _agentvault_identity_v1_ListDeveloperAgentsRequest, ListDeveloperAgentsRequest__Output as _agentvault_identity_v1_ListDeveloperAgentsRequest__Output } from '../../../agentvault/identity/v1/ListDeveloperAgentsRequest.js';
import type { LoginRequest as _agentvault_identity_v1_LoginRequest, LoginRequest__Output as _agentvault_identity_v1_LoginRequest__Output } from '../../../agentvault/identity/v1/LoginRequest.js';
import type { MessageResponse as _agentvault_identity_v1_MessageResponse, MessageResponse__Output as _agentvault_identity_v1_MessageResponse__Output } from '../../../agentvault/identity/v1/MessageResponse.js';
import type { Principal as _agentvault_identity_v1_Principal, Principal__Output as _agentvault_identity_v1_Principal__Output } from '../../../agentvault/identity/v1/Principal.js';
import type { RecoverAccountRequest as _agentvault_identity_v1_RecoverAccountRequest, RecoverAccountRequest__Output as _agentvault_identity_v1_RecoverAccountRequest__Output } from '../../../agentvault/identity/v1/RecoverAccountRequest.js';
import type { RegisterDeveloperRequest as _agentvault_identity_v1_RegisterDeveloperRequest, RegisterDeveloperRequest__Output as _agentvault_identity_v1_RegisterDeveloperRequest__Output } from '../../../agentvault/identity/v1/RegisterDeveloperRequest.js';
import type { RegisterDeveloperResponse as _agentvault_identity_v1_RegisterDeveloperResponse, RegisterDeveloperResponse__Output as _agentvault_identity_v1_RegisterDeveloperResponse__Output } from '../../../agentvault/identity/v1/RegisterDeveloperResponse.js';
import type { RegisterSelfAgentRequest as _agentvault_identity_v1_RegisterSelfAgentRequest, RegisterSelfAgentRequest__Output as _agentvault_identity_v1_RegisterSelfAgentRequest__Output } from '../../../agentvault/identity/v1/RegisterSelfAgentRequest.js';
import type { RegisterSelfAgentResponse as _agentvault_identity_v1_RegisterSelfAgentResponse, RegisterSelfAgentResponse__Output as _agentvault_identity_v1_RegisterSelfAgentResponse__Output } from '../../../agentvault/identity/v1/RegisterSelfAgentResponse.js';
import type { RequestBootstrapTokenRequest as _agentvault_identity_v1_RequestBootstrapTokenRequest, RequestBootstrapTokenRequest__Output as _agentvault_identity_v1_RequestBootstrapTokenRequest__Output } from '../../../agentvault/identity/v1/RequestBootstrapTokenRequest.js';
import type { RevokeApiKeyRequest as _agentvault_identity_v1_RevokeApiKeyRequest, RevokeApiKeyRequest__Output as _agentvault_identity_v1_RevokeApiKeyRequest__Output } from '../../../agentvault/identity/v1/RevokeApiKeyRequest.js';
import type { RevokeTokenRequest as _agentvault_identity_v1_RevokeTokenRequest, RevokeTokenRequest__Output as _agentvault_identity_v1_RevokeTokenRequest__Output } from '../../../agentvault/identity/v1/RevokeTokenRequest.js';
import type { SearchAgentsRequest as _agentvault_identity_v1_SearchAgentsRequest, SearchAgentsRequest__Output as _agentvault_identity_v1_SearchAgentsRequest__Output } from '../../../agentvault/identity/v1/SearchAgentsRequest.js';
import type { SelfAgent as _agentvault_identity_v1_SelfAgent, SelfAgent__Output as _agentvault_identity_v1_SelfAgent__Output } from '../../../agentvault/identity/v1/SelfAgent.js';
import type { SelfAgentChangeRef as _agentvault_identity_v1_SelfAgentChangeRef, SelfAgentChangeRef__Output as _agentvault_identity_v1_SelfAgentChangeRef__Output } from '../../../agentvault/identity/v1/SelfAgentChangeRef.js';
import type { SelfAgentPaymentAddress as _agentvault_identity_v1_SelfAgentPaymentAddress, SelfAgentPaymentAddress__Output as _agentvault_identity_v1_SelfAgentPaymentAddress__Output } from '../../../agentvault/identity/v1/SelfAgentPaymentAddress.js';
import type { SelfAgentRef as _agentvault_identity_v1_SelfAgentRef, SelfAgentRef__Output as _agentvault_identity_v1_SelfAgentRef__Output } from '../../../agentvault/identity/v1/SelfAgentRef.js';
import type { SetNewPasswordRequest as _agentvault_identity_v1_SetNewPasswordRequest, SetNewPasswordRequest__Output as _agentvault_identity_v1_SetNewPasswordRequest__Output } from '../../../agentvault/identity/v1/SetNewPasswordRequest.js';
import type { SetupTotpResponse as _agentvault_identity_v1_SetupTotpResponse, SetupTotpResponse__Output as _agentvault_identity_v1_SetupTotpResponse__Output } from '../../../agentvault/identity/v1/SetupTotpResponse.js';
import type { SubmitAgentCardRequest as _agentvault_identity_v1_SubmitAgentCardRequest, SubmitAgentCardRequest__Output as _agentvault_identity_v1_SubmitAgentCardRequest__Output } from '../../../agentvault/identity/v1/SubmitAgentCardRequest.js';
import type { TokenResponse as _agentvault_identity_v1_TokenResponse, TokenResponse__Output as _agentvault_identity_v1_TokenResponse__Output } from '../../../agentvault/identity/v1/TokenResponse.js';
import type { TotpCodeRequest as _agentvault_identity_v1_TotpCodeRequest, TotpCodeRequest__Output as _agentvault_identity_v1_TotpCodeRequest__Output } from '../../../agentvault/identity/v1/TotpCodeRequest.js';
import type { TotpStatus as _agentvault_identity_v1_TotpStatus, TotpStatus__Output as _agentvault_identity_v1_TotpStatus__Output } from '../../../agentvault/identity/v1/TotpStatus.js';
import type { UpdateAgentCardRequest as _agentvault_identity_v1_UpdateAgentCardRequest, UpdateAgentCardRequest__Output as _agentvault_identity_v1_UpdateAgentCardRequest__Output } from '../../../agentvault/identity/v1/UpdateAgentCardRequest.js';
import type { UpdateSelfAgentRequest as _agentvault_identity_v1_UpdateSelfAgentRequest, UpdateSelfAgentRequest__Output as _agentvault_identity_v1_UpdateSelfAgentRequest__Output } from '../../../agentvault/identity/v1/UpdateSelfAgentRequest.js';
import type { ValidateAgentCardRequest as _agentvault_identity_v1_ValidateAgentCardRequest, ValidateAgentCardRequest__Output as _agentvault_identity_v1_ValidateAgentCardRequest__Output } from '../../../agentvault/identity/v1/ValidateAgentCardRequest.js';
import type { ValidateAgentCardResponse as _agentvault_identity_v1_ValidateAgentCardResponse, ValidateAgentCardResponse__Output as _agentvault_identity_v1_ValidateAgentCardResponse__Output } from '../../../agentvault/identity/v1/ValidateAgentCardResponse.js';

export interface IdentityServiceClient extends grpc.Client {
  AuthenticateApiKey(argument: _agentvault_identity_v1_AuthenticateApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Principal__Output>): grpc.ClientUnaryCall;
  AuthenticateApiKey(argument: _agentvault_identity_v1_AuthenticateApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Principal__Output>): grpc.ClientUnaryCall;
  AuthenticateApiKey(argument: _agentvault_identity_v1_AuthenticateApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Principal__Output>): grpc.ClientUnaryCall;
  AuthenticateApiKey(argument: _agentvault_identity_v1_AuthenticateApiKeyRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Principal__Output>): grpc.ClientUnaryCall;
  authenticateApiKey(argument: _agentvault_identity_v1_AuthenticateApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Principal__Output>): grpc.ClientUnaryCall;
  authenticateApiKey(argument: _agentvault_identity_v1_AuthenticateApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Principal__Output>): grpc.ClientUnaryCall;
  authenticateApiKey(argument: _agentvault_identity_v1_AuthenticateApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Principal__Output>): grpc.ClientUnaryCall;
  authenticateApiKey(argument: _agentvault_identity_v1_AuthenticateApiKeyRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Principal__Output>): grpc.ClientUnaryCall;
  
  AuthenticateSignedRequest(argument: _agentvault_identity_v1_AuthenticateSignedRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  AuthenticateSignedRequest(argument: _agentvault_identity_v1_AuthenticateSignedRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  AuthenticateSignedRequest(argument: _agentvault_identity_v1_AuthenticateSignedRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  AuthenticateSignedRequest(argument: _agentvault_identity_v1_AuthenticateSignedRequestRequest, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  authenticateSignedRequest(argument: _agentvault_identity_v1_AuthenticateSignedRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  authenticateSignedRequest(argument: _agentvault_identity_v1_AuthenticateSignedRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  authenticateSignedRequest(argument: _agentvault_identity_v1_AuthenticateSignedRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  authenticateSignedRequest(argument: _agentvault_identity_v1_AuthenticateSignedRequestRequest, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  
  CountDeveloperAgents(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DeveloperAgentCount__Output>): grpc.ClientUnaryCall;
  CountDeveloperAgents(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_DeveloperAgentCount__Output>): grpc.ClientUnaryCall;
  CountDeveloperAgents(argument: _agentvault_identity_v1_DeveloperRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DeveloperAgentCount__Output>): grpc.ClientUnaryCall;
  CountDeveloperAgents(argument: _agentvault_identity_v1_DeveloperRef, callback: grpc.requestCallback<_agentvault_identity_v1_DeveloperAgentCount__Output>): grpc.ClientUnaryCall;
  countDeveloperAgents(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DeveloperAgentCount__Output>): grpc.ClientUnaryCall;
  countDeveloperAgents(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_DeveloperAgentCount__Output>): grpc.ClientUnaryCall;
  countDeveloperAgents(argument: _agentvault_identity_v1_DeveloperRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DeveloperAgentCount__Output>): grpc.ClientUnaryCall;
  countDeveloperAgents(argument: _agentvault_identity_v1_DeveloperRef, callback: grpc.requestCallback<_agentvault_identity_v1_DeveloperAgentCount__Output>): grpc.ClientUnaryCall;
  
  CreateAgent(argument: _agentvault_identity_v1_CreateAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_CreateAgentResponse__Output>): grpc.ClientUnaryCall;
  CreateAgent(argument: _agentvault_identity_v1_CreateAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_CreateAgentResponse__Output>): grpc.ClientUnaryCall;
  CreateAgent(argument: _agentvault_identity_v1_CreateAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_CreateAgentResponse__Output>): grpc.ClientUnaryCall;
  CreateAgent(argument: _agentvault_identity_v1_CreateAgentRequest, callback: grpc.requestCallback<_agentvault_identity_v1_CreateAgentResponse__Output>): grpc.ClientUnaryCall;
  createAgent(argument: _agentvault_identity_v1_CreateAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_CreateAgentResponse__Output>): grpc.ClientUnaryCall;
  createAgent(argument: _agentvault_identity_v1_CreateAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_CreateAgentResponse__Output>): grpc.ClientUnaryCall;
  createAgent(argument: _agentvault_identity_v1_CreateAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_CreateAgentResponse__Output>): grpc.ClientUnaryCall;
  createAgent(argument: _agentvault_identity_v1_CreateAgentRequest, callback: grpc.requestCallback<_agentvault_identity_v1_CreateAgentResponse__Output>): grpc.ClientUnaryCall;
  
  CreateApiKey(argument: _agentvault_identity_v1_CreateApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_CreateApiKeyResponse__Output>): grpc.ClientUnaryCall;
  CreateApiKey(argument: _agentvault_identity_v1_CreateApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_CreateApiKeyResponse__Output>): grpc.ClientUnaryCall;
  CreateApiKey(argument: _agentvault_identity_v1_CreateApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_CreateApiKeyResponse__Output>): grpc.ClientUnaryCall;
  CreateApiKey(argument: _agentvault_identity_v1_CreateApiKeyRequest, callback: grpc.requestCallback<_agentvault_identity_v1_CreateApiKeyResponse__Output>): grpc.ClientUnaryCall;
  createApiKey(argument: _agentvault_identity_v1_CreateApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_CreateApiKeyResponse__Output>): grpc.ClientUnaryCall;
  createApiKey(argument: _agentvault_identity_v1_CreateApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_CreateApiKeyResponse__Output>): grpc.ClientUnaryCall;
  createApiKey(argument: _agentvault_identity_v1_CreateApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_CreateApiKeyResponse__Output>): grpc.ClientUnaryCall;
  createApiKey(argument: _agentvault_identity_v1_CreateApiKeyRequest, callback: grpc.requestCallback<_agentvault_identity_v1_CreateApiKeyResponse__Output>): grpc.ClientUnaryCall;
  
  DeactivateAgentCard(argument: _agentvault_identity_v1_DeactivateAgentCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeactivateAgentCard(argument: _agentvault_identity_v1_DeactivateAgentCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeactivateAgentCard(argument: _agentvault_identity_v1_DeactivateAgentCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  DeactivateAgentCard(argument: _agentvault_identity_v1_DeactivateAgentCardRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  deactivateAgentCard(argument: _agentvault_identity_v1_DeactivateAgentCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  deactivateAgentCard(argument: _agentvault_identity_v1_DeactivateAgentCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  deactivateAgentCard(argument: _agentvault_identity_v1_DeactivateAgentCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  deactivateAgentCard(argument: _agentvault_identity_v1_DeactivateAgentCardRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  DeactivateSelfAgent(argument: _agentvault_identity_v1_SelfAgentChangeRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  DeactivateSelfAgent(argument: _agentvault_identity_v1_SelfAgentChangeRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  DeactivateSelfAgent(argument: _agentvault_identity_v1_SelfAgentChangeRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  DeactivateSelfAgent(argument: _agentvault_identity_v1_SelfAgentChangeRef, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  deactivateSelfAgent(argument: _agentvault_identity_v1_SelfAgentChangeRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  deactivateSelfAgent(argument: _agentvault_identity_v1_SelfAgentChangeRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  deactivateSelfAgent(argument: _agentvault_identity_v1_SelfAgentChangeRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  deactivateSelfAgent(argument: _agentvault_identity_v1_SelfAgentChangeRef, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  
  DisableTotp(argument: _agentvault_identity_v1_TotpCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TotpStatus__Output>): grpc.ClientUnaryCall;
  DisableTotp(argument: _agentvault_identity_v1_TotpCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_TotpStatus__Output>): grpc.ClientUnaryCall;
  DisableTotp(argument: _agentvault_identity_v1_TotpCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TotpStatus__Output>): grpc.ClientUnaryCall;
  DisableTotp(argument: _agentvault_identity_v1_TotpCodeRequest, callback: grpc.requestCallback<_agentvault_identity_v1_TotpStatus__Output>): grpc.ClientUnaryCall;
  disableTotp(argument: _agentvault_identity_v1_TotpCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TotpStatus__Output>): grpc.ClientUnaryCall;
  disableTotp(argument: _agentvault_identity_v1_TotpCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_TotpStatus__Output>): grpc.ClientUnaryCall;
  disableTotp(argument: _agentvault_identity_v1_TotpCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TotpStatus__Output>): grpc.ClientUnaryCall;
  disableTotp(argument: _agentvault_identity_v1_TotpCodeRequest, callback: grpc.requestCallback<_agentvault_identity_v1_TotpStatus__Output>): grpc.ClientUnaryCall;
  
  EnableTotp(argument: _agentvault_identity_v1_TotpCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TotpStatus__Output>): grpc.ClientUnaryCall;
  EnableTotp(argument: _agentvault_identity_v1_TotpCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_TotpStatus__Output>): grpc.ClientUnaryCall;
  EnableTotp(argument: _agentvault_identity_v1_TotpCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TotpStatus__Output>): grpc.ClientUnaryCall;
  EnableTotp(argument: _agentvault_identity_v1_TotpCodeRequest, callback: grpc.requestCallback<_agentvault_identity_v1_TotpStatus__Output>): grpc.ClientUnaryCall;
  enableTotp(argument: _agentvault_identity_v1_TotpCodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TotpStatus__Output>): grpc.ClientUnaryCall;
  enableTotp(argument: _agentvault_identity_v1_TotpCodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_TotpStatus__Output>): grpc.ClientUnaryCall;
  enableTotp(argument: _agentvault_identity_v1_TotpCodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TotpStatus__Output>): grpc.ClientUnaryCall;
  enableTotp(argument: _agentvault_identity_v1_TotpCodeRequest, callback: grpc.requestCallback<_agentvault_identity_v1_TotpStatus__Output>): grpc.ClientUnaryCall;
  
  GetA2aAgentCard(argument: _agentvault_identity_v1_GetAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_A2aAgentCardResponse__Output>): grpc.ClientUnaryCall;
  GetA2aAgentCard(argument: _agentvault_identity_v1_GetAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_A2aAgentCardResponse__Output>): grpc.ClientUnaryCall;
  GetA2aAgentCard(argument: _agentvault_identity_v1_GetAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_A2aAgentCardResponse__Output>): grpc.ClientUnaryCall;
  GetA2aAgentCard(argument: _agentvault_identity_v1_GetAgentRequest, callback: grpc.requestCallback<_agentvault_identity_v1_A2aAgentCardResponse__Output>): grpc.ClientUnaryCall;
  getA2AAgentCard(argument: _agentvault_identity_v1_GetAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_A2aAgentCardResponse__Output>): grpc.ClientUnaryCall;
  getA2AAgentCard(argument: _agentvault_identity_v1_GetAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_A2aAgentCardResponse__Output>): grpc.ClientUnaryCall;
  getA2AAgentCard(argument: _agentvault_identity_v1_GetAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_A2aAgentCardResponse__Output>): grpc.ClientUnaryCall;
  getA2AAgentCard(argument: _agentvault_identity_v1_GetAgentRequest, callback: grpc.requestCallback<_agentvault_identity_v1_A2aAgentCardResponse__Output>): grpc.ClientUnaryCall;
  
  GetAgent(argument: _agentvault_identity_v1_GetAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Agent__Output>): grpc.ClientUnaryCall;
  GetAgent(argument: _agentvault_identity_v1_GetAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Agent__Output>): grpc.ClientUnaryCall;
  GetAgent(argument: _agentvault_identity_v1_GetAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Agent__Output>): grpc.ClientUnaryCall;
  GetAgent(argument: _agentvault_identity_v1_GetAgentRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Agent__Output>): grpc.ClientUnaryCall;
  getAgent(argument: _agentvault_identity_v1_GetAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Agent__Output>): grpc.ClientUnaryCall;
  getAgent(argument: _agentvault_identity_v1_GetAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Agent__Output>): grpc.ClientUnaryCall;
  getAgent(argument: _agentvault_identity_v1_GetAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Agent__Output>): grpc.ClientUnaryCall;
  getAgent(argument: _agentvault_identity_v1_GetAgentRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Agent__Output>): grpc.ClientUnaryCall;
  
  GetAgentCard(argument: _agentvault_identity_v1_AgentCardRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  GetAgentCard(argument: _agentvault_identity_v1_AgentCardRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  GetAgentCard(argument: _agentvault_identity_v1_AgentCardRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  GetAgentCard(argument: _agentvault_identity_v1_AgentCardRef, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  getAgentCard(argument: _agentvault_identity_v1_AgentCardRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  getAgentCard(argument: _agentvault_identity_v1_AgentCardRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  getAgentCard(argument: _agentvault_identity_v1_AgentCardRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  getAgentCard(argument: _agentvault_identity_v1_AgentCardRef, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  
  GetAgentCardByHri(argument: _agentvault_identity_v1_AgentCardHriRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  GetAgentCardByHri(argument: _agentvault_identity_v1_AgentCardHriRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  GetAgentCardByHri(argument: _agentvault_identity_v1_AgentCardHriRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  GetAgentCardByHri(argument: _agentvault_identity_v1_AgentCardHriRef, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  getAgentCardByHri(argument: _agentvault_identity_v1_AgentCardHriRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  getAgentCardByHri(argument: _agentvault_identity_v1_AgentCardHriRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  getAgentCardByHri(argument: _agentvault_identity_v1_AgentCardHriRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  getAgentCardByHri(argument: _agentvault_identity_v1_AgentCardHriRef, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  
  GetDeveloper(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Developer__Output>): grpc.ClientUnaryCall;
  GetDeveloper(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Developer__Output>): grpc.ClientUnaryCall;
  GetDeveloper(argument: _agentvault_identity_v1_DeveloperRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Developer__Output>): grpc.ClientUnaryCall;
  GetDeveloper(argument: _agentvault_identity_v1_DeveloperRef, callback: grpc.requestCallback<_agentvault_identity_v1_Developer__Output>): grpc.ClientUnaryCall;
  getDeveloper(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Developer__Output>): grpc.ClientUnaryCall;
  getDeveloper(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Developer__Output>): grpc.ClientUnaryCall;
  getDeveloper(argument: _agentvault_identity_v1_DeveloperRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Developer__Output>): grpc.ClientUnaryCall;
  getDeveloper(argument: _agentvault_identity_v1_DeveloperRef, callback: grpc.requestCallback<_agentvault_identity_v1_Developer__Output>): grpc.ClientUnaryCall;
  
  GetJwks(argument: _agentvault_identity_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_JwksResponse__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _agentvault_identity_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_JwksResponse__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _agentvault_identity_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_JwksResponse__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _agentvault_identity_v1_Empty, callback: grpc.requestCallback<_agentvault_identity_v1_JwksResponse__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _agentvault_identity_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_JwksResponse__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _agentvault_identity_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_JwksResponse__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _agentvault_identity_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_JwksResponse__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _agentvault_identity_v1_Empty, callback: grpc.requestCallback<_agentvault_identity_v1_JwksResponse__Output>): grpc.ClientUnaryCall;
  
  GetSelfAgent(argument: _agentvault_identity_v1_SelfAgentRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  GetSelfAgent(argument: _agentvault_identity_v1_SelfAgentRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  GetSelfAgent(argument: _agentvault_identity_v1_SelfAgentRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  GetSelfAgent(argument: _agentvault_identity_v1_SelfAgentRef, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  getSelfAgent(argument: _agentvault_identity_v1_SelfAgentRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  getSelfAgent(argument: _agentvault_identity_v1_SelfAgentRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  getSelfAgent(argument: _agentvault_identity_v1_SelfAgentRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  getSelfAgent(argument: _agentvault_identity_v1_SelfAgentRef, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  
  GetSelfAgentPaymentAddress(argument: _agentvault_identity_v1_SelfAgentRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgentPaymentAddress__Output>): grpc.ClientUnaryCall;
  GetSelfAgentPaymentAddress(argument: _agentvault_identity_v1_SelfAgentRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgentPaymentAddress__Output>): grpc.ClientUnaryCall;
  GetSelfAgentPaymentAddress(argument: _agentvault_identity_v1_SelfAgentRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgentPaymentAddress__Output>): grpc.ClientUnaryCall;
  GetSelfAgentPaymentAddress(argument: _agentvault_identity_v1_SelfAgentRef, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgentPaymentAddress__Output>): grpc.ClientUnaryCall;
  getSelfAgentPaymentAddress(argument: _agentvault_identity_v1_SelfAgentRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgentPaymentAddress__Output>): grpc.ClientUnaryCall;
  getSelfAgentPaymentAddress(argument: _agentvault_identity_v1_SelfAgentRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgentPaymentAddress__Output>): grpc.ClientUnaryCall;
  getSelfAgentPaymentAddress(argument: _agentvault_identity_v1_SelfAgentRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgentPaymentAddress__Output>): grpc.ClientUnaryCall;
  getSelfAgentPaymentAddress(argument: _agentvault_identity_v1_SelfAgentRef, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgentPaymentAddress__Output>): grpc.ClientUnaryCall;
  
  IsTokenRevoked(argument: _agentvault_identity_v1_IsTokenRevokedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_IsTokenRevokedResponse__Output>): grpc.ClientUnaryCall;
  IsTokenRevoked(argument: _agentvault_identity_v1_IsTokenRevokedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_IsTokenRevokedResponse__Output>): grpc.ClientUnaryCall;
  IsTokenRevoked(argument: _agentvault_identity_v1_IsTokenRevokedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_IsTokenRevokedResponse__Output>): grpc.ClientUnaryCall;
  IsTokenRevoked(argument: _agentvault_identity_v1_IsTokenRevokedRequest, callback: grpc.requestCallback<_agentvault_identity_v1_IsTokenRevokedResponse__Output>): grpc.ClientUnaryCall;
  isTokenRevoked(argument: _agentvault_identity_v1_IsTokenRevokedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_IsTokenRevokedResponse__Output>): grpc.ClientUnaryCall;
  isTokenRevoked(argument: _agentvault_identity_v1_IsTokenRevokedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_IsTokenRevokedResponse__Output>): grpc.ClientUnaryCall;
  isTokenRevoked(argument: _agentvault_identity_v1_IsTokenRevokedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_IsTokenRevokedResponse__Output>): grpc.ClientUnaryCall;
  isTokenRevoked(argument: _agentvault_identity_v1_IsTokenRevokedRequest, callback: grpc.requestCallback<_agentvault_identity_v1_IsTokenRevokedResponse__Output>): grpc.ClientUnaryCall;
  
  IssueAgentToken(argument: _agentvault_identity_v1_IssueAgentTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  IssueAgentToken(argument: _agentvault_identity_v1_IssueAgentTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  IssueAgentToken(argument: _agentvault_identity_v1_IssueAgentTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  IssueAgentToken(argument: _agentvault_identity_v1_IssueAgentTokenRequest, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  issueAgentToken(argument: _agentvault_identity_v1_IssueAgentTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  issueAgentToken(argument: _agentvault_identity_v1_IssueAgentTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  issueAgentToken(argument: _agentvault_identity_v1_IssueAgentTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  issueAgentToken(argument: _agentvault_identity_v1_IssueAgentTokenRequest, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  
  ListAgentCards(argument: _agentvault_identity_v1_ListAgentCardsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCardPage__Output>): grpc.ClientUnaryCall;
  ListAgentCards(argument: _agentvault_identity_v1_ListAgentCardsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCardPage__Output>): grpc.ClientUnaryCall;
  ListAgentCards(argument: _agentvault_identity_v1_ListAgentCardsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCardPage__Output>): grpc.ClientUnaryCall;
  ListAgentCards(argument: _agentvault_identity_v1_ListAgentCardsRequest, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCardPage__Output>): grpc.ClientUnaryCall;
  listAgentCards(argument: _agentvault_identity_v1_ListAgentCardsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCardPage__Output>): grpc.ClientUnaryCall;
  listAgentCards(argument: _agentvault_identity_v1_ListAgentCardsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCardPage__Output>): grpc.ClientUnaryCall;
  listAgentCards(argument: _agentvault_identity_v1_ListAgentCardsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCardPage__Output>): grpc.ClientUnaryCall;
  listAgentCards(argument: _agentvault_identity_v1_ListAgentCardsRequest, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCardPage__Output>): grpc.ClientUnaryCall;
  
  ListApiKeys(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_ApiKeyList__Output>): grpc.ClientUnaryCall;
  ListApiKeys(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_ApiKeyList__Output>): grpc.ClientUnaryCall;
  ListApiKeys(argument: _agentvault_identity_v1_DeveloperRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_ApiKeyList__Output>): grpc.ClientUnaryCall;
  ListApiKeys(argument: _agentvault_identity_v1_DeveloperRef, callback: grpc.requestCallback<_agentvault_identity_v1_ApiKeyList__Output>): grpc.ClientUnaryCall;
  listApiKeys(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_ApiKeyList__Output>): grpc.ClientUnaryCall;
  listApiKeys(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_ApiKeyList__Output>): grpc.ClientUnaryCall;
  listApiKeys(argument: _agentvault_identity_v1_DeveloperRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_ApiKeyList__Output>): grpc.ClientUnaryCall;
  listApiKeys(argument: _agentvault_identity_v1_DeveloperRef, callback: grpc.requestCallback<_agentvault_identity_v1_ApiKeyList__Output>): grpc.ClientUnaryCall;
  
  ListDeveloperAgents(argument: _agentvault_identity_v1_ListDeveloperAgentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  ListDeveloperAgents(argument: _agentvault_identity_v1_ListDeveloperAgentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  ListDeveloperAgents(argument: _agentvault_identity_v1_ListDeveloperAgentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  ListDeveloperAgents(argument: _agentvault_identity_v1_ListDeveloperAgentsRequest, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  listDeveloperAgents(argument: _agentvault_identity_v1_ListDeveloperAgentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  listDeveloperAgents(argument: _agentvault_identity_v1_ListDeveloperAgentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  listDeveloperAgents(argument: _agentvault_identity_v1_ListDeveloperAgentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  listDeveloperAgents(argument: _agentvault_identity_v1_ListDeveloperAgentsRequest, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  
  Login(argument: _agentvault_identity_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _agentvault_identity_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _agentvault_identity_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _agentvault_identity_v1_LoginRequest, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _agentvault_identity_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _agentvault_identity_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _agentvault_identity_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _agentvault_identity_v1_LoginRequest, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  
  RecoverAccount(argument: _agentvault_identity_v1_RecoverAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  RecoverAccount(argument: _agentvault_identity_v1_RecoverAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  RecoverAccount(argument: _agentvault_identity_v1_RecoverAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  RecoverAccount(argument: _agentvault_identity_v1_RecoverAccountRequest, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  recoverAccount(argument: _agentvault_identity_v1_RecoverAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  recoverAccount(argument: _agentvault_identity_v1_RecoverAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  recoverAccount(argument: _agentvault_identity_v1_RecoverAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  recoverAccount(argument: _agentvault_identity_v1_RecoverAccountRequest, callback: grpc.requestCallback<_agentvault_identity_v1_TokenResponse__Output>): grpc.ClientUnaryCall;
  
  RegisterDeveloper(argument: _agentvault_identity_v1_RegisterDeveloperRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_RegisterDeveloperResponse__Output>): grpc.ClientUnaryCall;
  RegisterDeveloper(argument: _agentvault_identity_v1_RegisterDeveloperRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_RegisterDeveloperResponse__Output>): grpc.ClientUnaryCall;
  RegisterDeveloper(argument: _agentvault_identity_v1_RegisterDeveloperRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_RegisterDeveloperResponse__Output>): grpc.ClientUnaryCall;
  RegisterDeveloper(argument: _agentvault_identity_v1_RegisterDeveloperRequest, callback: grpc.requestCallback<_agentvault_identity_v1_RegisterDeveloperResponse__Output>): grpc.ClientUnaryCall;
  registerDeveloper(argument: _agentvault_identity_v1_RegisterDeveloperRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_RegisterDeveloperResponse__Output>): grpc.ClientUnaryCall;
  registerDeveloper(argument: _agentvault_identity_v1_RegisterDeveloperRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_RegisterDeveloperResponse__Output>): grpc.ClientUnaryCall;
  registerDeveloper(argument: _agentvault_identity_v1_RegisterDeveloperRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_RegisterDeveloperResponse__Output>): grpc.ClientUnaryCall;
  registerDeveloper(argument: _agentvault_identity_v1_RegisterDeveloperRequest, callback: grpc.requestCallback<_agentvault_identity_v1_RegisterDeveloperResponse__Output>): grpc.ClientUnaryCall;
  
  RegisterSelfAgent(argument: _agentvault_identity_v1_RegisterSelfAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_RegisterSelfAgentResponse__Output>): grpc.ClientUnaryCall;
  RegisterSelfAgent(argument: _agentvault_identity_v1_RegisterSelfAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_RegisterSelfAgentResponse__Output>): grpc.ClientUnaryCall;
  RegisterSelfAgent(argument: _agentvault_identity_v1_RegisterSelfAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_RegisterSelfAgentResponse__Output>): grpc.ClientUnaryCall;
  RegisterSelfAgent(argument: _agentvault_identity_v1_RegisterSelfAgentRequest, callback: grpc.requestCallback<_agentvault_identity_v1_RegisterSelfAgentResponse__Output>): grpc.ClientUnaryCall;
  registerSelfAgent(argument: _agentvault_identity_v1_RegisterSelfAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_RegisterSelfAgentResponse__Output>): grpc.ClientUnaryCall;
  registerSelfAgent(argument: _agentvault_identity_v1_RegisterSelfAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_RegisterSelfAgentResponse__Output>): grpc.ClientUnaryCall;
  registerSelfAgent(argument: _agentvault_identity_v1_RegisterSelfAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_RegisterSelfAgentResponse__Output>): grpc.ClientUnaryCall;
  registerSelfAgent(argument: _agentvault_identity_v1_RegisterSelfAgentRequest, callback: grpc.requestCallback<_agentvault_identity_v1_RegisterSelfAgentResponse__Output>): grpc.ClientUnaryCall;
  
  RequestBootstrapToken(argument: _agentvault_identity_v1_RequestBootstrapTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_BootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  RequestBootstrapToken(argument: _agentvault_identity_v1_RequestBootstrapTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_BootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  RequestBootstrapToken(argument: _agentvault_identity_v1_RequestBootstrapTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_BootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  RequestBootstrapToken(argument: _agentvault_identity_v1_RequestBootstrapTokenRequest, callback: grpc.requestCallback<_agentvault_identity_v1_BootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  requestBootstrapToken(argument: _agentvault_identity_v1_RequestBootstrapTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_BootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  requestBootstrapToken(argument: _agentvault_identity_v1_RequestBootstrapTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_BootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  requestBootstrapToken(argument: _agentvault_identity_v1_RequestBootstrapTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_BootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  requestBootstrapToken(argument: _agentvault_identity_v1_RequestBootstrapTokenRequest, callback: grpc.requestCallback<_agentvault_identity_v1_BootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  
  RevokeApiKey(argument: _agentvault_identity_v1_RevokeApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  RevokeApiKey(argument: _agentvault_identity_v1_RevokeApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  RevokeApiKey(argument: _agentvault_identity_v1_RevokeApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  RevokeApiKey(argument: _agentvault_identity_v1_RevokeApiKeyRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  revokeApiKey(argument: _agentvault_identity_v1_RevokeApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  revokeApiKey(argument: _agentvault_identity_v1_RevokeApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  revokeApiKey(argument: _agentvault_identity_v1_RevokeApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  revokeApiKey(argument: _agentvault_identity_v1_RevokeApiKeyRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  RevokeToken(argument: _agentvault_identity_v1_RevokeTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  RevokeToken(argument: _agentvault_identity_v1_RevokeTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  RevokeToken(argument: _agentvault_identity_v1_RevokeTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  RevokeToken(argument: _agentvault_identity_v1_RevokeTokenRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  revokeToken(argument: _agentvault_identity_v1_RevokeTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  revokeToken(argument: _agentvault_identity_v1_RevokeTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  revokeToken(argument: _agentvault_identity_v1_RevokeTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  revokeToken(argument: _agentvault_identity_v1_RevokeTokenRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  SearchAgents(argument: _agentvault_identity_v1_SearchAgentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  SearchAgents(argument: _agentvault_identity_v1_SearchAgentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  SearchAgents(argument: _agentvault_identity_v1_SearchAgentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  SearchAgents(argument: _agentvault_identity_v1_SearchAgentsRequest, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  searchAgents(argument: _agentvault_identity_v1_SearchAgentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  searchAgents(argument: _agentvault_identity_v1_SearchAgentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  searchAgents(argument: _agentvault_identity_v1_SearchAgentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  searchAgents(argument: _agentvault_identity_v1_SearchAgentsRequest, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  
  SetNewPassword(argument: _agentvault_identity_v1_SetNewPasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_MessageResponse__Output>): grpc.ClientUnaryCall;
  SetNewPassword(argument: _agentvault_identity_v1_SetNewPasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_MessageResponse__Output>): grpc.ClientUnaryCall;
  SetNewPassword(argument: _agentvault_identity_v1_SetNewPasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_MessageResponse__Output>): grpc.ClientUnaryCall;
  SetNewPassword(argument: _agentvault_identity_v1_SetNewPasswordRequest, callback: grpc.requestCallback<_agentvault_identity_v1_MessageResponse__Output>): grpc.ClientUnaryCall;
  setNewPassword(argument: _agentvault_identity_v1_SetNewPasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_MessageResponse__Output>): grpc.ClientUnaryCall;
  setNewPassword(argument: _agentvault_identity_v1_SetNewPasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_MessageResponse__Output>): grpc.ClientUnaryCall;
  setNewPassword(argument: _agentvault_identity_v1_SetNewPasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_MessageResponse__Output>): grpc.ClientUnaryCall;
  setNewPassword(argument: _agentvault_identity_v1_SetNewPasswordRequest, callback: grpc.requestCallback<_agentvault_identity_v1_MessageResponse__Output>): grpc.ClientUnaryCall;
  
  SetupTotp(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SetupTotpResponse__Output>): grpc.ClientUnaryCall;
  SetupTotp(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_SetupTotpResponse__Output>): grpc.ClientUnaryCall;
  SetupTotp(argument: _agentvault_identity_v1_DeveloperRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SetupTotpResponse__Output>): grpc.ClientUnaryCall;
  SetupTotp(argument: _agentvault_identity_v1_DeveloperRef, callback: grpc.requestCallback<_agentvault_identity_v1_SetupTotpResponse__Output>): grpc.ClientUnaryCall;
  setupTotp(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SetupTotpResponse__Output>): grpc.ClientUnaryCall;
  setupTotp(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_SetupTotpResponse__Output>): grpc.ClientUnaryCall;
  setupTotp(argument: _agentvault_identity_v1_DeveloperRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SetupTotpResponse__Output>): grpc.ClientUnaryCall;
  setupTotp(argument: _agentvault_identity_v1_DeveloperRef, callback: grpc.requestCallback<_agentvault_identity_v1_SetupTotpResponse__Output>): grpc.ClientUnaryCall;
  
  SubmitAgentCard(argument: _agentvault_identity_v1_SubmitAgentCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  SubmitAgentCard(argument: _agentvault_identity_v1_SubmitAgentCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  SubmitAgentCard(argument: _agentvault_identity_v1_SubmitAgentCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  SubmitAgentCard(argument: _agentvault_identity_v1_SubmitAgentCardRequest, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  submitAgentCard(argument: _agentvault_identity_v1_SubmitAgentCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  submitAgentCard(argument: _agentvault_identity_v1_SubmitAgentCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  submitAgentCard(argument: _agentvault_identity_v1_SubmitAgentCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  submitAgentCard(argument: _agentvault_identity_v1_SubmitAgentCardRequest, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  
  UpdateAgentCard(argument: _agentvault_identity_v1_UpdateAgentCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  UpdateAgentCard(argument: _agentvault_identity_v1_UpdateAgentCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  UpdateAgentCard(argument: _agentvault_identity_v1_UpdateAgentCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  UpdateAgentCard(argument: _agentvault_identity_v1_UpdateAgentCardRequest, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  updateAgentCard(argument: _agentvault_identity_v1_UpdateAgentCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  updateAgentCard(argument: _agentvault_identity_v1_UpdateAgentCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  updateAgentCard(argument: _agentvault_identity_v1_UpdateAgentCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  updateAgentCard(argument: _agentvault_identity_v1_UpdateAgentCardRequest, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  
  UpdateSelfAgent(argument: _agentvault_identity_v1_UpdateSelfAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  UpdateSelfAgent(argument: _agentvault_identity_v1_UpdateSelfAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  UpdateSelfAgent(argument: _agentvault_identity_v1_UpdateSelfAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  UpdateSelfAgent(argument: _agentvault_identity_v1_UpdateSelfAgentRequest, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  updateSelfAgent(argument: _agentvault_identity_v1_UpdateSelfAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  updateSelfAgent(argument: _agentvault_identity_v1_UpdateSelfAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  updateSelfAgent(argument: _agentvault_identity_v1_UpdateSelfAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  updateSelfAgent(argument: _agentvault_identity_v1_UpdateSelfAgentRequest, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  
  ValidateAgentCard(argument: _agentvault_identity_v1_ValidateAgentCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_ValidateAgentCardResponse__Output>): grpc.ClientUnaryCall;
  ValidateAgentCard(argument: _agentvault_identity_v1_ValidateAgentCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_ValidateAgentCardResponse__Output>): grpc.ClientUnaryCall;
  ValidateAgentCard(argument: _agentvault_identity_v1_ValidateAgentCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_ValidateAgentCardResponse__Output>): grpc.ClientUnaryCall;
  ValidateAgentCard(argument: _agentvault_identity_v1_ValidateAgentCardRequest, callback: grpc.requestCallback<_agentvault_identity_v1_ValidateAgentCardResponse__Output>): grpc.ClientUnaryCall;
  validateAgentCard(argument: _agentvault_identity_v1_ValidateAgentCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_ValidateAgentCardResponse__Output>): grpc.ClientUnaryCall;
  validateAgentCard(argument: _agentvault_identity_v1_ValidateAgentCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_ValidateAgentCardResponse__Output>): grpc.ClientUnaryCall;
  validateAgentCard(argument: _agentvault_identity_v1_ValidateAgentCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_ValidateAgentCardResponse__Output>): grpc.ClientUnaryCall;
  validateAgentCard(argument: _agentvault_identity_v1_ValidateAgentCardRequest, callback: grpc.requestCallback<_agentvault_identity_v1_ValidateAgentCardResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface IdentityServiceHandlers extends grpc.UntypedServiceImplementation {
  AuthenticateApiKey: grpc.handleUnaryCall<_agentvault_identity_v1_AuthenticateApiKeyRequest__Output, _agentvault_identity_v1_Principal>;
  
  AuthenticateSignedRequest: grpc.handleUnaryCall<_agentvault_identity_v1_AuthenticateSignedRequestRequest__Output, _agentvault_identity_v1_SelfAgent>;
  
  CountDeveloperAgents: grpc.handleUnaryCall<_agentvault_identity_v1_DeveloperRef__Output, _agentvault_identity_v1_DeveloperAgentCount>;
  
  CreateAgent: grpc.handleUnaryCall<_agentvault_identity_v1_CreateAgentRequest__Output, _agentvault_identity_v1_CreateAgentResponse>;
  
  CreateApiKey: grpc.handleUnaryCall<_agentvault_identity_v1_CreateApiKeyRequest__Output, _agentvault_identity_v1_CreateApiKeyResponse>;
  
  DeactivateAgentCard: grpc.handleUnaryCall<_agentvault_identity_v1_DeactivateAgentCardRequest__Output, _agentvault_identity_v1_Empty>;
  
  DeactivateSelfAgent: grpc.handleUnaryCall<_agentvault_identity_v1_SelfAgentChangeRef__Output, _agentvault_identity_v1_SelfAgent>;
  
  DisableTotp: grpc.handleUnaryCall<_agentvault_identity_v1_TotpCodeRequest__Output, _agentvault_identity_v1_TotpStatus>;
  
  EnableTotp: grpc.handleUnaryCall<_agentvault_identity_v1_TotpCodeRequest__Output, _agentvault_identity_v1_TotpStatus>;
  
  GetA2aAgentCard: grpc.handleUnaryCall<_agentvault_identity_v1_GetAgentRequest__Output, _agentvault_identity_v1_A2aAgentCardResponse>;
  
  GetAgent: grpc.handleUnaryCall<_agentvault_identity_v1_GetAgentRequest__Output, _agentvault_identity_v1_Agent>;
  
  GetAgentCard: grpc.handleUnaryCall<_agentvault_identity_v1_AgentCardRef__Output, _agentvault_identity_v1_DirectoryCard>;
  
  GetAgentCardByHri: grpc.handleUnaryCall<_agentvault_identity_v1_AgentCardHriRef__Output, _agentvault_identity_v1_DirectoryCard>;
  
  GetDeveloper: grpc.handleUnaryCall<_agentvault_identity_v1_DeveloperRef__Output, _agentvault_identity_v1_Developer>;
  
  GetJwks: grpc.handleUnaryCall<_agentvault_identity_v1_Empty__Output, _agentvault_identity_v1_JwksResponse>;
  
  GetSelfAgent: grpc.handleUnaryCall<_agentvault_identity_v1_SelfAgentRef__Output, _agentvault_identity_v1_SelfAgent>;
  
  GetSelfAgentPaymentAddress: grpc.handleUnaryCall<_agentvault_identity_v1_SelfAgentRef__Output, _agentvault_identity_v1_SelfAgentPaymentAddress>;
  
  IsTokenRevoked: grpc.handleUnaryCall<_agentvault_identity_v1_IsTokenRevokedRequest__Output, _agentvault_identity_v1_IsTokenRevokedResponse>;
  
  IssueAgentToken: grpc.handleUnaryCall<_agentvault_identity_v1_IssueAgentTokenRequest__Output, _agentvault_identity_v1_TokenResponse>;
  
  ListAgentCards: grpc.handleUnaryCall<_agentvault_identity_v1_ListAgentCardsRequest__Output, _agentvault_identity_v1_DirectoryCardPage>;
  
  ListApiKeys: grpc.handleUnaryCall<_agentvault_identity_v1_DeveloperRef__Output, _agentvault_identity_v1_ApiKeyList>;
  
  ListDeveloperAgents: grpc.handleUnaryCall<_agentvault_identity_v1_ListDeveloperAgentsRequest__Output, _agentvault_identity_v1_AgentPage>;
  
  Login: grpc.handleUnaryCall<_agentvault_identity_v1_LoginRequest__Output, _agentvault_identity_v1_TokenResponse>;
  
  RecoverAccount: grpc.handleUnaryCall<_agentvault_identity_v1_RecoverAccountRequest__Output, _agentvault_identity_v1_TokenResponse>;
  
  RegisterDeveloper: grpc.handleUnaryCall<_agentvault_identity_v1_RegisterDeveloperRequest__Output, _agentvault_identity_v1_RegisterDeveloperResponse>;
  
  RegisterSelfAgent: grpc.handleUnaryCall<_agentvault_identity_v1_RegisterSelfAgentRequest__Output, _agentvault_identity_v1_RegisterSelfAgentResponse>;
  
  RequestBootstrapToken: grpc.handleUnaryCall<_agentvault_identity_v1_RequestBootstrapTokenRequest__Output, _agentvault_identity_v1_BootstrapTokenResponse>;
  
  RevokeApiKey: grpc.handleUnaryCall<_agentvault_identity_v1_RevokeApiKeyRequest__Output, _agentvault_identity_v1_Empty>;
  
  RevokeToken: grpc.handleUnaryCall<_agentvault_identity_v1_RevokeTokenRequest__Output, _agentvault_identity_v1_Empty>;
  
  SearchAgents: grpc.handleUnaryCall<_agentvault_identity_v1_SearchAgentsRequest__Output, _agentvault_identity_v1_AgentPage>;
  
  SetNewPassword: grpc.handleUnaryCall<_agentvault_identity_v1_SetNewPasswordRequest__Output, _agentvault_identity_v1_MessageResponse>;
  
  SetupTotp: grpc.handleUnaryCall<_agentvault_identity_v1_DeveloperRef__Output, _agentvault_identity_v1_SetupTotpResponse>;
  
  SubmitAgentCard: grpc.handleUnaryCall<_agentvault_identity_v1_SubmitAgentCardRequest__Output, _agentvault_identity_v1_DirectoryCard>;
  
  UpdateAgentCard: grpc.handleUnaryCall<_agentvault_identity_v1_UpdateAgentCardRequest__Output, _agentvault_identity_v1_DirectoryCard>;
  
  UpdateSelfAgent: grpc.handleUnaryCall<_agentvault_identity_v1_UpdateSelfAgentRequest__Output, _agentvault_identity_v1_SelfAgent>;
  
  ValidateAgentCard: grpc.handleUnaryCall<_agentvault_identity_v1_ValidateAgentCardRequest__Output, _agentvault_identity_v1_ValidateAgentCardResponse>;
  
}

export interface IdentityServiceDefinition extends grpc.ServiceDefinition {
  AuthenticateApiKey: MethodDefinition<_agentvault_identity_v1_AuthenticateApiKeyRequest, _agentvault_identity_v1_Principal, _agentvault_identity_v1_AuthenticateApiKeyRequest__Output, _agentvault_identity_v1_Principal__Output>
  AuthenticateSignedRequest: MethodDefinition<_agentvault_identity_v1_AuthenticateSignedRequestRequest, _agentvault_identity_v1_SelfAgent, _agentvault_identity_v1_AuthenticateSignedRequestRequest__Output, _agentvault_identity_v1_SelfAgent__Output>
  CountDeveloperAgents: MethodDefinition<_agentvault_identity_v1_DeveloperRef, _agentvault_identity_v1_DeveloperAgentCount, _agentvault_identity_v1_DeveloperRef__Output, _agentvault_identity_v1_DeveloperAgentCount__Output>
  CreateAgent: MethodDefinition<_agentvault_identity_v1_CreateAgentRequest, _agentvault_identity_v1_CreateAgentResponse, _agentvault_identity_v1_CreateAgentRequest__Output, _agentvault_identity_v1_CreateAgentResponse__Output>
  CreateApiKey: MethodDefinition<_agentvault_identity_v1_CreateApiKeyRequest, _agentvault_identity_v1_CreateApiKeyResponse, _agentvault_identity_v1_CreateApiKeyRequest__Output, _agentvault_identity_v1_CreateApiKeyResponse__Output>
  DeactivateAgentCard: MethodDefinition<_agentvault_identity_v1_DeactivateAgentCardRequest, _agentvault_identity_v1_Empty, _agentvault_identity_v1_DeactivateAgentCardRequest__Output, _agentvault_identity_v1_Empty__Output>
  DeactivateSelfAgent: MethodDefinition<_agentvault_identity_v1_SelfAgentChangeRef, _agentvault_identity_v1_SelfAgent, _agentvault_identity_v1_SelfAgentChangeRef__Output, _agentvault_identity_v1_SelfAgent__Output>
  DisableTotp: MethodDefinition<_agentvault_identity_v1_TotpCodeRequest, _agentvault_identity_v1_TotpStatus, _agentvault_identity_v1_TotpCodeRequest__Output, _agentvault_identity_v1_TotpStatus__Output>
  EnableTotp: MethodDefinition<_agentvault_identity_v1_TotpCodeRequest, _agentvault_identity_v1_TotpStatus, _agentvault_identity_v1_TotpCodeRequest__Output, _agentvault_identity_v1_TotpStatus__Output>
  GetA2aAgentCard: MethodDefinition<_agentvault_identity_v1_GetAgentRequest, _agentvault_identity_v1_A2aAgentCardResponse, _agentvault_identity_v1_GetAgentRequest__Output, _agentvault_identity_v1_A2aAgentCardResponse__Output>
  GetAgent: MethodDefinition<_agentvault_identity_v1_GetAgentRequest, _agentvault_identity_v1_Agent, _agentvault_identity_v1_GetAgentRequest__Output, _agentvault_identity_v1_Agent__Output>
  GetAgentCard: MethodDefinition<_agentvault_identity_v1_AgentCardRef, _agentvault_identity_v1_DirectoryCard, _agentvault_identity_v1_AgentCardRef__Output, _agentvault_identity_v1_DirectoryCard__Output>
  GetAgentCardByHri: MethodDefinition<_agentvault_identity_v1_AgentCardHriRef, _agentvault_identity_v1_DirectoryCard, _agentvault_identity_v1_AgentCardHriRef__Output, _agentvault_identity_v1_DirectoryCard__Output>
  GetDeveloper: MethodDefinition<_agentvault_identity_v1_DeveloperRef, _agentvault_identity_v1_Developer, _agentvault_identity_v1_DeveloperRef__Output, _agentvault_identity_v1_Developer__Output>
  GetJwks: MethodDefinition<_agentvault_identity_v1_Empty, _agentvault_identity_v1_JwksResponse, _agentvault_identity_v1_Empty__Output, _agentvault_identity_v1_JwksResponse__Output>
  GetSelfAgent: MethodDefinition<_agentvault_identity_v1_SelfAgentRef, _agentvault_identity_v1_SelfAgent, _agentvault_identity_v1_SelfAgentRef__Output, _agentvault_identity_v1_SelfAgent__Output>
  GetSelfAgentPaymentAddress: MethodDefinition<_agentvault_identity_v1_SelfAgentRef, _agentvault_identity_v1_SelfAgentPaymentAddress, _agentvault_identity_v1_SelfAgentRef__Output, _agentvault_identity_v1_SelfAgentPaymentAddress__Output>
  IsTokenRevoked: MethodDefinition<_agentvault_identity_v1_IsTokenRevokedRequest, _agentvault_identity_v1_IsTokenRevokedResponse, _agentvault_identity_v1_IsTokenRevokedRequest__Output, _agentvault_identity_v1_IsTokenRevokedResponse__Output>
  IssueAgentToken: MethodDefinition<_agentvault_identity_v1_IssueAgentTokenRequest, _agentvault_identity_v1_TokenResponse, _agentvault_identity_v1_IssueAgentTokenRequest__Output, _agentvault_identity_v1_TokenResponse__Output>
  ListAgentCards: MethodDefinition<_agentvault_identity_v1_ListAgentCardsRequest, _agentvault_identity_v1_DirectoryCardPage, _agentvault_identity_v1_ListAgentCardsRequest__Output, _agentvault_identity_v1_DirectoryCardPage__Output>
  ListApiKeys: MethodDefinition<_agentvault_identity_v1_DeveloperRef, _agentvault_identity_v1_ApiKeyList, _agentvault_identity_v1_DeveloperRef__Output, _agentvault_identity_v1_ApiKeyList__Output>
  ListDeveloperAgents: MethodDefinition<_agentvault_identity_v1_ListDeveloperAgentsRequest, _agentvault_identity_v1_AgentPage, _agentvault_identity_v1_ListDeveloperAgentsRequest__Output, _agentvault_identity_v1_AgentPage__Output>
  Login: MethodDefinition<_agentvault_identity_v1_LoginRequest, _agentvault_identity_v1_TokenResponse, _agentvault_identity_v1_LoginRequest__Output, _agentvault_identity_v1_TokenResponse__Output>
  RecoverAccount: MethodDefinition<_agentvault_identity_v1_RecoverAccountRequest, _agentvault_identity_v1_TokenResponse, _agentvault_identity_v1_RecoverAccountRequest__Output, _agentvault_identity_v1_TokenResponse__Output>
  RegisterDeveloper: MethodDefinition<_agentvault_identity_v1_RegisterDeveloperRequest, _agentvault_identity_v1_RegisterDeveloperResponse, _agentvault_identity_v1_RegisterDeveloperRequest__Output, _agentvault_identity_v1_RegisterDeveloperResponse__Output>
  RegisterSelfAgent: MethodDefinition<_agentvault_identity_v1_RegisterSelfAgentRequest, _agentvault_identity_v1_RegisterSelfAgentResponse, _agentvault_identity_v1_RegisterSelfAgentRequest__Output, _agentvault_identity_v1_RegisterSelfAgentResponse__Output>
  RequestBootstrapToken: MethodDefinition<_agentvault_identity_v1_RequestBootstrapTokenRequest, _agentvault_identity_v1_BootstrapTokenResponse, _agentvault_identity_v1_RequestBootstrapTokenRequest__Output, _agentvault_identity_v1_BootstrapTokenResponse__Output>
  RevokeApiKey: MethodDefinition<_agentvault_identity_v1_RevokeApiKeyRequest, _agentvault_identity_v1_Empty, _agentvault_identity_v1_RevokeApiKeyRequest__Output, _agentvault_identity_v1_Empty__Output>
  RevokeToken: MethodDefinition<_agentvault_identity_v1_RevokeTokenRequest, _agentvault_identity_v1_Empty, _agentvault_identity_v1_RevokeTokenRequest__Output, _agentvault_identity_v1_Empty__Output>
  SearchAgents: MethodDefinition<_agentvault_identity_v1_SearchAgentsRequest, _agentvault_identity_v1_AgentPage, _agentvault_identity_v1_SearchAgentsRequest__Output, _agentvault_identity_v1_AgentPage__Output>
  SetNewPassword: MethodDefinition<_agentvault_identity_v1_SetNewPasswordRequest, _agentvault_identity_v1_MessageResponse, _agentvault_identity_v1_SetNewPasswordRequest__Output, _agentvault_identity_v1_MessageResponse__Output>
  SetupTotp: MethodDefinition<_agentvault_identity_v1_DeveloperRef, _agentvault_identity_v1_SetupTotpResponse, _agentvault_identity_v1_DeveloperRef__Output, _agentvault_identity_v1_SetupTotpResponse__Output>
  SubmitAgentCard: MethodDefinition<_agentvault_identity_v1_SubmitAgentCardRequest, _agentvault_identity_v1_DirectoryCard, _agentvault_identity_v1_SubmitAgentCardRequest__Output, _agentvault_identity_v1_DirectoryCard__Output>
  UpdateAgentCard: MethodDefinition<_agentvault_identity_v1_UpdateAgentCardRequest, _agentvault_identity_v1_DirectoryCard, _agentvault_identity_v1_UpdateAgentCardRequest__Output, _agentvault_identity_v1_DirectoryCard__Output>
  UpdateSelfAgent: MethodDefinition<_agentvault_identity_v1_UpdateSelfAgentRequest, _agentvault_identity_v1_SelfAgent, _agentvault_identity_v1_UpdateSelfAgentRequest__Output, _agentvault_identity_v1_SelfAgent__Output>
  ValidateAgentCard: MethodDefinition<_agentvault_identity_v1_ValidateAgentCardRequest, _agentvault_identity_v1_ValidateAgentCardResponse, _agentvault_identity_v1_ValidateAgentCardRequest__Output, _agentvault_identity_v1_ValidateAgentCardResponse__Output>
}
