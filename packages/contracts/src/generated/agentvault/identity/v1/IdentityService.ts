// Original file: proto/agentvault/identity/v1/identity.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { A2aAgentCardResponse as _agentvault_identity_v1_A2aAgentCardResponse, A2aAgentCardResponse__Output as _agentvault_identity_v1_A2aAgentCardResponse__Output } from '../../../agentvault/identity/v1/A2aAgentCardResponse.js';
import type { AddOrganizationMemberRequest as _agentvault_identity_v1_AddOrganizationMemberRequest, AddOrganizationMemberRequest__Output as _agentvault_identity_v1_AddOrganizationMemberRequest__Output } from '../../../agentvault/identity/v1/AddOrganizationMemberRequest.js';
import type { AddQualityGateRequest as _agentvault_identity_v1_AddQualityGateRequest, AddQualityGateRequest__Output as _agentvault_identity_v1_AddQualityGateRequest__Output } from '../../../agentvault/identity/v1/AddQualityGateRequest.js';
import type { AddRoutingRuleRequest as _agentvault_identity_v1_AddRoutingRuleRequest, AddRoutingRuleRequest__Output as _agentvault_identity_v1_AddRoutingRuleRequest__Output } from '../../../agentvault/identity/v1/AddRoutingRuleRequest.js';
import type { AddTeamMemberRequest as _agentvault_identity_v1_AddTeamMemberRequest, AddTeamMemberRequest__Output as _agentvault_identity_v1_AddTeamMemberRequest__Output } from '../../../agentvault/identity/v1/AddTeamMemberRequest.js';
import type { Agent as _agentvault_identity_v1_Agent, Agent__Output as _agentvault_identity_v1_Agent__Output } from '../../../agentvault/identity/v1/Agent.js';
import type { AgentCardHriRef as _agentvault_identity_v1_AgentCardHriRef, AgentCardHriRef__Output as _agentvault_identity_v1_AgentCardHriRef__Output } from '../../../agentvault/identity/v1/AgentCardHriRef.js';
import type { AgentCardRef as _agentvault_identity_v1_AgentCardRef, AgentCardRef__Output as _agentvault_identity_v1_AgentCardRef__Output } from '../../../agentvault/identity/v1/AgentCardRef.js';
import type { AgentPage as _agentvault_identity_v1_AgentPage, AgentPage__Output as _agentvault_identity_v1_AgentPage__Output } from '../../../agentvault/identity/v1/AgentPage.js';
import type { ApiKeyList as _agentvault_identity_v1_ApiKeyList, ApiKeyList__Output as _agentvault_identity_v1_ApiKeyList__Output } from '../../../agentvault/identity/v1/ApiKeyList.js';
import type { AreTokensRevokedRequest as _agentvault_identity_v1_AreTokensRevokedRequest, AreTokensRevokedRequest__Output as _agentvault_identity_v1_AreTokensRevokedRequest__Output } from '../../../agentvault/identity/v1/AreTokensRevokedRequest.js';
import type { AreTokensRevokedResponse as _agentvault_identity_v1_AreTokensRevokedResponse, AreTokensRevokedResponse__Output as _agentvault_identity_v1_AreTokensRevokedResponse__Output } from '../../../agentvault/identity/v1/AreTokensRevokedResponse.js';
import type { AuthenticateApiKeyRequest as _agentvault_identity_v1_AuthenticateApiKeyRequest, AuthenticateApiKeyRequest__Output as _agentvault_identity_v1_AuthenticateApiKeyRequest__Output } from '../../../agentvault/identity/v1/AuthenticateApiKeyRequest.js';
import type { AuthenticateSignedRequestRequest as _agentvault_identity_v1_AuthenticateSignedRequestRequest, AuthenticateSignedRequestRequest__Output as _agentvault_identity_v1_AuthenticateSignedRequestRequest__Output } from '../../../agentvault/identity/v1/AuthenticateSignedRequestRequest.js';
import type { BootstrapTokenResponse as _agentvault_identity_v1_BootstrapTokenResponse, BootstrapTokenResponse__Output as _agentvault_identity_v1_BootstrapTokenResponse__Output } from '../../../agentvault/identity/v1/BootstrapTokenResponse.js';
import type { Bundle as _agentvault_identity_v1_Bundle, Bundle__Output as _agentvault_identity_v1_Bundle__Output } from '../../../agentvault/identity/v1/Bundle.js';
import type { BundleList as _agentvault_identity_v1_BundleList, BundleList__Output as _agentvault_identity_v1_BundleList__Output } from '../../../agentvault/identity/v1/BundleList.js';
import type { BundleRef as _agentvault_identity_v1_BundleRef, BundleRef__Output as _agentvault_identity_v1_BundleRef__Output } from '../../../agentvault/identity/v1/BundleRef.js';
import type { BundleRestore as _agentvault_identity_v1_BundleRestore, BundleRestore__Output as _agentvault_identity_v1_BundleRestore__Output } from '../../../agentvault/identity/v1/BundleRestore.js';
import type { ChangeOrganizationMemberRoleRequest as _agentvault_identity_v1_ChangeOrganizationMemberRoleRequest, ChangeOrganizationMemberRoleRequest__Output as _agentvault_identity_v1_ChangeOrganizationMemberRoleRequest__Output } from '../../../agentvault/identity/v1/ChangeOrganizationMemberRoleRequest.js';
import type { CreateAgentRequest as _agentvault_identity_v1_CreateAgentRequest, CreateAgentRequest__Output as _agentvault_identity_v1_CreateAgentRequest__Output } from '../../../agentvault/identity/v1/CreateAgentRequest.js';
import type { CreateAgentResponse as _agentvault_identity_v1_CreateAgentResponse, CreateAgentResponse__Output as _agentvault_identity_v1_CreateAgentResponse__Output } from '../../../agentvault/identity/v1/CreateAgentResponse.js';
import type { CreateApiKeyRequest as _agentvault_identity_v1_CreateApiKeyRequest, CreateApiKeyRequest__Output as _agentvault_identity_v1_CreateApiKeyRequest__Output } from '../../../agentvault/identity/v1/CreateApiKeyRequest.js';
import type { CreateApiKeyResponse as _agentvault_identity_v1_CreateApiKeyResponse, CreateApiKeyResponse__Output as _agentvault_identity_v1_CreateApiKeyResponse__Output } from '../../../agentvault/identity/v1/CreateApiKeyResponse.js';
import type { CreateBundleRequest as _agentvault_identity_v1_CreateBundleRequest, CreateBundleRequest__Output as _agentvault_identity_v1_CreateBundleRequest__Output } from '../../../agentvault/identity/v1/CreateBundleRequest.js';
import type { CreateOrganizationApiKeyRequest as _agentvault_identity_v1_CreateOrganizationApiKeyRequest, CreateOrganizationApiKeyRequest__Output as _agentvault_identity_v1_CreateOrganizationApiKeyRequest__Output } from '../../../agentvault/identity/v1/CreateOrganizationApiKeyRequest.js';
import type { CreateOrganizationRequest as _agentvault_identity_v1_CreateOrganizationRequest, CreateOrganizationRequest__Output as _agentvault_identity_v1_CreateOrganizationRequest__Output } from '../../../agentvault/identity/v1/CreateOrganizationRequest.js';
import type { CreateTeamRequest as _agentvault_identity_v1_CreateTeamRequest, CreateTeamRequest__Output as _agentvault_identity_v1_CreateTeamRequest__Output } from '../../../agentvault/identity/v1/CreateTeamRequest.js';
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
import type { ListTeamsRequest as _agentvault_identity_v1_ListTeamsRequest, ListTeamsRequest__Output as _agentvault_identity_v1_ListTeamsRequest__Output } from '../../../agentvault/identity/v1/ListTeamsRequest.js';
import type { LoginRequest as _agentvault_identity_v1_LoginRequest, LoginRequest__Output as _agentvault_identity_v1_LoginRequest__Output } from '../../../agentvault/identity/v1/LoginRequest.js';
import type { MessageResponse as _agentvault_identity_v1_MessageResponse, MessageResponse__Output as _agentvault_identity_v1_MessageResponse__Output } from '../../../agentvault/identity/v1/MessageResponse.js';
import type { Organization as _agentvault_identity_v1_Organization, Organization__Output as _agentvault_identity_v1_Organization__Output } from '../../../agentvault/identity/v1/Organization.js';
import type { OrganizationAgent as _agentvault_identity_v1_OrganizationAgent, OrganizationAgent__Output as _agentvault_identity_v1_OrganizationAgent__Output } from '../../../agentvault/identity/v1/OrganizationAgent.js';
import type { OrganizationAgentList as _agentvault_identity_v1_OrganizationAgentList, OrganizationAgentList__Output as _agentvault_identity_v1_OrganizationAgentList__Output } from '../../../agentvault/identity/v1/OrganizationAgentList.js';
import type { OrganizationAgentRequest as _agentvault_identity_v1_OrganizationAgentRequest, OrganizationAgentRequest__Output as _agentvault_identity_v1_OrganizationAgentRequest__Output } from '../../../agentvault/identity/v1/OrganizationAgentRequest.js';
import type { OrganizationApiKeyCreated as _agentvault_identity_v1_OrganizationApiKeyCreated, OrganizationApiKeyCreated__Output as _agentvault_identity_v1_OrganizationApiKeyCreated__Output } from '../../../agentvault/identity/v1/OrganizationApiKeyCreated.js';
import type { OrganizationApiKeyList as _agentvault_identity_v1_OrganizationApiKeyList, OrganizationApiKeyList__Output as _agentvault_identity_v1_OrganizationApiKeyList__Output } from '../../../agentvault/identity/v1/OrganizationApiKeyList.js';
import type { OrganizationList as _agentvault_identity_v1_OrganizationList, OrganizationList__Output as _agentvault_identity_v1_OrganizationList__Output } from '../../../agentvault/identity/v1/OrganizationList.js';
import type { OrganizationMember as _agentvault_identity_v1_OrganizationMember, OrganizationMember__Output as _agentvault_identity_v1_OrganizationMember__Output } from '../../../agentvault/identity/v1/OrganizationMember.js';
import type { OrganizationMemberList as _agentvault_identity_v1_OrganizationMemberList, OrganizationMemberList__Output as _agentvault_identity_v1_OrganizationMemberList__Output } from '../../../agentvault/identity/v1/OrganizationMemberList.js';
import type { OrganizationMemberRef as _agentvault_identity_v1_OrganizationMemberRef, OrganizationMemberRef__Output as _agentvault_identity_v1_OrganizationMemberRef__Output } from '../../../agentvault/identity/v1/OrganizationMemberRef.js';
import type { OrganizationRef as _agentvault_identity_v1_OrganizationRef, OrganizationRef__Output as _agentvault_identity_v1_OrganizationRef__Output } from '../../../agentvault/identity/v1/OrganizationRef.js';
import type { Principal as _agentvault_identity_v1_Principal, Principal__Output as _agentvault_identity_v1_Principal__Output } from '../../../agentvault/identity/v1/Principal.js';
import type { QualityGate as _agentvault_identity_v1_QualityGate, QualityGate__Output as _agentvault_identity_v1_QualityGate__Output } from '../../../agentvault/identity/v1/QualityGate.js';
import type { RecoverAccountRequest as _agentvault_identity_v1_RecoverAccountRequest, RecoverAccountRequest__Output as _agentvault_identity_v1_RecoverAccountRequest__Output } from '../../../agentvault/identity/v1/RecoverAccountRequest.js';
import type { RegisterDeveloperRequest as _agentvault_identity_v1_RegisterDeveloperRequest, RegisterDeveloperRequest__Output as _agentvault_identity_v1_RegisterDeveloperRequest__Output } from '../../../agentvault/identity/v1/RegisterDeveloperRequest.js';
import type { RegisterDeveloperResponse as _agentvault_identity_v1_RegisterDeveloperResponse, RegisterDeveloperResponse__Output as _agentvault_identity_v1_RegisterDeveloperResponse__Output } from '../../../agentvault/identity/v1/RegisterDeveloperResponse.js';
import type { RegisterSelfAgentRequest as _agentvault_identity_v1_RegisterSelfAgentRequest, RegisterSelfAgentRequest__Output as _agentvault_identity_v1_RegisterSelfAgentRequest__Output } from '../../../agentvault/identity/v1/RegisterSelfAgentRequest.js';
import type { RegisterSelfAgentResponse as _agentvault_identity_v1_RegisterSelfAgentResponse, RegisterSelfAgentResponse__Output as _agentvault_identity_v1_RegisterSelfAgentResponse__Output } from '../../../agentvault/identity/v1/RegisterSelfAgentResponse.js';
import type { RequestBootstrapTokenRequest as _agentvault_identity_v1_RequestBootstrapTokenRequest, RequestBootstrapTokenRequest__Output as _agentvault_identity_v1_RequestBootstrapTokenRequest__Output } from '../../../agentvault/identity/v1/RequestBootstrapTokenRequest.js';
import type { RestoreBundleRequest as _agentvault_identity_v1_RestoreBundleRequest, RestoreBundleRequest__Output as _agentvault_identity_v1_RestoreBundleRequest__Output } from '../../../agentvault/identity/v1/RestoreBundleRequest.js';
import type { RevokeApiKeyRequest as _agentvault_identity_v1_RevokeApiKeyRequest, RevokeApiKeyRequest__Output as _agentvault_identity_v1_RevokeApiKeyRequest__Output } from '../../../agentvault/identity/v1/RevokeApiKeyRequest.js';
import type { RevokeTokenRequest as _agentvault_identity_v1_RevokeTokenRequest, RevokeTokenRequest__Output as _agentvault_identity_v1_RevokeTokenRequest__Output } from '../../../agentvault/identity/v1/RevokeTokenRequest.js';
import type { RouteTeamTaskRequest as _agentvault_identity_v1_RouteTeamTaskRequest, RouteTeamTaskRequest__Output as _agentvault_identity_v1_RouteTeamTaskRequest__Output } from '../../../agentvault/identity/v1/RouteTeamTaskRequest.js';
import type { RouteTeamTaskResponse as _agentvault_identity_v1_RouteTeamTaskResponse, RouteTeamTaskResponse__Output as _agentvault_identity_v1_RouteTeamTaskResponse__Output } from '../../../agentvault/identity/v1/RouteTeamTaskResponse.js';
import type { RoutingRule as _agentvault_identity_v1_RoutingRule, RoutingRule__Output as _agentvault_identity_v1_RoutingRule__Output } from '../../../agentvault/identity/v1/RoutingRule.js';
import type { SearchAgentsRequest as _agentvault_identity_v1_SearchAgentsRequest, SearchAgentsRequest__Output as _agentvault_identity_v1_SearchAgentsRequest__Output } from '../../../agentvault/identity/v1/SearchAgentsRequest.js';
import type { SelfAgent as _agentvault_identity_v1_SelfAgent, SelfAgent__Output as _agentvault_identity_v1_SelfAgent__Output } from '../../../agentvault/identity/v1/SelfAgent.js';
import type { SelfAgentChangeRef as _agentvault_identity_v1_SelfAgentChangeRef, SelfAgentChangeRef__Output as _agentvault_identity_v1_SelfAgentChangeRef__Output } from '../../../agentvault/identity/v1/SelfAgentChangeRef.js';
import type { SelfAgentPaymentAddress as _agentvault_identity_v1_SelfAgentPaymentAddress, SelfAgentPaymentAddress__Output as _agentvault_identity_v1_SelfAgentPaymentAddress__Output } from '../../../agentvault/identity/v1/SelfAgentPaymentAddress.js';
import type { SelfAgentRef as _agentvault_identity_v1_SelfAgentRef, SelfAgentRef__Output as _agentvault_identity_v1_SelfAgentRef__Output } from '../../../agentvault/identity/v1/SelfAgentRef.js';
import type { SetDeveloperRoleRequest as _agentvault_identity_v1_SetDeveloperRoleRequest, SetDeveloperRoleRequest__Output as _agentvault_identity_v1_SetDeveloperRoleRequest__Output } from '../../../agentvault/identity/v1/SetDeveloperRoleRequest.js';
import type { SetNewPasswordRequest as _agentvault_identity_v1_SetNewPasswordRequest, SetNewPasswordRequest__Output as _agentvault_identity_v1_SetNewPasswordRequest__Output } from '../../../agentvault/identity/v1/SetNewPasswordRequest.js';
import type { SetupTotpResponse as _agentvault_identity_v1_SetupTotpResponse, SetupTotpResponse__Output as _agentvault_identity_v1_SetupTotpResponse__Output } from '../../../agentvault/identity/v1/SetupTotpResponse.js';
import type { SubmitAgentCardRequest as _agentvault_identity_v1_SubmitAgentCardRequest, SubmitAgentCardRequest__Output as _agentvault_identity_v1_SubmitAgentCardRequest__Output } from '../../../agentvault/identity/v1/SubmitAgentCardRequest.js';
import type { Team as _agentvault_identity_v1_Team, Team__Output as _agentvault_identity_v1_Team__Output } from '../../../agentvault/identity/v1/Team.js';
import type { TeamItemRef as _agentvault_identity_v1_TeamItemRef, TeamItemRef__Output as _agentvault_identity_v1_TeamItemRef__Output } from '../../../agentvault/identity/v1/TeamItemRef.js';
import type { TeamList as _agentvault_identity_v1_TeamList, TeamList__Output as _agentvault_identity_v1_TeamList__Output } from '../../../agentvault/identity/v1/TeamList.js';
import type { TeamMember as _agentvault_identity_v1_TeamMember, TeamMember__Output as _agentvault_identity_v1_TeamMember__Output } from '../../../agentvault/identity/v1/TeamMember.js';
import type { TeamMemberRef as _agentvault_identity_v1_TeamMemberRef, TeamMemberRef__Output as _agentvault_identity_v1_TeamMemberRef__Output } from '../../../agentvault/identity/v1/TeamMemberRef.js';
import type { TeamRef as _agentvault_identity_v1_TeamRef, TeamRef__Output as _agentvault_identity_v1_TeamRef__Output } from '../../../agentvault/identity/v1/TeamRef.js';
import type { TemplateCatalogue as _agentvault_identity_v1_TemplateCatalogue, TemplateCatalogue__Output as _agentvault_identity_v1_TemplateCatalogue__Output } from '../../../agentvault/identity/v1/TemplateCatalogue.js';
import type { TokenResponse as _agentvault_identity_v1_TokenResponse, TokenResponse__Output as _agentvault_identity_v1_TokenResponse__Output } from '../../../agentvault/identity/v1/TokenResponse.js';
import type { TotpCodeRequest as _agentvault_identity_v1_TotpCodeRequest, TotpCodeRequest__Output as _agentvault_identity_v1_TotpCodeRequest__Output } from '../../../agentvault/identity/v1/TotpCodeRequest.js';
import type { TotpStatus as _agentvault_identity_v1_TotpStatus, TotpStatus__Output as _agentvault_identity_v1_TotpStatus__Output } from '../../../agentvault/identity/v1/TotpStatus.js';
import type { UpdateAgentCardRequest as _agentvault_identity_v1_UpdateAgentCardRequest, UpdateAgentCardRequest__Output as _agentvault_identity_v1_UpdateAgentCardRequest__Output } from '../../../agentvault/identity/v1/UpdateAgentCardRequest.js';
import type { UpdateOrganizationRequest as _agentvault_identity_v1_UpdateOrganizationRequest, UpdateOrganizationRequest__Output as _agentvault_identity_v1_UpdateOrganizationRequest__Output } from '../../../agentvault/identity/v1/UpdateOrganizationRequest.js';
import type { UpdateSelfAgentRequest as _agentvault_identity_v1_UpdateSelfAgentRequest, UpdateSelfAgentRequest__Output as _agentvault_identity_v1_UpdateSelfAgentRequest__Output } from '../../../agentvault/identity/v1/UpdateSelfAgentRequest.js';
import type { UpdateTeamRequest as _agentvault_identity_v1_UpdateTeamRequest, UpdateTeamRequest__Output as _agentvault_identity_v1_UpdateTeamRequest__Output } from '../../../agentvault/identity/v1/UpdateTeamRequest.js';
import type { ValidateAgentCardRequest as _agentvault_identity_v1_ValidateAgentCardRequest, ValidateAgentCardRequest__Output as _agentvault_identity_v1_ValidateAgentCardRequest__Output } from '../../../agentvault/identity/v1/ValidateAgentCardRequest.js';
import type { ValidateAgentCardResponse as _agentvault_identity_v1_ValidateAgentCardResponse, ValidateAgentCardResponse__Output as _agentvault_identity_v1_ValidateAgentCardResponse__Output } from '../../../agentvault/identity/v1/ValidateAgentCardResponse.js';
import type { VerificationEmailStatus as _agentvault_identity_v1_VerificationEmailStatus, VerificationEmailStatus__Output as _agentvault_identity_v1_VerificationEmailStatus__Output } from '../../../agentvault/identity/v1/VerificationEmailStatus.js';
import type { VerifyEmailRequest as _agentvault_identity_v1_VerifyEmailRequest, VerifyEmailRequest__Output as _agentvault_identity_v1_VerifyEmailRequest__Output } from '../../../agentvault/identity/v1/VerifyEmailRequest.js';
import type { VerifyEmailResponse as _agentvault_identity_v1_VerifyEmailResponse, VerifyEmailResponse__Output as _agentvault_identity_v1_VerifyEmailResponse__Output } from '../../../agentvault/identity/v1/VerifyEmailResponse.js';

