import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { A2aAgentCardResponse as _agentvault_identity_v1_A2aAgentCardResponse, A2aAgentCardResponse__Output as _agentvault_identity_v1_A2aAgentCardResponse__Output } from './agentvault/identity/v1/A2aAgentCardResponse.js';
import type { Agent as _agentvault_identity_v1_Agent, Agent__Output as _agentvault_identity_v1_Agent__Output } from './agentvault/identity/v1/Agent.js';
import type { AgentCard as _agentvault_identity_v1_AgentCard, AgentCard__Output as _agentvault_identity_v1_AgentCard__Output } from './agentvault/identity/v1/AgentCard.js';
import type { AgentCardHriRef as _agentvault_identity_v1_AgentCardHriRef, AgentCardHriRef__Output as _agentvault_identity_v1_AgentCardHriRef__Output } from './agentvault/identity/v1/AgentCardHriRef.js';
import type { AgentCardRef as _agentvault_identity_v1_AgentCardRef, AgentCardRef__Output as _agentvault_identity_v1_AgentCardRef__Output } from './agentvault/identity/v1/AgentCardRef.js';
import type { AgentPage as _agentvault_identity_v1_AgentPage, AgentPage__Output as _agentvault_identity_v1_AgentPage__Output } from './agentvault/identity/v1/AgentPage.js';
import type { ApiKeyInfo as _agentvault_identity_v1_ApiKeyInfo, ApiKeyInfo__Output as _agentvault_identity_v1_ApiKeyInfo__Output } from './agentvault/identity/v1/ApiKeyInfo.js';
import type { ApiKeyList as _agentvault_identity_v1_ApiKeyList, ApiKeyList__Output as _agentvault_identity_v1_ApiKeyList__Output } from './agentvault/identity/v1/ApiKeyList.js';
import type { AuthenticateApiKeyRequest as _agentvault_identity_v1_AuthenticateApiKeyRequest, AuthenticateApiKeyRequest__Output as _agentvault_identity_v1_AuthenticateApiKeyRequest__Output } from './agentvault/identity/v1/AuthenticateApiKeyRequest.js';
import type { AuthenticateSignedRequestRequest as _agentvault_identity_v1_AuthenticateSignedRequestRequest, AuthenticateSignedRequestRequest__Output as _agentvault_identity_v1_AuthenticateSignedRequestRequest__Output } from './agentvault/identity/v1/AuthenticateSignedRequestRequest.js';
import type { BootstrapTokenResponse as _agentvault_identity_v1_BootstrapTokenResponse, BootstrapTokenResponse__Output as _agentvault_identity_v1_BootstrapTokenResponse__Output } from './agentvault/identity/v1/BootstrapTokenResponse.js';
import type { CardFieldError as _agentvault_identity_v1_CardFieldError, CardFieldError__Output as _agentvault_identity_v1_CardFieldError__Output } from './agentvault/identity/v1/CardFieldError.js';
import type { CreateAgentRequest as _agentvault_identity_v1_CreateAgentRequest, CreateAgentRequest__Output as _agentvault_identity_v1_CreateAgentRequest__Output } from './agentvault/identity/v1/CreateAgentRequest.js';
import type { CreateAgentResponse as _agentvault_identity_v1_CreateAgentResponse, CreateAgentResponse__Output as _agentvault_identity_v1_CreateAgentResponse__Output } from './agentvault/identity/v1/CreateAgentResponse.js';
import type { CreateApiKeyRequest as _agentvault_identity_v1_CreateApiKeyRequest, CreateApiKeyRequest__Output as _agentvault_identity_v1_CreateApiKeyRequest__Output } from './agentvault/identity/v1/CreateApiKeyRequest.js';
import type { CreateApiKeyResponse as _agentvault_identity_v1_CreateApiKeyResponse, CreateApiKeyResponse__Output as _agentvault_identity_v1_CreateApiKeyResponse__Output } from './agentvault/identity/v1/CreateApiKeyResponse.js';
import type { DeactivateAgentCardRequest as _agentvault_identity_v1_DeactivateAgentCardRequest, DeactivateAgentCardRequest__Output as _agentvault_identity_v1_DeactivateAgentCardRequest__Output } from './agentvault/identity/v1/DeactivateAgentCardRequest.js';
import type { Developer as _agentvault_identity_v1_Developer, Developer__Output as _agentvault_identity_v1_Developer__Output } from './agentvault/identity/v1/Developer.js';
import type { DeveloperAgentCount as _agentvault_identity_v1_DeveloperAgentCount, DeveloperAgentCount__Output as _agentvault_identity_v1_DeveloperAgentCount__Output } from './agentvault/identity/v1/DeveloperAgentCount.js';
import type { DeveloperRef as _agentvault_identity_v1_DeveloperRef, DeveloperRef__Output as _agentvault_identity_v1_DeveloperRef__Output } from './agentvault/identity/v1/DeveloperRef.js';
import type { DirectoryCard as _agentvault_identity_v1_DirectoryCard, DirectoryCard__Output as _agentvault_identity_v1_DirectoryCard__Output } from './agentvault/identity/v1/DirectoryCard.js';
import type { DirectoryCardPage as _agentvault_identity_v1_DirectoryCardPage, DirectoryCardPage__Output as _agentvault_identity_v1_DirectoryCardPage__Output } from './agentvault/identity/v1/DirectoryCardPage.js';
import type { Empty as _agentvault_identity_v1_Empty, Empty__Output as _agentvault_identity_v1_Empty__Output } from './agentvault/identity/v1/Empty.js';
import type { GetAgentRequest as _agentvault_identity_v1_GetAgentRequest, GetAgentRequest__Output as _agentvault_identity_v1_GetAgentRequest__Output } from './agentvault/identity/v1/GetAgentRequest.js';
import type { IdentityServiceClient as _agentvault_identity_v1_IdentityServiceClient, IdentityServiceDefinition as _agentvault_identity_v1_IdentityServiceDefinition } from './agentvault/identity/v1/IdentityService.js';
import type { IsTokenRevokedRequest as _agentvault_identity_v1_IsTokenRevokedRequest, IsTokenRevokedRequest__Output as _agentvault_identity_v1_IsTokenRevokedRequest__Output } from './agentvault/identity/v1/IsTokenRevokedRequest.js';
import type { IsTokenRevokedResponse as _agentvault_identity_v1_IsTokenRevokedResponse, IsTokenRevokedResponse__Output as _agentvault_identity_v1_IsTokenRevokedResponse__Output } from './agentvault/identity/v1/IsTokenRevokedResponse.js';
import type { IssueAgentTokenRequest as _agentvault_identity_v1_IssueAgentTokenRequest, IssueAgentTokenRequest__Output as _agentvault_identity_v1_IssueAgentTokenRequest__Output } from './agentvault/identity/v1/IssueAgentTokenRequest.js';
import type { JwksResponse as _agentvault_identity_v1_JwksResponse, JwksResponse__Output as _agentvault_identity_v1_JwksResponse__Output } from './agentvault/identity/v1/JwksResponse.js';
import type { ListAgentCardsRequest as _agentvault_identity_v1_ListAgentCardsRequest, ListAgentCardsRequest__Output as _agentvault_identity_v1_ListAgentCardsRequest__Output } from './agentvault/identity/v1/ListAgentCardsRequest.js';
import type { ListDeveloperAgentsRequest as _agentvault_identity_v1_ListDeveloperAgentsRequest, ListDeveloperAgentsRequest__Output as _agentvault_identity_v1_ListDeveloperAgentsRequest__Output } from './agentvault/identity/v1/ListDeveloperAgentsRequest.js';
import type { LoginRequest as _agentvault_identity_v1_LoginRequest, LoginRequest__Output as _agentvault_identity_v1_LoginRequest__Output } from './agentvault/identity/v1/LoginRequest.js';
import type { MessageResponse as _agentvault_identity_v1_MessageResponse, MessageResponse__Output as _agentvault_identity_v1_MessageResponse__Output } from './agentvault/identity/v1/MessageResponse.js';
import type { Principal as _agentvault_identity_v1_Principal, Principal__Output as _agentvault_identity_v1_Principal__Output } from './agentvault/identity/v1/Principal.js';
import type { RecoverAccountRequest as _agentvault_identity_v1_RecoverAccountRequest, RecoverAccountRequest__Output as _agentvault_identity_v1_RecoverAccountRequest__Output } from './agentvault/identity/v1/RecoverAccountRequest.js';
import type { RegisterDeveloperRequest as _agentvault_identity_v1_RegisterDeveloperRequest, RegisterDeveloperRequest__Output as _agentvault_identity_v1_RegisterDeveloperRequest__Output } from './agentvault/identity/v1/RegisterDeveloperRequest.js';
import type { RegisterDeveloperResponse as _agentvault_identity_v1_RegisterDeveloperResponse, RegisterDeveloperResponse__Output as _agentvault_identity_v1_RegisterDeveloperResponse__Output } from './agentvault/identity/v1/RegisterDeveloperResponse.js';
import type { RegisterSelfAgentRequest as _agentvault_identity_v1_RegisterSelfAgentRequest, RegisterSelfAgentRequest__Output as _agentvault_identity_v1_RegisterSelfAgentRequest__Output } from './agentvault/identity/v1/RegisterSelfAgentRequest.js';
import type { RegisterSelfAgentResponse as _agentvault_identity_v1_RegisterSelfAgentResponse, RegisterSelfAgentResponse__Output as _agentvault_identity_v1_RegisterSelfAgentResponse__Output } from './agentvault/identity/v1/RegisterSelfAgentResponse.js';
import type { RequestBootstrapTokenRequest as _agentvault_identity_v1_RequestBootstrapTokenRequest, RequestBootstrapTokenRequest__Output as _agentvault_identity_v1_RequestBootstrapTokenRequest__Output } from './agentvault/identity/v1/RequestBootstrapTokenRequest.js';
import type { RevokeApiKeyRequest as _agentvault_identity_v1_RevokeApiKeyRequest, RevokeApiKeyRequest__Output as _agentvault_identity_v1_RevokeApiKeyRequest__Output } from './agentvault/identity/v1/RevokeApiKeyRequest.js';
import type { RevokeTokenRequest as _agentvault_identity_v1_RevokeTokenRequest, RevokeTokenRequest__Output as _agentvault_identity_v1_RevokeTokenRequest__Output } from './agentvault/identity/v1/RevokeTokenRequest.js';
import type { SearchAgentsRequest as _agentvault_identity_v1_SearchAgentsRequest, SearchAgentsRequest__Output as _agentvault_identity_v1_SearchAgentsRequest__Output } from './agentvault/identity/v1/SearchAgentsRequest.js';
import type { SelfAgent as _agentvault_identity_v1_SelfAgent, SelfAgent__Output as _agentvault_identity_v1_SelfAgent__Output } from './agentvault/identity/v1/SelfAgent.js';
import type { SelfAgentChangeRef as _agentvault_identity_v1_SelfAgentChangeRef, SelfAgentChangeRef__Output as _agentvault_identity_v1_SelfAgentChangeRef__Output } from './agentvault/identity/v1/SelfAgentChangeRef.js';
import type { SelfAgentPaymentAddress as _agentvault_identity_v1_SelfAgentPaymentAddress, SelfAgentPaymentAddress__Output as _agentvault_identity_v1_SelfAgentPaymentAddress__Output } from './agentvault/identity/v1/SelfAgentPaymentAddress.js';
import type { SelfAgentRef as _agentvault_identity_v1_SelfAgentRef, SelfAgentRef__Output as _agentvault_identity_v1_SelfAgentRef__Output } from './agentvault/identity/v1/SelfAgentRef.js';
import type { SetNewPasswordRequest as _agentvault_identity_v1_SetNewPasswordRequest, SetNewPasswordRequest__Output as _agentvault_identity_v1_SetNewPasswordRequest__Output } from './agentvault/identity/v1/SetNewPasswordRequest.js';
import type { SetupTotpResponse as _agentvault_identity_v1_SetupTotpResponse, SetupTotpResponse__Output as _agentvault_identity_v1_SetupTotpResponse__Output } from './agentvault/identity/v1/SetupTotpResponse.js';
import type { SubmitAgentCardRequest as _agentvault_identity_v1_SubmitAgentCardRequest, SubmitAgentCardRequest__Output as _agentvault_identity_v1_SubmitAgentCardRequest__Output } from './agentvault/identity/v1/SubmitAgentCardRequest.js';
import type { TokenResponse as _agentvault_identity_v1_TokenResponse, TokenResponse__Output as _agentvault_identity_v1_TokenResponse__Output } from './agentvault/identity/v1/TokenResponse.js';
import type { TotpCodeRequest as _agentvault_identity_v1_TotpCodeRequest, TotpCodeRequest__Output as _agentvault_identity_v1_TotpCodeRequest__Output } from './agentvault/identity/v1/TotpCodeRequest.js';
import type { TotpStatus as _agentvault_identity_v1_TotpStatus, TotpStatus__Output as _agentvault_identity_v1_TotpStatus__Output } from './agentvault/identity/v1/TotpStatus.js';
import type { UpdateAgentCardRequest as _agentvault_identity_v1_UpdateAgentCardRequest, UpdateAgentCardRequest__Output as _agentvault_identity_v1_UpdateAgentCardRequest__Output } from './agentvault/identity/v1/UpdateAgentCardRequest.js';
import type { UpdateSelfAgentRequest as _agentvault_identity_v1_UpdateSelfAgentRequest, UpdateSelfAgentRequest__Output as _agentvault_identity_v1_UpdateSelfAgentRequest__Output } from './agentvault/identity/v1/UpdateSelfAgentRequest.js';
import type { ValidateAgentCardRequest as _agentvault_identity_v1_ValidateAgentCardRequest, ValidateAgentCardRequest__Output as _agentvault_identity_v1_ValidateAgentCardRequest__Output } from './agentvault/identity/v1/ValidateAgentCardRequest.js';
import type { ValidateAgentCardResponse as _agentvault_identity_v1_ValidateAgentCardResponse, ValidateAgentCardResponse__Output as _agentvault_identity_v1_ValidateAgentCardResponse__Output } from './agentvault/identity/v1/ValidateAgentCardResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  agentvault: {
    identity: {
      v1: {
        A2aAgentCardResponse: MessageTypeDefinition<_agentvault_identity_v1_A2aAgentCardResponse, _agentvault_identity_v1_A2aAgentCardResponse__Output>
        Agent: MessageTypeDefinition<_agentvault_identity_v1_Agent, _agentvault_identity_v1_Agent__Output>
        AgentCard: MessageTypeDefinition<_agentvault_identity_v1_AgentCard, _agentvault_identity_v1_AgentCard__Output>
        AgentCardHriRef: MessageTypeDefinition<_agentvault_identity_v1_AgentCardHriRef, _agentvault_identity_v1_AgentCardHriRef__Output>
        AgentCardRef: MessageTypeDefinition<_agentvault_identity_v1_AgentCardRef, _agentvault_identity_v1_AgentCardRef__Output>
        AgentPage: MessageTypeDefinition<_agentvault_identity_v1_AgentPage, _agentvault_identity_v1_AgentPage__Output>
        ApiKeyInfo: MessageTypeDefinition<_agentvault_identity_v1_ApiKeyInfo, _agentvault_identity_v1_ApiKeyInfo__Output>
        ApiKeyList: MessageTypeDefinition<_agentvault_identity_v1_ApiKeyList, _agentvault_identity_v1_ApiKeyList__Output>
        AuthenticateApiKeyRequest: MessageTypeDefinition<_agentvault_identity_v1_AuthenticateApiKeyRequest, _agentvault_identity_v1_AuthenticateApiKeyRequest__Output>
        AuthenticateSignedRequestRequest: MessageTypeDefinition<_agentvault_identity_v1_AuthenticateSignedRequestRequest, _agentvault_identity_v1_AuthenticateSignedRequestRequest__Output>
        BootstrapTokenResponse: MessageTypeDefinition<_agentvault_identity_v1_BootstrapTokenResponse, _agentvault_identity_v1_BootstrapTokenResponse__Output>
        CardFieldError: MessageTypeDefinition<_agentvault_identity_v1_CardFieldError, _agentvault_identity_v1_CardFieldError__Output>
        CreateAgentRequest: MessageTypeDefinition<_agentvault_identity_v1_CreateAgentRequest, _agentvault_identity_v1_CreateAgentRequest__Output>
        CreateAgentResponse: MessageTypeDefinition<_agentvault_identity_v1_CreateAgentResponse, _agentvault_identity_v1_CreateAgentResponse__Output>
        CreateApiKeyRequest: MessageTypeDefinition<_agentvault_identity_v1_CreateApiKeyRequest, _agentvault_identity_v1_CreateApiKeyRequest__Output>
        CreateApiKeyResponse: MessageTypeDefinition<_agentvault_identity_v1_CreateApiKeyResponse, _agentvault_identity_v1_CreateApiKeyResponse__Output>
        DeactivateAgentCardRequest: MessageTypeDefinition<_agentvault_identity_v1_DeactivateAgentCardRequest, _agentvault_identity_v1_DeactivateAgentCardRequest__Output>
        Developer: MessageTypeDefinition<_agentvault_identity_v1_Developer, _agentvault_identity_v1_Developer__Output>
        DeveloperAgentCount: MessageTypeDefinition<_agentvault_identity_v1_DeveloperAgentCount, _agentvault_identity_v1_DeveloperAgentCount__Output>
        DeveloperRef: MessageTypeDefinition<_agentvault_identity_v1_DeveloperRef, _agentvault_identity_v1_DeveloperRef__Output>
        DirectoryCard: MessageTypeDefinition<_agentvault_identity_v1_DirectoryCard, _agentvault_identity_v1_DirectoryCard__Output>
        DirectoryCardPage: MessageTypeDefinition<_agentvault_identity_v1_DirectoryCardPage, _agentvault_identity_v1_DirectoryCardPage__Output>
        Empty: MessageTypeDefinition<_agentvault_identity_v1_Empty, _agentvault_identity_v1_Empty__Output>
        GetAgentRequest: MessageTypeDefinition<_agentvault_identity_v1_GetAgentRequest, _agentvault_identity_v1_GetAgentRequest__Output>
        IdentityService: SubtypeConstructor<typeof grpc.Client, _agentvault_identity_v1_IdentityServiceClient> & { service: _agentvault_identity_v1_IdentityServiceDefinition }
        IsTokenRevokedRequest: MessageTypeDefinition<_agentvault_identity_v1_IsTokenRevokedRequest, _agentvault_identity_v1_IsTokenRevokedRequest__Output>
        IsTokenRevokedResponse: MessageTypeDefinition<_agentvault_identity_v1_IsTokenRevokedResponse, _agentvault_identity_v1_IsTokenRevokedResponse__Output>
        IssueAgentTokenRequest: MessageTypeDefinition<_agentvault_identity_v1_IssueAgentTokenRequest, _agentvault_identity_v1_IssueAgentTokenRequest__Output>
        JwksResponse: MessageTypeDefinition<_agentvault_identity_v1_JwksResponse, _agentvault_identity_v1_JwksResponse__Output>
        ListAgentCardsRequest: MessageTypeDefinition<_agentvault_identity_v1_ListAgentCardsRequest, _agentvault_identity_v1_ListAgentCardsRequest__Output>
        ListDeveloperAgentsRequest: MessageTypeDefinition<_agentvault_identity_v1_ListDeveloperAgentsRequest, _agentvault_identity_v1_ListDeveloperAgentsRequest__Output>
        LoginRequest: MessageTypeDefinition<_agentvault_identity_v1_LoginRequest, _agentvault_identity_v1_LoginRequest__Output>
        MessageResponse: MessageTypeDefinition<_agentvault_identity_v1_MessageResponse, _agentvault_identity_v1_MessageResponse__Output>
        Principal: MessageTypeDefinition<_agentvault_identity_v1_Principal, _agentvault_identity_v1_Principal__Output>
        RecoverAccountRequest: MessageTypeDefinition<_agentvault_identity_v1_RecoverAccountRequest, _agentvault_identity_v1_RecoverAccountRequest__Output>
        RegisterDeveloperRequest: MessageTypeDefinition<_agentvault_identity_v1_RegisterDeveloperRequest, _agentvault_identity_v1_RegisterDeveloperRequest__Output>
        RegisterDeveloperResponse: MessageTypeDefinition<_agentvault_identity_v1_RegisterDeveloperResponse, _agentvault_identity_v1_RegisterDeveloperResponse__Output>
        RegisterSelfAgentRequest: MessageTypeDefinition<_agentvault_identity_v1_RegisterSelfAgentRequest, _agentvault_identity_v1_RegisterSelfAgentRequest__Output>
        RegisterSelfAgentResponse: MessageTypeDefinition<_agentvault_identity_v1_RegisterSelfAgentResponse, _agentvault_identity_v1_RegisterSelfAgentResponse__Output>
        RequestBootstrapTokenRequest: MessageTypeDefinition<_agentvault_identity_v1_RequestBootstrapTokenRequest, _agentvault_identity_v1_RequestBootstrapTokenRequest__Output>
        RevokeApiKeyRequest: MessageTypeDefinition<_agentvault_identity_v1_RevokeApiKeyRequest, _agentvault_identity_v1_RevokeApiKeyRequest__Output>
        RevokeTokenRequest: MessageTypeDefinition<_agentvault_identity_v1_RevokeTokenRequest, _agentvault_identity_v1_RevokeTokenRequest__Output>
        SearchAgentsRequest: MessageTypeDefinition<_agentvault_identity_v1_SearchAgentsRequest, _agentvault_identity_v1_SearchAgentsRequest__Output>
        SelfAgent: MessageTypeDefinition<_agentvault_identity_v1_SelfAgent, _agentvault_identity_v1_SelfAgent__Output>
        SelfAgentChangeRef: MessageTypeDefinition<_agentvault_identity_v1_SelfAgentChangeRef, _agentvault_identity_v1_SelfAgentChangeRef__Output>
        SelfAgentPaymentAddress: MessageTypeDefinition<_agentvault_identity_v1_SelfAgentPaymentAddress, _agentvault_identity_v1_SelfAgentPaymentAddress__Output>
        SelfAgentRef: MessageTypeDefinition<_agentvault_identity_v1_SelfAgentRef, _agentvault_identity_v1_SelfAgentRef__Output>
        SetNewPasswordRequest: MessageTypeDefinition<_agentvault_identity_v1_SetNewPasswordRequest, _agentvault_identity_v1_SetNewPasswordRequest__Output>
        SetupTotpResponse: MessageTypeDefinition<_agentvault_identity_v1_SetupTotpResponse, _agentvault_identity_v1_SetupTotpResponse__Output>
        SubmitAgentCardRequest: MessageTypeDefinition<_agentvault_identity_v1_SubmitAgentCardRequest, _agentvault_identity_v1_SubmitAgentCardRequest__Output>
        TokenResponse: MessageTypeDefinition<_agentvault_identity_v1_TokenResponse, _agentvault_identity_v1_TokenResponse__Output>
        TotpCodeRequest: MessageTypeDefinition<_agentvault_identity_v1_TotpCodeRequest, _agentvault_identity_v1_TotpCodeRequest__Output>
        TotpStatus: MessageTypeDefinition<_agentvault_identity_v1_TotpStatus, _agentvault_identity_v1_TotpStatus__Output>
        UpdateAgentCardRequest: MessageTypeDefinition<_agentvault_identity_v1_UpdateAgentCardRequest, _agentvault_identity_v1_UpdateAgentCardRequest__Output>
        UpdateSelfAgentRequest: MessageTypeDefinition<_agentvault_identity_v1_UpdateSelfAgentRequest, _agentvault_identity_v1_UpdateSelfAgentRequest__Output>
        ValidateAgentCardRequest: MessageTypeDefinition<_agentvault_identity_v1_ValidateAgentCardRequest, _agentvault_identity_v1_ValidateAgentCardRequest__Output>
        ValidateAgentCardResponse: MessageTypeDefinition<_agentvault_identity_v1_ValidateAgentCardResponse, _agentvault_identity_v1_ValidateAgentCardResponse__Output>
      }
    }
  }
}