export interface IdentityServiceClient extends grpc.Client {
  AddOrganizationAgent(argument: _agentvault_identity_v1_OrganizationAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationAgent__Output>): grpc.ClientUnaryCall;
  AddOrganizationAgent(argument: _agentvault_identity_v1_OrganizationAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationAgent__Output>): grpc.ClientUnaryCall;
  AddOrganizationAgent(argument: _agentvault_identity_v1_OrganizationAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationAgent__Output>): grpc.ClientUnaryCall;
  AddOrganizationAgent(argument: _agentvault_identity_v1_OrganizationAgentRequest, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationAgent__Output>): grpc.ClientUnaryCall;
  addOrganizationAgent(argument: _agentvault_identity_v1_OrganizationAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationAgent__Output>): grpc.ClientUnaryCall;
  addOrganizationAgent(argument: _agentvault_identity_v1_OrganizationAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationAgent__Output>): grpc.ClientUnaryCall;
  addOrganizationAgent(argument: _agentvault_identity_v1_OrganizationAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationAgent__Output>): grpc.ClientUnaryCall;
  addOrganizationAgent(argument: _agentvault_identity_v1_OrganizationAgentRequest, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationAgent__Output>): grpc.ClientUnaryCall;
  
  AddOrganizationMember(argument: _agentvault_identity_v1_AddOrganizationMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMember__Output>): grpc.ClientUnaryCall;
  AddOrganizationMember(argument: _agentvault_identity_v1_AddOrganizationMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMember__Output>): grpc.ClientUnaryCall;
  AddOrganizationMember(argument: _agentvault_identity_v1_AddOrganizationMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMember__Output>): grpc.ClientUnaryCall;
  AddOrganizationMember(argument: _agentvault_identity_v1_AddOrganizationMemberRequest, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMember__Output>): grpc.ClientUnaryCall;
  addOrganizationMember(argument: _agentvault_identity_v1_AddOrganizationMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMember__Output>): grpc.ClientUnaryCall;
  addOrganizationMember(argument: _agentvault_identity_v1_AddOrganizationMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMember__Output>): grpc.ClientUnaryCall;
  addOrganizationMember(argument: _agentvault_identity_v1_AddOrganizationMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMember__Output>): grpc.ClientUnaryCall;
  addOrganizationMember(argument: _agentvault_identity_v1_AddOrganizationMemberRequest, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMember__Output>): grpc.ClientUnaryCall;
  
  AddQualityGate(argument: _agentvault_identity_v1_AddQualityGateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_QualityGate__Output>): grpc.ClientUnaryCall;
  AddQualityGate(argument: _agentvault_identity_v1_AddQualityGateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_QualityGate__Output>): grpc.ClientUnaryCall;
  AddQualityGate(argument: _agentvault_identity_v1_AddQualityGateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_QualityGate__Output>): grpc.ClientUnaryCall;
  AddQualityGate(argument: _agentvault_identity_v1_AddQualityGateRequest, callback: grpc.requestCallback<_agentvault_identity_v1_QualityGate__Output>): grpc.ClientUnaryCall;
  addQualityGate(argument: _agentvault_identity_v1_AddQualityGateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_QualityGate__Output>): grpc.ClientUnaryCall;
  addQualityGate(argument: _agentvault_identity_v1_AddQualityGateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_QualityGate__Output>): grpc.ClientUnaryCall;
  addQualityGate(argument: _agentvault_identity_v1_AddQualityGateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_QualityGate__Output>): grpc.ClientUnaryCall;
  addQualityGate(argument: _agentvault_identity_v1_AddQualityGateRequest, callback: grpc.requestCallback<_agentvault_identity_v1_QualityGate__Output>): grpc.ClientUnaryCall;
  
  AddRoutingRule(argument: _agentvault_identity_v1_AddRoutingRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_RoutingRule__Output>): grpc.ClientUnaryCall;
  AddRoutingRule(argument: _agentvault_identity_v1_AddRoutingRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_RoutingRule__Output>): grpc.ClientUnaryCall;
  AddRoutingRule(argument: _agentvault_identity_v1_AddRoutingRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_RoutingRule__Output>): grpc.ClientUnaryCall;
  AddRoutingRule(argument: _agentvault_identity_v1_AddRoutingRuleRequest, callback: grpc.requestCallback<_agentvault_identity_v1_RoutingRule__Output>): grpc.ClientUnaryCall;
  addRoutingRule(argument: _agentvault_identity_v1_AddRoutingRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_RoutingRule__Output>): grpc.ClientUnaryCall;
  addRoutingRule(argument: _agentvault_identity_v1_AddRoutingRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_RoutingRule__Output>): grpc.ClientUnaryCall;
  addRoutingRule(argument: _agentvault_identity_v1_AddRoutingRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_RoutingRule__Output>): grpc.ClientUnaryCall;
  addRoutingRule(argument: _agentvault_identity_v1_AddRoutingRuleRequest, callback: grpc.requestCallback<_agentvault_identity_v1_RoutingRule__Output>): grpc.ClientUnaryCall;
  
  AddTeamMember(argument: _agentvault_identity_v1_AddTeamMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TeamMember__Output>): grpc.ClientUnaryCall;
  AddTeamMember(argument: _agentvault_identity_v1_AddTeamMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_TeamMember__Output>): grpc.ClientUnaryCall;
  AddTeamMember(argument: _agentvault_identity_v1_AddTeamMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TeamMember__Output>): grpc.ClientUnaryCall;
  AddTeamMember(argument: _agentvault_identity_v1_AddTeamMemberRequest, callback: grpc.requestCallback<_agentvault_identity_v1_TeamMember__Output>): grpc.ClientUnaryCall;
  addTeamMember(argument: _agentvault_identity_v1_AddTeamMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TeamMember__Output>): grpc.ClientUnaryCall;
  addTeamMember(argument: _agentvault_identity_v1_AddTeamMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_TeamMember__Output>): grpc.ClientUnaryCall;
  addTeamMember(argument: _agentvault_identity_v1_AddTeamMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TeamMember__Output>): grpc.ClientUnaryCall;
  addTeamMember(argument: _agentvault_identity_v1_AddTeamMemberRequest, callback: grpc.requestCallback<_agentvault_identity_v1_TeamMember__Output>): grpc.ClientUnaryCall;
  
  ArchiveTeam(argument: _agentvault_identity_v1_TeamRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  ArchiveTeam(argument: _agentvault_identity_v1_TeamRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  ArchiveTeam(argument: _agentvault_identity_v1_TeamRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  ArchiveTeam(argument: _agentvault_identity_v1_TeamRef, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  archiveTeam(argument: _agentvault_identity_v1_TeamRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  archiveTeam(argument: _agentvault_identity_v1_TeamRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  archiveTeam(argument: _agentvault_identity_v1_TeamRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  archiveTeam(argument: _agentvault_identity_v1_TeamRef, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  
  AreTokensRevoked(argument: _agentvault_identity_v1_AreTokensRevokedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_AreTokensRevokedResponse__Output>): grpc.ClientUnaryCall;
  AreTokensRevoked(argument: _agentvault_identity_v1_AreTokensRevokedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_AreTokensRevokedResponse__Output>): grpc.ClientUnaryCall;
  AreTokensRevoked(argument: _agentvault_identity_v1_AreTokensRevokedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_AreTokensRevokedResponse__Output>): grpc.ClientUnaryCall;
  AreTokensRevoked(argument: _agentvault_identity_v1_AreTokensRevokedRequest, callback: grpc.requestCallback<_agentvault_identity_v1_AreTokensRevokedResponse__Output>): grpc.ClientUnaryCall;
  areTokensRevoked(argument: _agentvault_identity_v1_AreTokensRevokedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_AreTokensRevokedResponse__Output>): grpc.ClientUnaryCall;
  areTokensRevoked(argument: _agentvault_identity_v1_AreTokensRevokedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_AreTokensRevokedResponse__Output>): grpc.ClientUnaryCall;
  areTokensRevoked(argument: _agentvault_identity_v1_AreTokensRevokedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_AreTokensRevokedResponse__Output>): grpc.ClientUnaryCall;
  areTokensRevoked(argument: _agentvault_identity_v1_AreTokensRevokedRequest, callback: grpc.requestCallback<_agentvault_identity_v1_AreTokensRevokedResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  ChangeOrganizationMemberRole(argument: _agentvault_identity_v1_ChangeOrganizationMemberRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMember__Output>): grpc.ClientUnaryCall;
  ChangeOrganizationMemberRole(argument: _agentvault_identity_v1_ChangeOrganizationMemberRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMember__Output>): grpc.ClientUnaryCall;
  ChangeOrganizationMemberRole(argument: _agentvault_identity_v1_ChangeOrganizationMemberRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMember__Output>): grpc.ClientUnaryCall;
  ChangeOrganizationMemberRole(argument: _agentvault_identity_v1_ChangeOrganizationMemberRoleRequest, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMember__Output>): grpc.ClientUnaryCall;
  changeOrganizationMemberRole(argument: _agentvault_identity_v1_ChangeOrganizationMemberRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMember__Output>): grpc.ClientUnaryCall;
  changeOrganizationMemberRole(argument: _agentvault_identity_v1_ChangeOrganizationMemberRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMember__Output>): grpc.ClientUnaryCall;
  changeOrganizationMemberRole(argument: _agentvault_identity_v1_ChangeOrganizationMemberRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMember__Output>): grpc.ClientUnaryCall;
  changeOrganizationMemberRole(argument: _agentvault_identity_v1_ChangeOrganizationMemberRoleRequest, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMember__Output>): grpc.ClientUnaryCall;
  
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
  
  CreateBundle(argument: _agentvault_identity_v1_CreateBundleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Bundle__Output>): grpc.ClientUnaryCall;
  CreateBundle(argument: _agentvault_identity_v1_CreateBundleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Bundle__Output>): grpc.ClientUnaryCall;
  CreateBundle(argument: _agentvault_identity_v1_CreateBundleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Bundle__Output>): grpc.ClientUnaryCall;
  CreateBundle(argument: _agentvault_identity_v1_CreateBundleRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Bundle__Output>): grpc.ClientUnaryCall;
  createBundle(argument: _agentvault_identity_v1_CreateBundleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Bundle__Output>): grpc.ClientUnaryCall;
  createBundle(argument: _agentvault_identity_v1_CreateBundleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Bundle__Output>): grpc.ClientUnaryCall;
  createBundle(argument: _agentvault_identity_v1_CreateBundleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Bundle__Output>): grpc.ClientUnaryCall;
  createBundle(argument: _agentvault_identity_v1_CreateBundleRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Bundle__Output>): grpc.ClientUnaryCall;
  
  CreateOrganization(argument: _agentvault_identity_v1_CreateOrganizationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  CreateOrganization(argument: _agentvault_identity_v1_CreateOrganizationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  CreateOrganization(argument: _agentvault_identity_v1_CreateOrganizationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  CreateOrganization(argument: _agentvault_identity_v1_CreateOrganizationRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  createOrganization(argument: _agentvault_identity_v1_CreateOrganizationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  createOrganization(argument: _agentvault_identity_v1_CreateOrganizationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  createOrganization(argument: _agentvault_identity_v1_CreateOrganizationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  createOrganization(argument: _agentvault_identity_v1_CreateOrganizationRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  
  CreateOrganizationApiKey(argument: _agentvault_identity_v1_CreateOrganizationApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationApiKeyCreated__Output>): grpc.ClientUnaryCall;
  CreateOrganizationApiKey(argument: _agentvault_identity_v1_CreateOrganizationApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationApiKeyCreated__Output>): grpc.ClientUnaryCall;
  CreateOrganizationApiKey(argument: _agentvault_identity_v1_CreateOrganizationApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationApiKeyCreated__Output>): grpc.ClientUnaryCall;
  CreateOrganizationApiKey(argument: _agentvault_identity_v1_CreateOrganizationApiKeyRequest, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationApiKeyCreated__Output>): grpc.ClientUnaryCall;
  createOrganizationApiKey(argument: _agentvault_identity_v1_CreateOrganizationApiKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationApiKeyCreated__Output>): grpc.ClientUnaryCall;
  createOrganizationApiKey(argument: _agentvault_identity_v1_CreateOrganizationApiKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationApiKeyCreated__Output>): grpc.ClientUnaryCall;
  createOrganizationApiKey(argument: _agentvault_identity_v1_CreateOrganizationApiKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationApiKeyCreated__Output>): grpc.ClientUnaryCall;
  createOrganizationApiKey(argument: _agentvault_identity_v1_CreateOrganizationApiKeyRequest, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationApiKeyCreated__Output>): grpc.ClientUnaryCall;
  
  CreateTeam(argument: _agentvault_identity_v1_CreateTeamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  CreateTeam(argument: _agentvault_identity_v1_CreateTeamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  CreateTeam(argument: _agentvault_identity_v1_CreateTeamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  CreateTeam(argument: _agentvault_identity_v1_CreateTeamRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  createTeam(argument: _agentvault_identity_v1_CreateTeamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  createTeam(argument: _agentvault_identity_v1_CreateTeamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  createTeam(argument: _agentvault_identity_v1_CreateTeamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  createTeam(argument: _agentvault_identity_v1_CreateTeamRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  
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
  
  GetAgentCardByDid(argument: _agentvault_identity_v1_GetAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  GetAgentCardByDid(argument: _agentvault_identity_v1_GetAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  GetAgentCardByDid(argument: _agentvault_identity_v1_GetAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  GetAgentCardByDid(argument: _agentvault_identity_v1_GetAgentRequest, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  getAgentCardByDid(argument: _agentvault_identity_v1_GetAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  getAgentCardByDid(argument: _agentvault_identity_v1_GetAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  getAgentCardByDid(argument: _agentvault_identity_v1_GetAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  getAgentCardByDid(argument: _agentvault_identity_v1_GetAgentRequest, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  
  GetAgentCardByHri(argument: _agentvault_identity_v1_AgentCardHriRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  GetAgentCardByHri(argument: _agentvault_identity_v1_AgentCardHriRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  GetAgentCardByHri(argument: _agentvault_identity_v1_AgentCardHriRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  GetAgentCardByHri(argument: _agentvault_identity_v1_AgentCardHriRef, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  getAgentCardByHri(argument: _agentvault_identity_v1_AgentCardHriRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  getAgentCardByHri(argument: _agentvault_identity_v1_AgentCardHriRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  getAgentCardByHri(argument: _agentvault_identity_v1_AgentCardHriRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  getAgentCardByHri(argument: _agentvault_identity_v1_AgentCardHriRef, callback: grpc.requestCallback<_agentvault_identity_v1_DirectoryCard__Output>): grpc.ClientUnaryCall;
  
  GetBundle(argument: _agentvault_identity_v1_BundleRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Bundle__Output>): grpc.ClientUnaryCall;
  GetBundle(argument: _agentvault_identity_v1_BundleRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Bundle__Output>): grpc.ClientUnaryCall;
  GetBundle(argument: _agentvault_identity_v1_BundleRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Bundle__Output>): grpc.ClientUnaryCall;
  GetBundle(argument: _agentvault_identity_v1_BundleRef, callback: grpc.requestCallback<_agentvault_identity_v1_Bundle__Output>): grpc.ClientUnaryCall;
  getBundle(argument: _agentvault_identity_v1_BundleRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Bundle__Output>): grpc.ClientUnaryCall;
  getBundle(argument: _agentvault_identity_v1_BundleRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Bundle__Output>): grpc.ClientUnaryCall;
  getBundle(argument: _agentvault_identity_v1_BundleRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Bundle__Output>): grpc.ClientUnaryCall;
  getBundle(argument: _agentvault_identity_v1_BundleRef, callback: grpc.requestCallback<_agentvault_identity_v1_Bundle__Output>): grpc.ClientUnaryCall;
  
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
  
  GetOrganization(argument: _agentvault_identity_v1_OrganizationRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  GetOrganization(argument: _agentvault_identity_v1_OrganizationRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  GetOrganization(argument: _agentvault_identity_v1_OrganizationRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  GetOrganization(argument: _agentvault_identity_v1_OrganizationRef, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  getOrganization(argument: _agentvault_identity_v1_OrganizationRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  getOrganization(argument: _agentvault_identity_v1_OrganizationRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  getOrganization(argument: _agentvault_identity_v1_OrganizationRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  getOrganization(argument: _agentvault_identity_v1_OrganizationRef, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  
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
  
  GetTeam(argument: _agentvault_identity_v1_TeamRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  GetTeam(argument: _agentvault_identity_v1_TeamRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  GetTeam(argument: _agentvault_identity_v1_TeamRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  GetTeam(argument: _agentvault_identity_v1_TeamRef, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  getTeam(argument: _agentvault_identity_v1_TeamRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  getTeam(argument: _agentvault_identity_v1_TeamRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  getTeam(argument: _agentvault_identity_v1_TeamRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  getTeam(argument: _agentvault_identity_v1_TeamRef, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  
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
  
  ListBundles(argument: _agentvault_identity_v1_OrganizationRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_BundleList__Output>): grpc.ClientUnaryCall;
  ListBundles(argument: _agentvault_identity_v1_OrganizationRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_BundleList__Output>): grpc.ClientUnaryCall;
  ListBundles(argument: _agentvault_identity_v1_OrganizationRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_BundleList__Output>): grpc.ClientUnaryCall;
  ListBundles(argument: _agentvault_identity_v1_OrganizationRef, callback: grpc.requestCallback<_agentvault_identity_v1_BundleList__Output>): grpc.ClientUnaryCall;
  listBundles(argument: _agentvault_identity_v1_OrganizationRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_BundleList__Output>): grpc.ClientUnaryCall;
  listBundles(argument: _agentvault_identity_v1_OrganizationRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_BundleList__Output>): grpc.ClientUnaryCall;
  listBundles(argument: _agentvault_identity_v1_OrganizationRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_BundleList__Output>): grpc.ClientUnaryCall;
  listBundles(argument: _agentvault_identity_v1_OrganizationRef, callback: grpc.requestCallback<_agentvault_identity_v1_BundleList__Output>): grpc.ClientUnaryCall;
  
  ListDeveloperAgents(argument: _agentvault_identity_v1_ListDeveloperAgentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  ListDeveloperAgents(argument: _agentvault_identity_v1_ListDeveloperAgentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  ListDeveloperAgents(argument: _agentvault_identity_v1_ListDeveloperAgentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  ListDeveloperAgents(argument: _agentvault_identity_v1_ListDeveloperAgentsRequest, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  listDeveloperAgents(argument: _agentvault_identity_v1_ListDeveloperAgentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  listDeveloperAgents(argument: _agentvault_identity_v1_ListDeveloperAgentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  listDeveloperAgents(argument: _agentvault_identity_v1_ListDeveloperAgentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  listDeveloperAgents(argument: _agentvault_identity_v1_ListDeveloperAgentsRequest, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  
  ListMyOrganizations(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationList__Output>): grpc.ClientUnaryCall;
  ListMyOrganizations(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationList__Output>): grpc.ClientUnaryCall;
  ListMyOrganizations(argument: _agentvault_identity_v1_DeveloperRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationList__Output>): grpc.ClientUnaryCall;
  ListMyOrganizations(argument: _agentvault_identity_v1_DeveloperRef, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationList__Output>): grpc.ClientUnaryCall;
  listMyOrganizations(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationList__Output>): grpc.ClientUnaryCall;
  listMyOrganizations(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationList__Output>): grpc.ClientUnaryCall;
  listMyOrganizations(argument: _agentvault_identity_v1_DeveloperRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationList__Output>): grpc.ClientUnaryCall;
  listMyOrganizations(argument: _agentvault_identity_v1_DeveloperRef, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationList__Output>): grpc.ClientUnaryCall;
  
  ListOrganizationAgents(argument: _agentvault_identity_v1_OrganizationRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationAgentList__Output>): grpc.ClientUnaryCall;
  ListOrganizationAgents(argument: _agentvault_identity_v1_OrganizationRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationAgentList__Output>): grpc.ClientUnaryCall;
  ListOrganizationAgents(argument: _agentvault_identity_v1_OrganizationRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationAgentList__Output>): grpc.ClientUnaryCall;
  ListOrganizationAgents(argument: _agentvault_identity_v1_OrganizationRef, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationAgentList__Output>): grpc.ClientUnaryCall;
  listOrganizationAgents(argument: _agentvault_identity_v1_OrganizationRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationAgentList__Output>): grpc.ClientUnaryCall;
  listOrganizationAgents(argument: _agentvault_identity_v1_OrganizationRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationAgentList__Output>): grpc.ClientUnaryCall;
  listOrganizationAgents(argument: _agentvault_identity_v1_OrganizationRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationAgentList__Output>): grpc.ClientUnaryCall;
  listOrganizationAgents(argument: _agentvault_identity_v1_OrganizationRef, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationAgentList__Output>): grpc.ClientUnaryCall;
  
  ListOrganizationApiKeys(argument: _agentvault_identity_v1_OrganizationRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationApiKeyList__Output>): grpc.ClientUnaryCall;
  ListOrganizationApiKeys(argument: _agentvault_identity_v1_OrganizationRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationApiKeyList__Output>): grpc.ClientUnaryCall;
  ListOrganizationApiKeys(argument: _agentvault_identity_v1_OrganizationRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationApiKeyList__Output>): grpc.ClientUnaryCall;
  ListOrganizationApiKeys(argument: _agentvault_identity_v1_OrganizationRef, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationApiKeyList__Output>): grpc.ClientUnaryCall;
  listOrganizationApiKeys(argument: _agentvault_identity_v1_OrganizationRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationApiKeyList__Output>): grpc.ClientUnaryCall;
  listOrganizationApiKeys(argument: _agentvault_identity_v1_OrganizationRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationApiKeyList__Output>): grpc.ClientUnaryCall;
  listOrganizationApiKeys(argument: _agentvault_identity_v1_OrganizationRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationApiKeyList__Output>): grpc.ClientUnaryCall;
  listOrganizationApiKeys(argument: _agentvault_identity_v1_OrganizationRef, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationApiKeyList__Output>): grpc.ClientUnaryCall;
  
  ListOrganizationMembers(argument: _agentvault_identity_v1_OrganizationRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMemberList__Output>): grpc.ClientUnaryCall;
  ListOrganizationMembers(argument: _agentvault_identity_v1_OrganizationRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMemberList__Output>): grpc.ClientUnaryCall;
  ListOrganizationMembers(argument: _agentvault_identity_v1_OrganizationRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMemberList__Output>): grpc.ClientUnaryCall;
  ListOrganizationMembers(argument: _agentvault_identity_v1_OrganizationRef, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMemberList__Output>): grpc.ClientUnaryCall;
  listOrganizationMembers(argument: _agentvault_identity_v1_OrganizationRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMemberList__Output>): grpc.ClientUnaryCall;
  listOrganizationMembers(argument: _agentvault_identity_v1_OrganizationRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMemberList__Output>): grpc.ClientUnaryCall;
  listOrganizationMembers(argument: _agentvault_identity_v1_OrganizationRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMemberList__Output>): grpc.ClientUnaryCall;
  listOrganizationMembers(argument: _agentvault_identity_v1_OrganizationRef, callback: grpc.requestCallback<_agentvault_identity_v1_OrganizationMemberList__Output>): grpc.ClientUnaryCall;
  
  ListTeams(argument: _agentvault_identity_v1_ListTeamsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TeamList__Output>): grpc.ClientUnaryCall;
  ListTeams(argument: _agentvault_identity_v1_ListTeamsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_TeamList__Output>): grpc.ClientUnaryCall;
  ListTeams(argument: _agentvault_identity_v1_ListTeamsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TeamList__Output>): grpc.ClientUnaryCall;
  ListTeams(argument: _agentvault_identity_v1_ListTeamsRequest, callback: grpc.requestCallback<_agentvault_identity_v1_TeamList__Output>): grpc.ClientUnaryCall;
  listTeams(argument: _agentvault_identity_v1_ListTeamsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TeamList__Output>): grpc.ClientUnaryCall;
  listTeams(argument: _agentvault_identity_v1_ListTeamsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_TeamList__Output>): grpc.ClientUnaryCall;
  listTeams(argument: _agentvault_identity_v1_ListTeamsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TeamList__Output>): grpc.ClientUnaryCall;
  listTeams(argument: _agentvault_identity_v1_ListTeamsRequest, callback: grpc.requestCallback<_agentvault_identity_v1_TeamList__Output>): grpc.ClientUnaryCall;
  
  ListTemplates(argument: _agentvault_identity_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TemplateCatalogue__Output>): grpc.ClientUnaryCall;
  ListTemplates(argument: _agentvault_identity_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_TemplateCatalogue__Output>): grpc.ClientUnaryCall;
  ListTemplates(argument: _agentvault_identity_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TemplateCatalogue__Output>): grpc.ClientUnaryCall;
  ListTemplates(argument: _agentvault_identity_v1_Empty, callback: grpc.requestCallback<_agentvault_identity_v1_TemplateCatalogue__Output>): grpc.ClientUnaryCall;
  listTemplates(argument: _agentvault_identity_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TemplateCatalogue__Output>): grpc.ClientUnaryCall;
  listTemplates(argument: _agentvault_identity_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_TemplateCatalogue__Output>): grpc.ClientUnaryCall;
  listTemplates(argument: _agentvault_identity_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_TemplateCatalogue__Output>): grpc.ClientUnaryCall;
  listTemplates(argument: _agentvault_identity_v1_Empty, callback: grpc.requestCallback<_agentvault_identity_v1_TemplateCatalogue__Output>): grpc.ClientUnaryCall;
  
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
  
  RemoveOrganizationAgent(argument: _agentvault_identity_v1_OrganizationAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveOrganizationAgent(argument: _agentvault_identity_v1_OrganizationAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveOrganizationAgent(argument: _agentvault_identity_v1_OrganizationAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveOrganizationAgent(argument: _agentvault_identity_v1_OrganizationAgentRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeOrganizationAgent(argument: _agentvault_identity_v1_OrganizationAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeOrganizationAgent(argument: _agentvault_identity_v1_OrganizationAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeOrganizationAgent(argument: _agentvault_identity_v1_OrganizationAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeOrganizationAgent(argument: _agentvault_identity_v1_OrganizationAgentRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  RemoveOrganizationMember(argument: _agentvault_identity_v1_OrganizationMemberRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveOrganizationMember(argument: _agentvault_identity_v1_OrganizationMemberRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveOrganizationMember(argument: _agentvault_identity_v1_OrganizationMemberRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveOrganizationMember(argument: _agentvault_identity_v1_OrganizationMemberRef, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeOrganizationMember(argument: _agentvault_identity_v1_OrganizationMemberRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeOrganizationMember(argument: _agentvault_identity_v1_OrganizationMemberRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeOrganizationMember(argument: _agentvault_identity_v1_OrganizationMemberRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeOrganizationMember(argument: _agentvault_identity_v1_OrganizationMemberRef, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  RemoveQualityGate(argument: _agentvault_identity_v1_TeamItemRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveQualityGate(argument: _agentvault_identity_v1_TeamItemRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveQualityGate(argument: _agentvault_identity_v1_TeamItemRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveQualityGate(argument: _agentvault_identity_v1_TeamItemRef, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeQualityGate(argument: _agentvault_identity_v1_TeamItemRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeQualityGate(argument: _agentvault_identity_v1_TeamItemRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeQualityGate(argument: _agentvault_identity_v1_TeamItemRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeQualityGate(argument: _agentvault_identity_v1_TeamItemRef, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  RemoveRoutingRule(argument: _agentvault_identity_v1_TeamItemRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveRoutingRule(argument: _agentvault_identity_v1_TeamItemRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveRoutingRule(argument: _agentvault_identity_v1_TeamItemRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveRoutingRule(argument: _agentvault_identity_v1_TeamItemRef, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeRoutingRule(argument: _agentvault_identity_v1_TeamItemRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeRoutingRule(argument: _agentvault_identity_v1_TeamItemRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeRoutingRule(argument: _agentvault_identity_v1_TeamItemRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeRoutingRule(argument: _agentvault_identity_v1_TeamItemRef, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  RemoveTeamMember(argument: _agentvault_identity_v1_TeamMemberRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveTeamMember(argument: _agentvault_identity_v1_TeamMemberRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveTeamMember(argument: _agentvault_identity_v1_TeamMemberRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  RemoveTeamMember(argument: _agentvault_identity_v1_TeamMemberRef, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeTeamMember(argument: _agentvault_identity_v1_TeamMemberRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeTeamMember(argument: _agentvault_identity_v1_TeamMemberRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeTeamMember(argument: _agentvault_identity_v1_TeamMemberRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  removeTeamMember(argument: _agentvault_identity_v1_TeamMemberRef, callback: grpc.requestCallback<_agentvault_identity_v1_Empty__Output>): grpc.ClientUnaryCall;
  
  RequestBootstrapToken(argument: _agentvault_identity_v1_RequestBootstrapTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_BootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  RequestBootstrapToken(argument: _agentvault_identity_v1_RequestBootstrapTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_BootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  RequestBootstrapToken(argument: _agentvault_identity_v1_RequestBootstrapTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_BootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  RequestBootstrapToken(argument: _agentvault_identity_v1_RequestBootstrapTokenRequest, callback: grpc.requestCallback<_agentvault_identity_v1_BootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  requestBootstrapToken(argument: _agentvault_identity_v1_RequestBootstrapTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_BootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  requestBootstrapToken(argument: _agentvault_identity_v1_RequestBootstrapTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_BootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  requestBootstrapToken(argument: _agentvault_identity_v1_RequestBootstrapTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_BootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  requestBootstrapToken(argument: _agentvault_identity_v1_RequestBootstrapTokenRequest, callback: grpc.requestCallback<_agentvault_identity_v1_BootstrapTokenResponse__Output>): grpc.ClientUnaryCall;
  
  RestoreBundle(argument: _agentvault_identity_v1_RestoreBundleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_BundleRestore__Output>): grpc.ClientUnaryCall;
  RestoreBundle(argument: _agentvault_identity_v1_RestoreBundleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_BundleRestore__Output>): grpc.ClientUnaryCall;
  RestoreBundle(argument: _agentvault_identity_v1_RestoreBundleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_BundleRestore__Output>): grpc.ClientUnaryCall;
  RestoreBundle(argument: _agentvault_identity_v1_RestoreBundleRequest, callback: grpc.requestCallback<_agentvault_identity_v1_BundleRestore__Output>): grpc.ClientUnaryCall;
  restoreBundle(argument: _agentvault_identity_v1_RestoreBundleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_BundleRestore__Output>): grpc.ClientUnaryCall;
  restoreBundle(argument: _agentvault_identity_v1_RestoreBundleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_BundleRestore__Output>): grpc.ClientUnaryCall;
  restoreBundle(argument: _agentvault_identity_v1_RestoreBundleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_BundleRestore__Output>): grpc.ClientUnaryCall;
  restoreBundle(argument: _agentvault_identity_v1_RestoreBundleRequest, callback: grpc.requestCallback<_agentvault_identity_v1_BundleRestore__Output>): grpc.ClientUnaryCall;
  
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
  
  RouteTeamTask(argument: _agentvault_identity_v1_RouteTeamTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_RouteTeamTaskResponse__Output>): grpc.ClientUnaryCall;
  RouteTeamTask(argument: _agentvault_identity_v1_RouteTeamTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_RouteTeamTaskResponse__Output>): grpc.ClientUnaryCall;
  RouteTeamTask(argument: _agentvault_identity_v1_RouteTeamTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_RouteTeamTaskResponse__Output>): grpc.ClientUnaryCall;
  RouteTeamTask(argument: _agentvault_identity_v1_RouteTeamTaskRequest, callback: grpc.requestCallback<_agentvault_identity_v1_RouteTeamTaskResponse__Output>): grpc.ClientUnaryCall;
  routeTeamTask(argument: _agentvault_identity_v1_RouteTeamTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_RouteTeamTaskResponse__Output>): grpc.ClientUnaryCall;
  routeTeamTask(argument: _agentvault_identity_v1_RouteTeamTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_RouteTeamTaskResponse__Output>): grpc.ClientUnaryCall;
  routeTeamTask(argument: _agentvault_identity_v1_RouteTeamTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_RouteTeamTaskResponse__Output>): grpc.ClientUnaryCall;
  routeTeamTask(argument: _agentvault_identity_v1_RouteTeamTaskRequest, callback: grpc.requestCallback<_agentvault_identity_v1_RouteTeamTaskResponse__Output>): grpc.ClientUnaryCall;
  
  SearchAgents(argument: _agentvault_identity_v1_SearchAgentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  SearchAgents(argument: _agentvault_identity_v1_SearchAgentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  SearchAgents(argument: _agentvault_identity_v1_SearchAgentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  SearchAgents(argument: _agentvault_identity_v1_SearchAgentsRequest, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  searchAgents(argument: _agentvault_identity_v1_SearchAgentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  searchAgents(argument: _agentvault_identity_v1_SearchAgentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  searchAgents(argument: _agentvault_identity_v1_SearchAgentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  searchAgents(argument: _agentvault_identity_v1_SearchAgentsRequest, callback: grpc.requestCallback<_agentvault_identity_v1_AgentPage__Output>): grpc.ClientUnaryCall;
  
  SendVerificationEmail(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_VerificationEmailStatus__Output>): grpc.ClientUnaryCall;
  SendVerificationEmail(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_VerificationEmailStatus__Output>): grpc.ClientUnaryCall;
  SendVerificationEmail(argument: _agentvault_identity_v1_DeveloperRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_VerificationEmailStatus__Output>): grpc.ClientUnaryCall;
  SendVerificationEmail(argument: _agentvault_identity_v1_DeveloperRef, callback: grpc.requestCallback<_agentvault_identity_v1_VerificationEmailStatus__Output>): grpc.ClientUnaryCall;
  sendVerificationEmail(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_VerificationEmailStatus__Output>): grpc.ClientUnaryCall;
  sendVerificationEmail(argument: _agentvault_identity_v1_DeveloperRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_VerificationEmailStatus__Output>): grpc.ClientUnaryCall;
  sendVerificationEmail(argument: _agentvault_identity_v1_DeveloperRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_VerificationEmailStatus__Output>): grpc.ClientUnaryCall;
  sendVerificationEmail(argument: _agentvault_identity_v1_DeveloperRef, callback: grpc.requestCallback<_agentvault_identity_v1_VerificationEmailStatus__Output>): grpc.ClientUnaryCall;
  
  SetDeveloperRole(argument: _agentvault_identity_v1_SetDeveloperRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Developer__Output>): grpc.ClientUnaryCall;
  SetDeveloperRole(argument: _agentvault_identity_v1_SetDeveloperRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Developer__Output>): grpc.ClientUnaryCall;
  SetDeveloperRole(argument: _agentvault_identity_v1_SetDeveloperRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Developer__Output>): grpc.ClientUnaryCall;
  SetDeveloperRole(argument: _agentvault_identity_v1_SetDeveloperRoleRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Developer__Output>): grpc.ClientUnaryCall;
  setDeveloperRole(argument: _agentvault_identity_v1_SetDeveloperRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Developer__Output>): grpc.ClientUnaryCall;
  setDeveloperRole(argument: _agentvault_identity_v1_SetDeveloperRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Developer__Output>): grpc.ClientUnaryCall;
  setDeveloperRole(argument: _agentvault_identity_v1_SetDeveloperRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Developer__Output>): grpc.ClientUnaryCall;
  setDeveloperRole(argument: _agentvault_identity_v1_SetDeveloperRoleRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Developer__Output>): grpc.ClientUnaryCall;
  
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
  
  UpdateOrganization(argument: _agentvault_identity_v1_UpdateOrganizationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  UpdateOrganization(argument: _agentvault_identity_v1_UpdateOrganizationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  UpdateOrganization(argument: _agentvault_identity_v1_UpdateOrganizationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  UpdateOrganization(argument: _agentvault_identity_v1_UpdateOrganizationRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  updateOrganization(argument: _agentvault_identity_v1_UpdateOrganizationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  updateOrganization(argument: _agentvault_identity_v1_UpdateOrganizationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  updateOrganization(argument: _agentvault_identity_v1_UpdateOrganizationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  updateOrganization(argument: _agentvault_identity_v1_UpdateOrganizationRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Organization__Output>): grpc.ClientUnaryCall;
  
  UpdateSelfAgent(argument: _agentvault_identity_v1_UpdateSelfAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  UpdateSelfAgent(argument: _agentvault_identity_v1_UpdateSelfAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  UpdateSelfAgent(argument: _agentvault_identity_v1_UpdateSelfAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  UpdateSelfAgent(argument: _agentvault_identity_v1_UpdateSelfAgentRequest, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  updateSelfAgent(argument: _agentvault_identity_v1_UpdateSelfAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  updateSelfAgent(argument: _agentvault_identity_v1_UpdateSelfAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  updateSelfAgent(argument: _agentvault_identity_v1_UpdateSelfAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  updateSelfAgent(argument: _agentvault_identity_v1_UpdateSelfAgentRequest, callback: grpc.requestCallback<_agentvault_identity_v1_SelfAgent__Output>): grpc.ClientUnaryCall;
  
  UpdateTeam(argument: _agentvault_identity_v1_UpdateTeamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  UpdateTeam(argument: _agentvault_identity_v1_UpdateTeamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  UpdateTeam(argument: _agentvault_identity_v1_UpdateTeamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  UpdateTeam(argument: _agentvault_identity_v1_UpdateTeamRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  updateTeam(argument: _agentvault_identity_v1_UpdateTeamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  updateTeam(argument: _agentvault_identity_v1_UpdateTeamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  updateTeam(argument: _agentvault_identity_v1_UpdateTeamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  updateTeam(argument: _agentvault_identity_v1_UpdateTeamRequest, callback: grpc.requestCallback<_agentvault_identity_v1_Team__Output>): grpc.ClientUnaryCall;
  
  ValidateAgentCard(argument: _agentvault_identity_v1_ValidateAgentCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_ValidateAgentCardResponse__Output>): grpc.ClientUnaryCall;
  ValidateAgentCard(argument: _agentvault_identity_v1_ValidateAgentCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_ValidateAgentCardResponse__Output>): grpc.ClientUnaryCall;
  ValidateAgentCard(argument: _agentvault_identity_v1_ValidateAgentCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_ValidateAgentCardResponse__Output>): grpc.ClientUnaryCall;
  ValidateAgentCard(argument: _agentvault_identity_v1_ValidateAgentCardRequest, callback: grpc.requestCallback<_agentvault_identity_v1_ValidateAgentCardResponse__Output>): grpc.ClientUnaryCall;
  validateAgentCard(argument: _agentvault_identity_v1_ValidateAgentCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_ValidateAgentCardResponse__Output>): grpc.ClientUnaryCall;
  validateAgentCard(argument: _agentvault_identity_v1_ValidateAgentCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_ValidateAgentCardResponse__Output>): grpc.ClientUnaryCall;
  validateAgentCard(argument: _agentvault_identity_v1_ValidateAgentCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_ValidateAgentCardResponse__Output>): grpc.ClientUnaryCall;
  validateAgentCard(argument: _agentvault_identity_v1_ValidateAgentCardRequest, callback: grpc.requestCallback<_agentvault_identity_v1_ValidateAgentCardResponse__Output>): grpc.ClientUnaryCall;
  
  VerifyEmail(argument: _agentvault_identity_v1_VerifyEmailRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_VerifyEmailResponse__Output>): grpc.ClientUnaryCall;
  VerifyEmail(argument: _agentvault_identity_v1_VerifyEmailRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_VerifyEmailResponse__Output>): grpc.ClientUnaryCall;
  VerifyEmail(argument: _agentvault_identity_v1_VerifyEmailRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_VerifyEmailResponse__Output>): grpc.ClientUnaryCall;
  VerifyEmail(argument: _agentvault_identity_v1_VerifyEmailRequest, callback: grpc.requestCallback<_agentvault_identity_v1_VerifyEmailResponse__Output>): grpc.ClientUnaryCall;
  verifyEmail(argument: _agentvault_identity_v1_VerifyEmailRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_VerifyEmailResponse__Output>): grpc.ClientUnaryCall;
  verifyEmail(argument: _agentvault_identity_v1_VerifyEmailRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_identity_v1_VerifyEmailResponse__Output>): grpc.ClientUnaryCall;
  verifyEmail(argument: _agentvault_identity_v1_VerifyEmailRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_identity_v1_VerifyEmailResponse__Output>): grpc.ClientUnaryCall;
  verifyEmail(argument: _agentvault_identity_v1_VerifyEmailRequest, callback: grpc.requestCallback<_agentvault_identity_v1_VerifyEmailResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface IdentityServiceHandlers extends grpc.UntypedServiceImplementation {
  AddOrganizationAgent: grpc.handleUnaryCall<_agentvault_identity_v1_OrganizationAgentRequest__Output, _agentvault_identity_v1_OrganizationAgent>;
  
  AddOrganizationMember: grpc.handleUnaryCall<_agentvault_identity_v1_AddOrganizationMemberRequest__Output, _agentvault_identity_v1_OrganizationMember>;
  
  AddQualityGate: grpc.handleUnaryCall<_agentvault_identity_v1_AddQualityGateRequest__Output, _agentvault_identity_v1_QualityGate>;
  
  AddRoutingRule: grpc.handleUnaryCall<_agentvault_identity_v1_AddRoutingRuleRequest__Output, _agentvault_identity_v1_RoutingRule>;
  
  AddTeamMember: grpc.handleUnaryCall<_agentvault_identity_v1_AddTeamMemberRequest__Output, _agentvault_identity_v1_TeamMember>;
  
  ArchiveTeam: grpc.handleUnaryCall<_agentvault_identity_v1_TeamRef__Output, _agentvault_identity_v1_Team>;
  
  AreTokensRevoked: grpc.handleUnaryCall<_agentvault_identity_v1_AreTokensRevokedRequest__Output, _agentvault_identity_v1_AreTokensRevokedResponse>;
  
  AuthenticateApiKey: grpc.handleUnaryCall<_agentvault_identity_v1_AuthenticateApiKeyRequest__Output, _agentvault_identity_v1_Principal>;
  
  AuthenticateSignedRequest: grpc.handleUnaryCall<_agentvault_identity_v1_AuthenticateSignedRequestRequest__Output, _agentvault_identity_v1_SelfAgent>;
  
  ChangeOrganizationMemberRole: grpc.handleUnaryCall<_agentvault_identity_v1_ChangeOrganizationMemberRoleRequest__Output, _agentvault_identity_v1_OrganizationMember>;
  
  CountDeveloperAgents: grpc.handleUnaryCall<_agentvault_identity_v1_DeveloperRef__Output, _agentvault_identity_v1_DeveloperAgentCount>;
  
  CreateAgent: grpc.handleUnaryCall<_agentvault_identity_v1_CreateAgentRequest__Output, _agentvault_identity_v1_CreateAgentResponse>;
  
  CreateApiKey: grpc.handleUnaryCall<_agentvault_identity_v1_CreateApiKeyRequest__Output, _agentvault_identity_v1_CreateApiKeyResponse>;
  
  CreateBundle: grpc.handleUnaryCall<_agentvault_identity_v1_CreateBundleRequest__Output, _agentvault_identity_v1_Bundle>;
  
  CreateOrganization: grpc.handleUnaryCall<_agentvault_identity_v1_CreateOrganizationRequest__Output, _agentvault_identity_v1_Organization>;
  
  CreateOrganizationApiKey: grpc.handleUnaryCall<_agentvault_identity_v1_CreateOrganizationApiKeyRequest__Output, _agentvault_identity_v1_OrganizationApiKeyCreated>;
  
  CreateTeam: grpc.handleUnaryCall<_agentvault_identity_v1_CreateTeamRequest__Output, _agentvault_identity_v1_Team>;
  
  DeactivateAgentCard: grpc.handleUnaryCall<_agentvault_identity_v1_DeactivateAgentCardRequest__Output, _agentvault_identity_v1_Empty>;
  
  DeactivateSelfAgent: grpc.handleUnaryCall<_agentvault_identity_v1_SelfAgentChangeRef__Output, _agentvault_identity_v1_SelfAgent>;
  
  DisableTotp: grpc.handleUnaryCall<_agentvault_identity_v1_TotpCodeRequest__Output, _agentvault_identity_v1_TotpStatus>;
  
  EnableTotp: grpc.handleUnaryCall<_agentvault_identity_v1_TotpCodeRequest__Output, _agentvault_identity_v1_TotpStatus>;
  
  GetA2aAgentCard: grpc.handleUnaryCall<_agentvault_identity_v1_GetAgentRequest__Output, _agentvault_identity_v1_A2aAgentCardResponse>;
  
  GetAgent: grpc.handleUnaryCall<_agentvault_identity_v1_GetAgentRequest__Output, _agentvault_identity_v1_Agent>;
  
  GetAgentCard: grpc.handleUnaryCall<_agentvault_identity_v1_AgentCardRef__Output, _agentvault_identity_v1_DirectoryCard>;
  
  GetAgentCardByDid: grpc.handleUnaryCall<_agentvault_identity_v1_GetAgentRequest__Output, _agentvault_identity_v1_DirectoryCard>;
  
  GetAgentCardByHri: grpc.handleUnaryCall<_agentvault_identity_v1_AgentCardHriRef__Output, _agentvault_identity_v1_DirectoryCard>;
  
  GetBundle: grpc.handleUnaryCall<_agentvault_identity_v1_BundleRef__Output, _agentvault_identity_v1_Bundle>;
  
  GetDeveloper: grpc.handleUnaryCall<_agentvault_identity_v1_DeveloperRef__Output, _agentvault_identity_v1_Developer>;
  
  GetJwks: grpc.handleUnaryCall<_agentvault_identity_v1_Empty__Output, _agentvault_identity_v1_JwksResponse>;
  
  GetOrganization: grpc.handleUnaryCall<_agentvault_identity_v1_OrganizationRef__Output, _agentvault_identity_v1_Organization>;
  
  GetSelfAgent: grpc.handleUnaryCall<_agentvault_identity_v1_SelfAgentRef__Output, _agentvault_identity_v1_SelfAgent>;
  
  GetSelfAgentPaymentAddress: grpc.handleUnaryCall<_agentvault_identity_v1_SelfAgentRef__Output, _agentvault_identity_v1_SelfAgentPaymentAddress>;
  
  GetTeam: grpc.handleUnaryCall<_agentvault_identity_v1_TeamRef__Output, _agentvault_identity_v1_Team>;
  
  IsTokenRevoked: grpc.handleUnaryCall<_agentvault_identity_v1_IsTokenRevokedRequest__Output, _agentvault_identity_v1_IsTokenRevokedResponse>;
  
  IssueAgentToken: grpc.handleUnaryCall<_agentvault_identity_v1_IssueAgentTokenRequest__Output, _agentvault_identity_v1_TokenResponse>;
  
  ListAgentCards: grpc.handleUnaryCall<_agentvault_identity_v1_ListAgentCardsRequest__Output, _agentvault_identity_v1_DirectoryCardPage>;
  
  ListApiKeys: grpc.handleUnaryCall<_agentvault_identity_v1_DeveloperRef__Output, _agentvault_identity_v1_ApiKeyList>;
  
  ListBundles: grpc.handleUnaryCall<_agentvault_identity_v1_OrganizationRef__Output, _agentvault_identity_v1_BundleList>;
  
  ListDeveloperAgents: grpc.handleUnaryCall<_agentvault_identity_v1_ListDeveloperAgentsRequest__Output, _agentvault_identity_v1_AgentPage>;
  
  ListMyOrganizations: grpc.handleUnaryCall<_agentvault_identity_v1_DeveloperRef__Output, _agentvault_identity_v1_OrganizationList>;
  
  ListOrganizationAgents: grpc.handleUnaryCall<_agentvault_identity_v1_OrganizationRef__Output, _agentvault_identity_v1_OrganizationAgentList>;
  
  ListOrganizationApiKeys: grpc.handleUnaryCall<_agentvault_identity_v1_OrganizationRef__Output, _agentvault_identity_v1_OrganizationApiKeyList>;
  
  ListOrganizationMembers: grpc.handleUnaryCall<_agentvault_identity_v1_OrganizationRef__Output, _agentvault_identity_v1_OrganizationMemberList>;
  
  ListTeams: grpc.handleUnaryCall<_agentvault_identity_v1_ListTeamsRequest__Output, _agentvault_identity_v1_TeamList>;
  
  ListTemplates: grpc.handleUnaryCall<_agentvault_identity_v1_Empty__Output, _agentvault_identity_v1_TemplateCatalogue>;
  
  Login: grpc.handleUnaryCall<_agentvault_identity_v1_LoginRequest__Output, _agentvault_identity_v1_TokenResponse>;
  
  RecoverAccount: grpc.handleUnaryCall<_agentvault_identity_v1_RecoverAccountRequest__Output, _agentvault_identity_v1_TokenResponse>;
  
  RegisterDeveloper: grpc.handleUnaryCall<_agentvault_identity_v1_RegisterDeveloperRequest__Output, _agentvault_identity_v1_RegisterDeveloperResponse>;
  
  RegisterSelfAgent: grpc.handleUnaryCall<_agentvault_identity_v1_RegisterSelfAgentRequest__Output, _agentvault_identity_v1_RegisterSelfAgentResponse>;
  
  RemoveOrganizationAgent: grpc.handleUnaryCall<_agentvault_identity_v1_OrganizationAgentRequest__Output, _agentvault_identity_v1_Empty>;
  
  RemoveOrganizationMember: grpc.handleUnaryCall<_agentvault_identity_v1_OrganizationMemberRef__Output, _agentvault_identity_v1_Empty>;
  
  RemoveQualityGate: grpc.handleUnaryCall<_agentvault_identity_v1_TeamItemRef__Output, _agentvault_identity_v1_Empty>;
  
  RemoveRoutingRule: grpc.handleUnaryCall<_agentvault_identity_v1_TeamItemRef__Output, _agentvault_identity_v1_Empty>;
  
  RemoveTeamMember: grpc.handleUnaryCall<_agentvault_identity_v1_TeamMemberRef__Output, _agentvault_identity_v1_Empty>;
  
  RequestBootstrapToken: grpc.handleUnaryCall<_agentvault_identity_v1_RequestBootstrapTokenRequest__Output, _agentvault_identity_v1_BootstrapTokenResponse>;
  
  RestoreBundle: grpc.handleUnaryCall<_agentvault_identity_v1_RestoreBundleRequest__Output, _agentvault_identity_v1_BundleRestore>;
  
  RevokeApiKey: grpc.handleUnaryCall<_agentvault_identity_v1_RevokeApiKeyRequest__Output, _agentvault_identity_v1_Empty>;
  
  RevokeToken: grpc.handleUnaryCall<_agentvault_identity_v1_RevokeTokenRequest__Output, _agentvault_identity_v1_Empty>;
  
  RouteTeamTask: grpc.handleUnaryCall<_agentvault_identity_v1_RouteTeamTaskRequest__Output, _agentvault_identity_v1_RouteTeamTaskResponse>;
  
  SearchAgents: grpc.handleUnaryCall<_agentvault_identity_v1_SearchAgentsRequest__Output, _agentvault_identity_v1_AgentPage>;
  
  SendVerificationEmail: grpc.handleUnaryCall<_agentvault_identity_v1_DeveloperRef__Output, _agentvault_identity_v1_VerificationEmailStatus>;
  
  SetDeveloperRole: grpc.handleUnaryCall<_agentvault_identity_v1_SetDeveloperRoleRequest__Output, _agentvault_identity_v1_Developer>;
  
  SetNewPassword: grpc.handleUnaryCall<_agentvault_identity_v1_SetNewPasswordRequest__Output, _agentvault_identity_v1_MessageResponse>;
  
  SetupTotp: grpc.handleUnaryCall<_agentvault_identity_v1_DeveloperRef__Output, _agentvault_identity_v1_SetupTotpResponse>;
  
  SubmitAgentCard: grpc.handleUnaryCall<_agentvault_identity_v1_SubmitAgentCardRequest__Output, _agentvault_identity_v1_DirectoryCard>;
  
  UpdateAgentCard: grpc.handleUnaryCall<_agentvault_identity_v1_UpdateAgentCardRequest__Output, _agentvault_identity_v1_DirectoryCard>;
  
  UpdateOrganization: grpc.handleUnaryCall<_agentvault_identity_v1_UpdateOrganizationRequest__Output, _agentvault_identity_v1_Organization>;
  
  UpdateSelfAgent: grpc.handleUnaryCall<_agentvault_identity_v1_UpdateSelfAgentRequest__Output, _agentvault_identity_v1_SelfAgent>;
  
  UpdateTeam: grpc.handleUnaryCall<_agentvault_identity_v1_UpdateTeamRequest__Output, _agentvault_identity_v1_Team>;
  
  ValidateAgentCard: grpc.handleUnaryCall<_agentvault_identity_v1_ValidateAgentCardRequest__Output, _agentvault_identity_v1_ValidateAgentCardResponse>;
  
  VerifyEmail: grpc.handleUnaryCall<_agentvault_identity_v1_VerifyEmailRequest__Output, _agentvault_identity_v1_VerifyEmailResponse>;
  
}

export interface IdentityServiceDefinition extends grpc.ServiceDefinition {
  AddOrganizationAgent: MethodDefinition<_agentvault_identity_v1_OrganizationAgentRequest, _agentvault_identity_v1_OrganizationAgent, _agentvault_identity_v1_OrganizationAgentRequest__Output, _agentvault_identity_v1_OrganizationAgent__Output>
  AddOrganizationMember: MethodDefinition<_agentvault_identity_v1_AddOrganizationMemberRequest, _agentvault_identity_v1_OrganizationMember, _agentvault_identity_v1_AddOrganizationMemberRequest__Output, _agentvault_identity_v1_OrganizationMember__Output>
  AddQualityGate: MethodDefinition<_agentvault_identity_v1_AddQualityGateRequest, _agentvault_identity_v1_QualityGate, _agentvault_identity_v1_AddQualityGateRequest__Output, _agentvault_identity_v1_QualityGate__Output>
  AddRoutingRule: MethodDefinition<_agentvault_identity_v1_AddRoutingRuleRequest, _agentvault_identity_v1_RoutingRule, _agentvault_identity_v1_AddRoutingRuleRequest__Output, _agentvault_identity_v1_RoutingRule__Output>
  AddTeamMember: MethodDefinition<_agentvault_identity_v1_AddTeamMemberRequest, _agentvault_identity_v1_TeamMember, _agentvault_identity_v1_AddTeamMemberRequest__Output, _agentvault_identity_v1_TeamMember__Output>
  ArchiveTeam: MethodDefinition<_agentvault_identity_v1_TeamRef, _agentvault_identity_v1_Team, _agentvault_identity_v1_TeamRef__Output, _agentvault_identity_v1_Team__Output>
  AreTokensRevoked: MethodDefinition<_agentvault_identity_v1_AreTokensRevokedRequest, _agentvault_identity_v1_AreTokensRevokedResponse, _agentvault_identity_v1_AreTokensRevokedRequest__Output, _agentvault_identity_v1_AreTokensRevokedResponse__Output>
  AuthenticateApiKey: MethodDefinition<_agentvault_identity_v1_AuthenticateApiKeyRequest, _agentvault_identity_v1_Principal, _agentvault_identity_v1_AuthenticateApiKeyRequest__Output, _agentvault_identity_v1_Principal__Output>
  AuthenticateSignedRequest: MethodDefinition<_agentvault_identity_v1_AuthenticateSignedRequestRequest, _agentvault_identity_v1_SelfAgent, _agentvault_identity_v1_AuthenticateSignedRequestRequest__Output, _agentvault_identity_v1_SelfAgent__Output>
  ChangeOrganizationMemberRole: MethodDefinition<_agentvault_identity_v1_ChangeOrganizationMemberRoleRequest, _agentvault_identity_v1_OrganizationMember, _agentvault_identity_v1_ChangeOrganizationMemberRoleRequest__Output, _agentvault_identity_v1_OrganizationMember__Output>
  CountDeveloperAgents: MethodDefinition<_agentvault_identity_v1_DeveloperRef, _agentvault_identity_v1_DeveloperAgentCount, _agentvault_identity_v1_DeveloperRef__Output, _agentvault_identity_v1_DeveloperAgentCount__Output>
  CreateAgent: MethodDefinition<_agentvault_identity_v1_CreateAgentRequest, _agentvault_identity_v1_CreateAgentResponse, _agentvault_identity_v1_CreateAgentRequest__Output, _agentvault_identity_v1_CreateAgentResponse__Output>
  CreateApiKey: MethodDefinition<_agentvault_identity_v1_CreateApiKeyRequest, _agentvault_identity_v1_CreateApiKeyResponse, _agentvault_identity_v1_CreateApiKeyRequest__Output, _agentvault_identity_v1_CreateApiKeyResponse__Output>
  CreateBundle: MethodDefinition<_agentvault_identity_v1_CreateBundleRequest, _agentvault_identity_v1_Bundle, _agentvault_identity_v1_CreateBundleRequest__Output, _agentvault_identity_v1_Bundle__Output>
  CreateOrganization: MethodDefinition<_agentvault_identity_v1_CreateOrganizationRequest, _agentvault_identity_v1_Organization, _agentvault_identity_v1_CreateOrganizationRequest__Output, _agentvault_identity_v1_Organization__Output>
  CreateOrganizationApiKey: MethodDefinition<_agentvault_identity_v1_CreateOrganizationApiKeyRequest, _agentvault_identity_v1_OrganizationApiKeyCreated, _agentvault_identity_v1_CreateOrganizationApiKeyRequest__Output, _agentvault_identity_v1_OrganizationApiKeyCreated__Output>
  CreateTeam: MethodDefinition<_agentvault_identity_v1_CreateTeamRequest, _agentvault_identity_v1_Team, _agentvault_identity_v1_CreateTeamRequest__Output, _agentvault_identity_v1_Team__Output>
  DeactivateAgentCard: MethodDefinition<_agentvault_identity_v1_DeactivateAgentCardRequest, _agentvault_identity_v1_Empty, _agentvault_identity_v1_DeactivateAgentCardRequest__Output, _agentvault_identity_v1_Empty__Output>
  DeactivateSelfAgent: MethodDefinition<_agentvault_identity_v1_SelfAgentChangeRef, _agentvault_identity_v1_SelfAgent, _agentvault_identity_v1_SelfAgentChangeRef__Output, _agentvault_identity_v1_SelfAgent__Output>
  DisableTotp: MethodDefinition<_agentvault_identity_v1_TotpCodeRequest, _agentvault_identity_v1_TotpStatus, _agentvault_identity_v1_TotpCodeRequest__Output, _agentvault_identity_v1_TotpStatus__Output>
  EnableTotp: MethodDefinition<_agentvault_identity_v1_TotpCodeRequest, _agentvault_identity_v1_TotpStatus, _agentvault_identity_v1_TotpCodeRequest__Output, _agentvault_identity_v1_TotpStatus__Output>
  GetA2aAgentCard: MethodDefinition<_agentvault_identity_v1_GetAgentRequest, _agentvault_identity_v1_A2aAgentCardResponse, _agentvault_identity_v1_GetAgentRequest__Output, _agentvault_identity_v1_A2aAgentCardResponse__Output>
  GetAgent: MethodDefinition<_agentvault_identity_v1_GetAgentRequest, _agentvault_identity_v1_Agent, _agentvault_identity_v1_GetAgentRequest__Output, _agentvault_identity_v1_Agent__Output>
  GetAgentCard: MethodDefinition<_agentvault_identity_v1_AgentCardRef, _agentvault_identity_v1_DirectoryCard, _agentvault_identity_v1_AgentCardRef__Output, _agentvault_identity_v1_DirectoryCard__Output>
  GetAgentCardByDid: MethodDefinition<_agentvault_identity_v1_GetAgentRequest, _agentvault_identity_v1_DirectoryCard, _agentvault_identity_v1_GetAgentRequest__Output, _agentvault_identity_v1_DirectoryCard__Output>
  GetAgentCardByHri: MethodDefinition<_agentvault_identity_v1_AgentCardHriRef, _agentvault_identity_v1_DirectoryCard, _agentvault_identity_v1_AgentCardHriRef__Output, _agentvault_identity_v1_DirectoryCard__Output>
  GetBundle: MethodDefinition<_agentvault_identity_v1_BundleRef, _agentvault_identity_v1_Bundle, _agentvault_identity_v1_BundleRef__Output, _agentvault_identity_v1_Bundle__Output>
  GetDeveloper: MethodDefinition<_agentvault_identity_v1_DeveloperRef, _agentvault_identity_v1_Developer, _agentvault_identity_v1_DeveloperRef__Output, _agentvault_identity_v1_Developer__Output>
  GetJwks: MethodDefinition<_agentvault_identity_v1_Empty, _agentvault_identity_v1_JwksResponse, _agentvault_identity_v1_Empty__Output, _agentvault_identity_v1_JwksResponse__Output>
  GetOrganization: MethodDefinition<_agentvault_identity_v1_OrganizationRef, _agentvault_identity_v1_Organization, _agentvault_identity_v1_OrganizationRef__Output, _agentvault_identity_v1_Organization__Output>
  GetSelfAgent: MethodDefinition<_agentvault_identity_v1_SelfAgentRef, _agentvault_identity_v1_SelfAgent, _agentvault_identity_v1_SelfAgentRef__Output, _agentvault_identity_v1_SelfAgent__Output>
  GetSelfAgentPaymentAddress: MethodDefinition<_agentvault_identity_v1_SelfAgentRef, _agentvault_identity_v1_SelfAgentPaymentAddress, _agentvault_identity_v1_SelfAgentRef__Output, _agentvault_identity_v1_SelfAgentPaymentAddress__Output>
  GetTeam: MethodDefinition<_agentvault_identity_v1_TeamRef, _agentvault_identity_v1_Team, _agentvault_identity_v1_TeamRef__Output, _agentvault_identity_v1_Team__Output>
  IsTokenRevoked: MethodDefinition<_agentvault_identity_v1_IsTokenRevokedRequest, _agentvault_identity_v1_IsTokenRevokedResponse, _agentvault_identity_v1_IsTokenRevokedRequest__Output, _agentvault_identity_v1_IsTokenRevokedResponse__Output>
  IssueAgentToken: MethodDefinition<_agentvault_identity_v1_IssueAgentTokenRequest, _agentvault_identity_v1_TokenResponse, _agentvault_identity_v1_IssueAgentTokenRequest__Output, _agentvault_identity_v1_TokenResponse__Output>
  ListAgentCards: MethodDefinition<_agentvault_identity_v1_ListAgentCardsRequest, _agentvault_identity_v1_DirectoryCardPage, _agentvault_identity_v1_ListAgentCardsRequest__Output, _agentvault_identity_v1_DirectoryCardPage__Output>
  ListApiKeys: MethodDefinition<_agentvault_identity_v1_DeveloperRef, _agentvault_identity_v1_ApiKeyList, _agentvault_identity_v1_DeveloperRef__Output, _agentvault_identity_v1_ApiKeyList__Output>
  ListBundles: MethodDefinition<_agentvault_identity_v1_OrganizationRef, _agentvault_identity_v1_BundleList, _agentvault_identity_v1_OrganizationRef__Output, _agentvault_identity_v1_BundleList__Output>
  ListDeveloperAgents: MethodDefinition<_agentvault_identity_v1_ListDeveloperAgentsRequest, _agentvault_identity_v1_AgentPage, _agentvault_identity_v1_ListDeveloperAgentsRequest__Output, _agentvault_identity_v1_AgentPage__Output>
  ListMyOrganizations: MethodDefinition<_agentvault_identity_v1_DeveloperRef, _agentvault_identity_v1_OrganizationList, _agentvault_identity_v1_DeveloperRef__Output, _agentvault_identity_v1_OrganizationList__Output>
  ListOrganizationAgents: MethodDefinition<_agentvault_identity_v1_OrganizationRef, _agentvault_identity_v1_OrganizationAgentList, _agentvault_identity_v1_OrganizationRef__Output, _agentvault_identity_v1_OrganizationAgentList__Output>
  ListOrganizationApiKeys: MethodDefinition<_agentvault_identity_v1_OrganizationRef, _agentvault_identity_v1_OrganizationApiKeyList, _agentvault_identity_v1_OrganizationRef__Output, _agentvault_identity_v1_OrganizationApiKeyList__Output>
  ListOrganizationMembers: MethodDefinition<_agentvault_identity_v1_OrganizationRef, _agentvault_identity_v1_OrganizationMemberList, _agentvault_identity_v1_OrganizationRef__Output, _agentvault_identity_v1_OrganizationMemberList__Output>
  ListTeams: MethodDefinition<_agentvault_identity_v1_ListTeamsRequest, _agentvault_identity_v1_TeamList, _agentvault_identity_v1_ListTeamsRequest__Output, _agentvault_identity_v1_TeamList__Output>
  ListTemplates: MethodDefinition<_agentvault_identity_v1_Empty, _agentvault_identity_v1_TemplateCatalogue, _agentvault_identity_v1_Empty__Output, _agentvault_identity_v1_TemplateCatalogue__Output>
  Login: MethodDefinition<_agentvault_identity_v1_LoginRequest, _agentvault_identity_v1_TokenResponse, _agentvault_identity_v1_LoginRequest__Output, _agentvault_identity_v1_TokenResponse__Output>
  RecoverAccount: MethodDefinition<_agentvault_identity_v1_RecoverAccountRequest, _agentvault_identity_v1_TokenResponse, _agentvault_identity_v1_RecoverAccountRequest__Output, _agentvault_identity_v1_TokenResponse__Output>
  RegisterDeveloper: MethodDefinition<_agentvault_identity_v1_RegisterDeveloperRequest, _agentvault_identity_v1_RegisterDeveloperResponse, _agentvault_identity_v1_RegisterDeveloperRequest__Output, _agentvault_identity_v1_RegisterDeveloperResponse__Output>
  RegisterSelfAgent: MethodDefinition<_agentvault_identity_v1_RegisterSelfAgentRequest, _agentvault_identity_v1_RegisterSelfAgentResponse, _agentvault_identity_v1_RegisterSelfAgentRequest__Output, _agentvault_identity_v1_RegisterSelfAgentResponse__Output>
  RemoveOrganizationAgent: MethodDefinition<_agentvault_identity_v1_OrganizationAgentRequest, _agentvault_identity_v1_Empty, _agentvault_identity_v1_OrganizationAgentRequest__Output, _agentvault_identity_v1_Empty__Output>
  RemoveOrganizationMember: MethodDefinition<_agentvault_identity_v1_OrganizationMemberRef, _agentvault_identity_v1_Empty, _agentvault_identity_v1_OrganizationMemberRef__Output, _agentvault_identity_v1_Empty__Output>
  RemoveQualityGate: MethodDefinition<_agentvault_identity_v1_TeamItemRef, _agentvault_identity_v1_Empty, _agentvault_identity_v1_TeamItemRef__Output, _agentvault_identity_v1_Empty__Output>
  RemoveRoutingRule: MethodDefinition<_agentvault_identity_v1_TeamItemRef, _agentvault_identity_v1_Empty, _agentvault_identity_v1_TeamItemRef__Output, _agentvault_identity_v1_Empty__Output>
  RemoveTeamMember: MethodDefinition<_agentvault_identity_v1_TeamMemberRef, _agentvault_identity_v1_Empty, _agentvault_identity_v1_TeamMemberRef__Output, _agentvault_identity_v1_Empty__Output>
  RequestBootstrapToken: MethodDefinition<_agentvault_identity_v1_RequestBootstrapTokenRequest, _agentvault_identity_v1_BootstrapTokenResponse, _agentvault_identity_v1_RequestBootstrapTokenRequest__Output, _agentvault_identity_v1_BootstrapTokenResponse__Output>
  RestoreBundle: MethodDefinition<_agentvault_identity_v1_RestoreBundleRequest, _agentvault_identity_v1_BundleRestore, _agentvault_identity_v1_RestoreBundleRequest__Output, _agentvault_identity_v1_BundleRestore__Output>
  RevokeApiKey: MethodDefinition<_agentvault_identity_v1_RevokeApiKeyRequest, _agentvault_identity_v1_Empty, _agentvault_identity_v1_RevokeApiKeyRequest__Output, _agentvault_identity_v1_Empty__Output>
  RevokeToken: MethodDefinition<_agentvault_identity_v1_RevokeTokenRequest, _agentvault_identity_v1_Empty, _agentvault_identity_v1_RevokeTokenRequest__Output, _agentvault_identity_v1_Empty__Output>
  RouteTeamTask: MethodDefinition<_agentvault_identity_v1_RouteTeamTaskRequest, _agentvault_identity_v1_RouteTeamTaskResponse, _agentvault_identity_v1_RouteTeamTaskRequest__Output, _agentvault_identity_v1_RouteTeamTaskResponse__Output>
  SearchAgents: MethodDefinition<_agentvault_identity_v1_SearchAgentsRequest, _agentvault_identity_v1_AgentPage, _agentvault_identity_v1_SearchAgentsRequest__Output, _agentvault_identity_v1_AgentPage__Output>
  SendVerificationEmail: MethodDefinition<_agentvault_identity_v1_DeveloperRef, _agentvault_identity_v1_VerificationEmailStatus, _agentvault_identity_v1_DeveloperRef__Output, _agentvault_identity_v1_VerificationEmailStatus__Output>
  SetDeveloperRole: MethodDefinition<_agentvault_identity_v1_SetDeveloperRoleRequest, _agentvault_identity_v1_Developer, _agentvault_identity_v1_SetDeveloperRoleRequest__Output, _agentvault_identity_v1_Developer__Output>
  SetNewPassword: MethodDefinition<_agentvault_identity_v1_SetNewPasswordRequest, _agentvault_identity_v1_MessageResponse, _agentvault_identity_v1_SetNewPasswordRequest__Output, _agentvault_identity_v1_MessageResponse__Output>
  SetupTotp: MethodDefinition<_agentvault_identity_v1_DeveloperRef, _agentvault_identity_v1_SetupTotpResponse, _agentvault_identity_v1_DeveloperRef__Output, _agentvault_identity_v1_SetupTotpResponse__Output>
  SubmitAgentCard: MethodDefinition<_agentvault_identity_v1_SubmitAgentCardRequest, _agentvault_identity_v1_DirectoryCard, _agentvault_identity_v1_SubmitAgentCardRequest__Output, _agentvault_identity_v1_DirectoryCard__Output>
  UpdateAgentCard: MethodDefinition<_agentvault_identity_v1_UpdateAgentCardRequest, _agentvault_identity_v1_DirectoryCard, _agentvault_identity_v1_UpdateAgentCardRequest__Output, _agentvault_identity_v1_DirectoryCard__Output>
  UpdateOrganization: MethodDefinition<_agentvault_identity_v1_UpdateOrganizationRequest, _agentvault_identity_v1_Organization, _agentvault_identity_v1_UpdateOrganizationRequest__Output, _agentvault_identity_v1_Organization__Output>
  UpdateSelfAgent: MethodDefinition<_agentvault_identity_v1_UpdateSelfAgentRequest, _agentvault_identity_v1_SelfAgent, _agentvault_identity_v1_UpdateSelfAgentRequest__Output, _agentvault_identity_v1_SelfAgent__Output>
  UpdateTeam: MethodDefinition<_agentvault_identity_v1_UpdateTeamRequest, _agentvault_identity_v1_Team, _agentvault_identity_v1_UpdateTeamRequest__Output, _agentvault_identity_v1_Team__Output>
  ValidateAgentCard: MethodDefinition<_agentvault_identity_v1_ValidateAgentCardRequest, _agentvault_identity_v1_ValidateAgentCardResponse, _agentvault_identity_v1_ValidateAgentCardRequest__Output, _agentvault_identity_v1_ValidateAgentCardResponse__Output>
  VerifyEmail: MethodDefinition<_agentvault_identity_v1_VerifyEmailRequest, _agentvault_identity_v1_VerifyEmailResponse, _agentvault_identity_v1_VerifyEmailRequest__Output, _agentvault_identity_v1_VerifyEmailResponse__Output>
}
