import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { A2aAgentCardResponse as _agentvault_identity_v1_A2aAgentCardResponse, A2aAgentCardResponse__Output as _agentvault_identity_v1_A2aAgentCardResponse__Output } from './agentvault/identity/v1/A2aAgentCardResponse.js';
import type { AddOrganizationMemberRequest as _agentvault_identity_v1_AddOrganizationMemberRequest, AddOrganizationMemberRequest__Output as _agentvault_identity_v1_AddOrganizationMemberRequest__Output } from './agentvault/identity/v1/AddOrganizationMemberRequest.js';
import type { AddQualityGateRequest as _agentvault_identity_v1_AddQualityGateRequest, AddQualityGateRequest__Output as _agentvault_identity_v1_AddQualityGateRequest__Output } from './agentvault/identity/v1/AddQualityGateRequest.js';
import type { AddRoutingRuleRequest as _agentvault_identity_v1_AddRoutingRuleRequest, AddRoutingRuleRequest__Output as _agentvault_identity_v1_AddRoutingRuleRequest__Output } from './agentvault/identity/v1/AddRoutingRuleRequest.js';
import type { AddTeamMemberRequest as _agentvault_identity_v1_AddTeamMemberRequest, AddTeamMemberRequest__Output as _agentvault_identity_v1_AddTeamMemberRequest__Output } from './agentvault/identity/v1/AddTeamMemberRequest.js';
import type { Agent as _agentvault_identity_v1_Agent, Agent__Output as _agentvault_identity_v1_Agent__Output } from './agentvault/identity/v1/Agent.js';
import type { AgentCard as _agentvault_identity_v1_AgentCard, AgentCard__Output as _agentvault_identity_v1_AgentCard__Output } from './agentvault/identity/v1/AgentCard.js';
import type { AgentCardHriRef as _agentvault_identity_v1_AgentCardHriRef, AgentCardHriRef__Output as _agentvault_identity_v1_AgentCardHriRef__Output } from './agentvault/identity/v1/AgentCardHriRef.js';
import type { AgentCardRef as _agentvault_identity_v1_AgentCardRef, AgentCardRef__Output as _agentvault_identity_v1_AgentCardRef__Output } from './agentvault/identity/v1/AgentCardRef.js';
import type { AgentPage as _agentvault_identity_v1_AgentPage, AgentPage__Output as _agentvault_identity_v1_AgentPage__Output } from './agentvault/identity/v1/AgentPage.js';
import type { ApiKeyInfo as _agentvault_identity_v1_ApiKeyInfo, ApiKeyInfo__Output as _agentvault_identity_v1_ApiKeyInfo__Output } from './agentvault/identity/v1/ApiKeyInfo.js';
import type { ApiKeyList as _agentvault_identity_v1_ApiKeyList, ApiKeyList__Output as _agentvault_identity_v1_ApiKeyList__Output } from './agentvault/identity/v1/ApiKeyList.js';
import type { AreTokensRevokedRequest as _agentvault_identity_v1_AreTokensRevokedRequest, AreTokensRevokedRequest__Output as _agentvault_identity_v1_AreTokensRevokedRequest__Output } from './agentvault/identity/v1/AreTokensRevokedRequest.js';
import type { AreTokensRevokedResponse as _agentvault_identity_v1_AreTokensRevokedResponse, AreTokensRevokedResponse__Output as _agentvault_identity_v1_AreTokensRevokedResponse__Output } from './agentvault/identity/v1/AreTokensRevokedResponse.js';
import type { AuthenticateApiKeyRequest as _agentvault_identity_v1_AuthenticateApiKeyRequest, AuthenticateApiKeyRequest__Output as _agentvault_identity_v1_AuthenticateApiKeyRequest__Output } from './agentvault/identity/v1/AuthenticateApiKeyRequest.js';
import type { AuthenticateSignedRequestRequest as _agentvault_identity_v1_AuthenticateSignedRequestRequest, AuthenticateSignedRequestRequest__Output as _agentvault_identity_v1_AuthenticateSignedRequestRequest__Output } from './agentvault/identity/v1/AuthenticateSignedRequestRequest.js';
import type { BootstrapTokenResponse as _agentvault_identity_v1_BootstrapTokenResponse, BootstrapTokenResponse__Output as _agentvault_identity_v1_BootstrapTokenResponse__Output } from './agentvault/identity/v1/BootstrapTokenResponse.js';
import type { Bundle as _agentvault_identity_v1_Bundle, Bundle__Output as _agentvault_identity_v1_Bundle__Output } from './agentvault/identity/v1/Bundle.js';
import type { BundleIdempotency as _agentvault_identity_v1_BundleIdempotency, BundleIdempotency__Output as _agentvault_identity_v1_BundleIdempotency__Output } from './agentvault/identity/v1/BundleIdempotency.js';
import type { BundleList as _agentvault_identity_v1_BundleList, BundleList__Output as _agentvault_identity_v1_BundleList__Output } from './agentvault/identity/v1/BundleList.js';
import type { BundleRef as _agentvault_identity_v1_BundleRef, BundleRef__Output as _agentvault_identity_v1_BundleRef__Output } from './agentvault/identity/v1/BundleRef.js';
import type { BundleRestore as _agentvault_identity_v1_BundleRestore, BundleRestore__Output as _agentvault_identity_v1_BundleRestore__Output } from './agentvault/identity/v1/BundleRestore.js';
import type { CardFieldError as _agentvault_identity_v1_CardFieldError, CardFieldError__Output as _agentvault_identity_v1_CardFieldError__Output } from './agentvault/identity/v1/CardFieldError.js';
import type { ChangeOrganizationMemberRoleRequest as _agentvault_identity_v1_ChangeOrganizationMemberRoleRequest, ChangeOrganizationMemberRoleRequest__Output as _agentvault_identity_v1_ChangeOrganizationMemberRoleRequest__Output } from './agentvault/identity/v1/ChangeOrganizationMemberRoleRequest.js';
import type { CreateAgentRequest as _agentvault_identity_v1_CreateAgentRequest, CreateAgentRequest__Output as _agentvault_identity_v1_CreateAgentRequest__Output } from './agentvault/identity/v1/CreateAgentRequest.js';
import type { CreateAgentResponse as _agentvault_identity_v1_CreateAgentResponse, CreateAgentResponse__Output as _agentvault_identity_v1_CreateAgentResponse__Output } from './agentvault/identity/v1/CreateAgentResponse.js';
import type { CreateApiKeyRequest as _agentvault_identity_v1_CreateApiKeyRequest, CreateApiKeyRequest__Output as _agentvault_identity_v1_CreateApiKeyRequest__Output } from './agentvault/identity/v1/CreateApiKeyRequest.js';
import type { CreateApiKeyResponse as _agentvault_identity_v1_CreateApiKeyResponse, CreateApiKeyResponse__Output as _agentvault_identity_v1_CreateApiKeyResponse__Output } from './agentvault/identity/v1/CreateApiKeyResponse.js';
import type { CreateBundleRequest as _agentvault_identity_v1_CreateBundleRequest, CreateBundleRequest__Output as _agentvault_identity_v1_CreateBundleRequest__Output } from './agentvault/identity/v1/CreateBundleRequest.js';
import type { CreateOrganizationApiKeyRequest as _agentvault_identity_v1_CreateOrganizationApiKeyRequest, CreateOrganizationApiKeyRequest__Output as _agentvault_identity_v1_CreateOrganizationApiKeyRequest__Output } from './agentvault/identity/v1/CreateOrganizationApiKeyRequest.js';
import type { CreateOrganizationRequest as _agentvault_identity_v1_CreateOrganizationRequest, CreateOrganizationRequest__Output as _agentvault_identity_v1_CreateOrganizationRequest__Output } from './agentvault/identity/v1/CreateOrganizationRequest.js';
import type { CreateTeamRequest as _agentvault_identity_v1_CreateTeamRequest, CreateTeamRequest__Output as _agentvault_identity_v1_CreateTeamRequest__Output } from './agentvault/identity/v1/CreateTeamRequest.js';
import type { DeactivateAgentCardRequest as _agentvault_identity_v1_DeactivateAgentCardRequest, DeactivateAgentCardRequest__Output as _agentvault_identity_v1_DeactivateAgentCardRequest__Output } from './agentvault/identity/v1/DeactivateAgentCardRequest.js';
import type { Developer as _agentvault_identity_v1_Developer, Developer__Output as _agentvault_identity_v1_Developer__Output } from './agentvault/identity/v1/Developer.js';
import type { DeveloperAgentCount as _agentvault_identity_v1_DeveloperAgentCount, DeveloperAgentCount__Output as _agentvault_identity_v1_DeveloperAgentCount__Output } from './agentvault/identity/v1/DeveloperAgentCount.js';
import type { DeveloperRef as _agentvault_identity_v1_DeveloperRef, DeveloperRef__Output as _agentvault_identity_v1_DeveloperRef__Output } from './agentvault/identity/v1/DeveloperRef.js';
import type { DirectoryCard as _agentvault_identity_v1_DirectoryCard, DirectoryCard__Output as _agentvault_identity_v1_DirectoryCard__Output } from './agentvault/identity/v1/DirectoryCard.js';
import type { DirectoryCardPage as _agentvault_identity_v1_DirectoryCardPage, DirectoryCardPage__Output as _agentvault_identity_v1_DirectoryCardPage__Output } from './agentvault/identity/v1/DirectoryCardPage.js';
import type { Empty as _agentvault_identity_v1_Empty, Empty__Output as _agentvault_identity_v1_Empty__Output } from './agentvault/identity/v1/Empty.js';
import type { ExcludedMember as _agentvault_identity_v1_ExcludedMember, ExcludedMember__Output as _agentvault_identity_v1_ExcludedMember__Output } from './agentvault/identity/v1/ExcludedMember.js';
import type { GateCheck as _agentvault_identity_v1_GateCheck, GateCheck__Output as _agentvault_identity_v1_GateCheck__Output } from './agentvault/identity/v1/GateCheck.js';
import type { GetAgentRequest as _agentvault_identity_v1_GetAgentRequest, GetAgentRequest__Output as _agentvault_identity_v1_GetAgentRequest__Output } from './agentvault/identity/v1/GetAgentRequest.js';
import type { IdentityServiceClient as _agentvault_identity_v1_IdentityServiceClient, IdentityServiceDefinition as _agentvault_identity_v1_IdentityServiceDefinition } from './agentvault/identity/v1/IdentityService.js';
import type { IsTokenRevokedRequest as _agentvault_identity_v1_IsTokenRevokedRequest, IsTokenRevokedRequest__Output as _agentvault_identity_v1_IsTokenRevokedRequest__Output } from './agentvault/identity/v1/IsTokenRevokedRequest.js';
import type { IsTokenRevokedResponse as _agentvault_identity_v1_IsTokenRevokedResponse, IsTokenRevokedResponse__Output as _agentvault_identity_v1_IsTokenRevokedResponse__Output } from './agentvault/identity/v1/IsTokenRevokedResponse.js';
import type { IssueAgentTokenRequest as _agentvault_identity_v1_IssueAgentTokenRequest, IssueAgentTokenRequest__Output as _agentvault_identity_v1_IssueAgentTokenRequest__Output } from './agentvault/identity/v1/IssueAgentTokenRequest.js';
import type { JwksResponse as _agentvault_identity_v1_JwksResponse, JwksResponse__Output as _agentvault_identity_v1_JwksResponse__Output } from './agentvault/identity/v1/JwksResponse.js';
import type { ListAgentCardsRequest as _agentvault_identity_v1_ListAgentCardsRequest, ListAgentCardsRequest__Output as _agentvault_identity_v1_ListAgentCardsRequest__Output } from './agentvault/identity/v1/ListAgentCardsRequest.js';
import type { ListDeveloperAgentsRequest as _agentvault_identity_v1_ListDeveloperAgentsRequest, ListDeveloperAgentsRequest__Output as _agentvault_identity_v1_ListDeveloperAgentsRequest__Output } from './agentvault/identity/v1/ListDeveloperAgentsRequest.js';
import type { ListTeamsRequest as _agentvault_identity_v1_ListTeamsRequest, ListTeamsRequest__Output as _agentvault_identity_v1_ListTeamsRequest__Output } from './agentvault/identity/v1/ListTeamsRequest.js';
import type { LoginRequest as _agentvault_identity_v1_LoginRequest, LoginRequest__Output as _agentvault_identity_v1_LoginRequest__Output } from './agentvault/identity/v1/LoginRequest.js';
import type { MessageResponse as _agentvault_identity_v1_MessageResponse, MessageResponse__Output as _agentvault_identity_v1_MessageResponse__Output } from './agentvault/identity/v1/MessageResponse.js';
import type { Organization as _agentvault_identity_v1_Organization, Organization__Output as _agentvault_identity_v1_Organization__Output } from './agentvault/identity/v1/Organization.js';
import type { OrganizationAgent as _agentvault_identity_v1_OrganizationAgent, OrganizationAgent__Output as _agentvault_identity_v1_OrganizationAgent__Output } from './agentvault/identity/v1/OrganizationAgent.js';
import type { OrganizationAgentList as _agentvault_identity_v1_OrganizationAgentList, OrganizationAgentList__Output as _agentvault_identity_v1_OrganizationAgentList__Output } from './agentvault/identity/v1/OrganizationAgentList.js';
import type { OrganizationAgentRequest as _agentvault_identity_v1_OrganizationAgentRequest, OrganizationAgentRequest__Output as _agentvault_identity_v1_OrganizationAgentRequest__Output } from './agentvault/identity/v1/OrganizationAgentRequest.js';
import type { OrganizationApiKey as _agentvault_identity_v1_OrganizationApiKey, OrganizationApiKey__Output as _agentvault_identity_v1_OrganizationApiKey__Output } from './agentvault/identity/v1/OrganizationApiKey.js';
import type { OrganizationApiKeyCreated as _agentvault_identity_v1_OrganizationApiKeyCreated, OrganizationApiKeyCreated__Output as _agentvault_identity_v1_OrganizationApiKeyCreated__Output } from './agentvault/identity/v1/OrganizationApiKeyCreated.js';
import type { OrganizationApiKeyList as _agentvault_identity_v1_OrganizationApiKeyList, OrganizationApiKeyList__Output as _agentvault_identity_v1_OrganizationApiKeyList__Output } from './agentvault/identity/v1/OrganizationApiKeyList.js';
import type { OrganizationList as _agentvault_identity_v1_OrganizationList, OrganizationList__Output as _agentvault_identity_v1_OrganizationList__Output } from './agentvault/identity/v1/OrganizationList.js';
import type { OrganizationMember as _agentvault_identity_v1_OrganizationMember, OrganizationMember__Output as _agentvault_identity_v1_OrganizationMember__Output } from './agentvault/identity/v1/OrganizationMember.js';
import type { OrganizationMemberList as _agentvault_identity_v1_OrganizationMemberList, OrganizationMemberList__Output as _agentvault_identity_v1_OrganizationMemberList__Output } from './agentvault/identity/v1/OrganizationMemberList.js';
import type { OrganizationMemberRef as _agentvault_identity_v1_OrganizationMemberRef, OrganizationMemberRef__Output as _agentvault_identity_v1_OrganizationMemberRef__Output } from './agentvault/identity/v1/OrganizationMemberRef.js';
import type { OrganizationQuotas as _agentvault_identity_v1_OrganizationQuotas, OrganizationQuotas__Output as _agentvault_identity_v1_OrganizationQuotas__Output } from './agentvault/identity/v1/OrganizationQuotas.js';
import type { OrganizationRef as _agentvault_identity_v1_OrganizationRef, OrganizationRef__Output as _agentvault_identity_v1_OrganizationRef__Output } from './agentvault/identity/v1/OrganizationRef.js';
import type { Principal as _agentvault_identity_v1_Principal, Principal__Output as _agentvault_identity_v1_Principal__Output } from './agentvault/identity/v1/Principal.js';
import type { QualityGate as _agentvault_identity_v1_QualityGate, QualityGate__Output as _agentvault_identity_v1_QualityGate__Output } from './agentvault/identity/v1/QualityGate.js';
import type { RecoverAccountRequest as _agentvault_identity_v1_RecoverAccountRequest, RecoverAccountRequest__Output as _agentvault_identity_v1_RecoverAccountRequest__Output } from './agentvault/identity/v1/RecoverAccountRequest.js';
import type { RegisterDeveloperRequest as _agentvault_identity_v1_RegisterDeveloperRequest, RegisterDeveloperRequest__Output as _agentvault_identity_v1_RegisterDeveloperRequest__Output } from './agentvault/identity/v1/RegisterDeveloperRequest.js';
import type { RegisterDeveloperResponse as _agentvault_identity_v1_RegisterDeveloperResponse, RegisterDeveloperResponse__Output as _agentvault_identity_v1_RegisterDeveloperResponse__Output } from './agentvault/identity/v1/RegisterDeveloperResponse.js';
import type { RegisterSelfAgentRequest as _agentvault_identity_v1_RegisterSelfAgentRequest, RegisterSelfAgentRequest__Output as _agentvault_identity_v1_RegisterSelfAgentRequest__Output } from './agentvault/identity/v1/RegisterSelfAgentRequest.js';
import type { RegisterSelfAgentResponse as _agentvault_identity_v1_RegisterSelfAgentResponse, RegisterSelfAgentResponse__Output as _agentvault_identity_v1_RegisterSelfAgentResponse__Output } from './agentvault/identity/v1/RegisterSelfAgentResponse.js';
import type { RequestBootstrapTokenRequest as _agentvault_identity_v1_RequestBootstrapTokenRequest, RequestBootstrapTokenRequest__Output as _agentvault_identity_v1_RequestBootstrapTokenRequest__Output } from './agentvault/identity/v1/RequestBootstrapTokenRequest.js';
import type { RestoreBundleRequest as _agentvault_identity_v1_RestoreBundleRequest, RestoreBundleRequest__Output as _agentvault_identity_v1_RestoreBundleRequest__Output } from './agentvault/identity/v1/RestoreBundleRequest.js';
import type { RevokeApiKeyRequest as _agentvault_identity_v1_RevokeApiKeyRequest, RevokeApiKeyRequest__Output as _agentvault_identity_v1_RevokeApiKeyRequest__Output } from './agentvault/identity/v1/RevokeApiKeyRequest.js';
import type { RevokeTokenRequest as _agentvault_identity_v1_RevokeTokenRequest, RevokeTokenRequest__Output as _agentvault_identity_v1_RevokeTokenRequest__Output } from './agentvault/identity/v1/RevokeTokenRequest.js';
import type { RouteTeamTaskRequest as _agentvault_identity_v1_RouteTeamTaskRequest, RouteTeamTaskRequest__Output as _agentvault_identity_v1_RouteTeamTaskRequest__Output } from './agentvault/identity/v1/RouteTeamTaskRequest.js';
import type { RouteTeamTaskResponse as _agentvault_identity_v1_RouteTeamTaskResponse, RouteTeamTaskResponse__Output as _agentvault_identity_v1_RouteTeamTaskResponse__Output } from './agentvault/identity/v1/RouteTeamTaskResponse.js';
import type { RoutingRule as _agentvault_identity_v1_RoutingRule, RoutingRule__Output as _agentvault_identity_v1_RoutingRule__Output } from './agentvault/identity/v1/RoutingRule.js';
import type { SearchAgentsRequest as _agentvault_identity_v1_SearchAgentsRequest, SearchAgentsRequest__Output as _agentvault_identity_v1_SearchAgentsRequest__Output } from './agentvault/identity/v1/SearchAgentsRequest.js';
import type { SelfAgent as _agentvault_identity_v1_SelfAgent, SelfAgent__Output as _agentvault_identity_v1_SelfAgent__Output } from './agentvault/identity/v1/SelfAgent.js';
import type { SelfAgentChangeRef as _agentvault_identity_v1_SelfAgentChangeRef, SelfAgentChangeRef__Output as _agentvault_identity_v1_SelfAgentChangeRef__Output } from './agentvault/identity/v1/SelfAgentChangeRef.js';
import type { SelfAgentPaymentAddress as _agentvault_identity_v1_SelfAgentPaymentAddress, SelfAgentPaymentAddress__Output as _agentvault_identity_v1_SelfAgentPaymentAddress__Output } from './agentvault/identity/v1/SelfAgentPaymentAddress.js';
import type { SelfAgentRef as _agentvault_identity_v1_SelfAgentRef, SelfAgentRef__Output as _agentvault_identity_v1_SelfAgentRef__Output } from './agentvault/identity/v1/SelfAgentRef.js';
import type { ServiceTemplate as _agentvault_identity_v1_ServiceTemplate, ServiceTemplate__Output as _agentvault_identity_v1_ServiceTemplate__Output } from './agentvault/identity/v1/ServiceTemplate.js';
import type { SetDeveloperRoleRequest as _agentvault_identity_v1_SetDeveloperRoleRequest, SetDeveloperRoleRequest__Output as _agentvault_identity_v1_SetDeveloperRoleRequest__Output } from './agentvault/identity/v1/SetDeveloperRoleRequest.js';
import type { SetNewPasswordRequest as _agentvault_identity_v1_SetNewPasswordRequest, SetNewPasswordRequest__Output as _agentvault_identity_v1_SetNewPasswordRequest__Output } from './agentvault/identity/v1/SetNewPasswordRequest.js';
import type { SetupTotpResponse as _agentvault_identity_v1_SetupTotpResponse, SetupTotpResponse__Output as _agentvault_identity_v1_SetupTotpResponse__Output } from './agentvault/identity/v1/SetupTotpResponse.js';
import type { SubmitAgentCardRequest as _agentvault_identity_v1_SubmitAgentCardRequest, SubmitAgentCardRequest__Output as _agentvault_identity_v1_SubmitAgentCardRequest__Output } from './agentvault/identity/v1/SubmitAgentCardRequest.js';
import type { Team as _agentvault_identity_v1_Team, Team__Output as _agentvault_identity_v1_Team__Output } from './agentvault/identity/v1/Team.js';
import type { TeamItemRef as _agentvault_identity_v1_TeamItemRef, TeamItemRef__Output as _agentvault_identity_v1_TeamItemRef__Output } from './agentvault/identity/v1/TeamItemRef.js';
import type { TeamList as _agentvault_identity_v1_TeamList, TeamList__Output as _agentvault_identity_v1_TeamList__Output } from './agentvault/identity/v1/TeamList.js';
import type { TeamMember as _agentvault_identity_v1_TeamMember, TeamMember__Output as _agentvault_identity_v1_TeamMember__Output } from './agentvault/identity/v1/TeamMember.js';
import type { TeamMemberRef as _agentvault_identity_v1_TeamMemberRef, TeamMemberRef__Output as _agentvault_identity_v1_TeamMemberRef__Output } from './agentvault/identity/v1/TeamMemberRef.js';
import type { TeamRef as _agentvault_identity_v1_TeamRef, TeamRef__Output as _agentvault_identity_v1_TeamRef__Output } from './agentvault/identity/v1/TeamRef.js';
import type { TeamTemplate as _agentvault_identity_v1_TeamTemplate, TeamTemplate__Output as _agentvault_identity_v1_TeamTemplate__Output } from './agentvault/identity/v1/TeamTemplate.js';
import type { TemplateCatalogue as _agentvault_identity_v1_TemplateCatalogue, TemplateCatalogue__Output as _agentvault_identity_v1_TemplateCatalogue__Output } from './agentvault/identity/v1/TemplateCatalogue.js';
import type { TemplateGate as _agentvault_identity_v1_TemplateGate, TemplateGate__Output as _agentvault_identity_v1_TemplateGate__Output } from './agentvault/identity/v1/TemplateGate.js';
import type { TokenResponse as _agentvault_identity_v1_TokenResponse, TokenResponse__Output as _agentvault_identity_v1_TokenResponse__Output } from './agentvault/identity/v1/TokenResponse.js';
import type { TotpCodeRequest as _agentvault_identity_v1_TotpCodeRequest, TotpCodeRequest__Output as _agentvault_identity_v1_TotpCodeRequest__Output } from './agentvault/identity/v1/TotpCodeRequest.js';
import type { TotpStatus as _agentvault_identity_v1_TotpStatus, TotpStatus__Output as _agentvault_identity_v1_TotpStatus__Output } from './agentvault/identity/v1/TotpStatus.js';
import type { UpdateAgentCardRequest as _agentvault_identity_v1_UpdateAgentCardRequest, UpdateAgentCardRequest__Output as _agentvault_identity_v1_UpdateAgentCardRequest__Output } from './agentvault/identity/v1/UpdateAgentCardRequest.js';
import type { UpdateOrganizationRequest as _agentvault_identity_v1_UpdateOrganizationRequest, UpdateOrganizationRequest__Output as _agentvault_identity_v1_UpdateOrganizationRequest__Output } from './agentvault/identity/v1/UpdateOrganizationRequest.js';
import type { UpdateSelfAgentRequest as _agentvault_identity_v1_UpdateSelfAgentRequest, UpdateSelfAgentRequest__Output as _agentvault_identity_v1_UpdateSelfAgentRequest__Output } from './agentvault/identity/v1/UpdateSelfAgentRequest.js';
import type { UpdateTeamRequest as _agentvault_identity_v1_UpdateTeamRequest, UpdateTeamRequest__Output as _agentvault_identity_v1_UpdateTeamRequest__Output } from './agentvault/identity/v1/UpdateTeamRequest.js';
import type { ValidateAgentCardRequest as _agentvault_identity_v1_ValidateAgentCardRequest, ValidateAgentCardRequest__Output as _agentvault_identity_v1_ValidateAgentCardRequest__Output } from './agentvault/identity/v1/ValidateAgentCardRequest.js';
import type { ValidateAgentCardResponse as _agentvault_identity_v1_ValidateAgentCardResponse, ValidateAgentCardResponse__Output as _agentvault_identity_v1_ValidateAgentCardResponse__Output } from './agentvault/identity/v1/ValidateAgentCardResponse.js';
import type { VerificationEmailStatus as _agentvault_identity_v1_VerificationEmailStatus, VerificationEmailStatus__Output as _agentvault_identity_v1_VerificationEmailStatus__Output } from './agentvault/identity/v1/VerificationEmailStatus.js';
import type { VerifyEmailRequest as _agentvault_identity_v1_VerifyEmailRequest, VerifyEmailRequest__Output as _agentvault_identity_v1_VerifyEmailRequest__Output } from './agentvault/identity/v1/VerifyEmailRequest.js';
import type { VerifyEmailResponse as _agentvault_identity_v1_VerifyEmailResponse, VerifyEmailResponse__Output as _agentvault_identity_v1_VerifyEmailResponse__Output } from './agentvault/identity/v1/VerifyEmailResponse.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  agentvault: {
    identity: {
      v1: {
        A2aAgentCardResponse: MessageTypeDefinition<_agentvault_identity_v1_A2aAgentCardResponse, _agentvault_identity_v1_A2aAgentCardResponse__Output>
        AddOrganizationMemberRequest: MessageTypeDefinition<_agentvault_identity_v1_AddOrganizationMemberRequest, _agentvault_identity_v1_AddOrganizationMemberRequest__Output>
        AddQualityGateRequest: MessageTypeDefinition<_agentvault_identity_v1_AddQualityGateRequest, _agentvault_identity_v1_AddQualityGateRequest__Output>
        AddRoutingRuleRequest: MessageTypeDefinition<_agentvault_identity_v1_AddRoutingRuleRequest, _agentvault_identity_v1_AddRoutingRuleRequest__Output>
        AddTeamMemberRequest: MessageTypeDefinition<_agentvault_identity_v1_AddTeamMemberRequest, _agentvault_identity_v1_AddTeamMemberRequest__Output>
        Agent: MessageTypeDefinition<_agentvault_identity_v1_Agent, _agentvault_identity_v1_Agent__Output>
        AgentCard: MessageTypeDefinition<_agentvault_identity_v1_AgentCard, _agentvault_identity_v1_AgentCard__Output>
        AgentCardHriRef: MessageTypeDefinition<_agentvault_identity_v1_AgentCardHriRef, _agentvault_identity_v1_AgentCardHriRef__Output>
        AgentCardRef: MessageTypeDefinition<_agentvault_identity_v1_AgentCardRef, _agentvault_identity_v1_AgentCardRef__Output>
        AgentPage: MessageTypeDefinition<_agentvault_identity_v1_AgentPage, _agentvault_identity_v1_AgentPage__Output>
        ApiKeyInfo: MessageTypeDefinition<_agentvault_identity_v1_ApiKeyInfo, _agentvault_identity_v1_ApiKeyInfo__Output>
        ApiKeyList: MessageTypeDefinition<_agentvault_identity_v1_ApiKeyList, _agentvault_identity_v1_ApiKeyList__Output>
        AreTokensRevokedRequest: MessageTypeDefinition<_agentvault_identity_v1_AreTokensRevokedRequest, _agentvault_identity_v1_AreTokensRevokedRequest__Output>
        AreTokensRevokedResponse: MessageTypeDefinition<_agentvault_identity_v1_AreTokensRevokedResponse, _agentvault_identity_v1_AreTokensRevokedResponse__Output>
        AuthenticateApiKeyRequest: MessageTypeDefinition<_agentvault_identity_v1_AuthenticateApiKeyRequest, _agentvault_identity_v1_AuthenticateApiKeyRequest__Output>
        AuthenticateSignedRequestRequest: MessageTypeDefinition<_agentvault_identity_v1_AuthenticateSignedRequestRequest, _agentvault_identity_v1_AuthenticateSignedRequestRequest__Output>
        BootstrapTokenResponse: MessageTypeDefinition<_agentvault_identity_v1_BootstrapTokenResponse, _agentvault_identity_v1_BootstrapTokenResponse__Output>
        Bundle: MessageTypeDefinition<_agentvault_identity_v1_Bundle, _agentvault_identity_v1_Bundle__Output>
        BundleIdempotency: MessageTypeDefinition<_agentvault_identity_v1_BundleIdempotency, _agentvault_identity_v1_BundleIdempotency__Output>
        BundleList: MessageTypeDefinition<_agentvault_identity_v1_BundleList, _agentvault_identity_v1_BundleList__Output>
        BundleRef: MessageTypeDefinition<_agentvault_identity_v1_BundleRef, _agentvault_identity_v1_BundleRef__Output>
        BundleRestore: MessageTypeDefinition<_agentvault_identity_v1_BundleRestore, _agentvault_identity_v1_BundleRestore__Output>
        CardFieldError: MessageTypeDefinition<_agentvault_identity_v1_CardFieldError, _agentvault_identity_v1_CardFieldError__Output>
        ChangeOrganizationMemberRoleRequest: MessageTypeDefinition<_agentvault_identity_v1_ChangeOrganizationMemberRoleRequest, _agentvault_identity_v1_ChangeOrganizationMemberRoleRequest__Output>
        CreateAgentRequest: MessageTypeDefinition<_agentvault_identity_v1_CreateAgentRequest, _agentvault_identity_v1_CreateAgentRequest__Output>
        CreateAgentResponse: MessageTypeDefinition<_agentvault_identity_v1_CreateAgentResponse, _agentvault_identity_v1_CreateAgentResponse__Output>
        CreateApiKeyRequest: MessageTypeDefinition<_agentvault_identity_v1_CreateApiKeyRequest, _agentvault_identity_v1_CreateApiKeyRequest__Output>
        CreateApiKeyResponse: MessageTypeDefinition<_agentvault_identity_v1_CreateApiKeyResponse, _agentvault_identity_v1_CreateApiKeyResponse__Output>
        CreateBundleRequest: MessageTypeDefinition<_agentvault_identity_v1_CreateBundleRequest, _agentvault_identity_v1_CreateBundleRequest__Output>
        CreateOrganizationApiKeyRequest: MessageTypeDefinition<_agentvault_identity_v1_CreateOrganizationApiKeyRequest, _agentvault_identity_v1_CreateOrganizationApiKeyRequest__Output>
        CreateOrganizationRequest: MessageTypeDefinition<_agentvault_identity_v1_CreateOrganizationRequest, _agentvault_identity_v1_CreateOrganizationRequest__Output>
        CreateTeamRequest: MessageTypeDefinition<_agentvault_identity_v1_CreateTeamRequest, _agentvault_identity_v1_CreateTeamRequest__Output>
        DeactivateAgentCardRequest: MessageTypeDefinition<_agentvault_identity_v1_DeactivateAgentCardRequest, _agentvault_identity_v1_DeactivateAgentCardRequest__Output>
        Developer: MessageTypeDefinition<_agentvault_identity_v1_Developer, _agentvault_identity_v1_Developer__Output>
        DeveloperAgentCount: MessageTypeDefinition<_agentvault_identity_v1_DeveloperAgentCount, _agentvault_identity_v1_DeveloperAgentCount__Output>
        DeveloperRef: MessageTypeDefinition<_agentvault_identity_v1_DeveloperRef, _agentvault_identity_v1_DeveloperRef__Output>
        DirectoryCard: MessageTypeDefinition<_agentvault_identity_v1_DirectoryCard, _agentvault_identity_v1_DirectoryCard__Output>
        DirectoryCardPage: MessageTypeDefinition<_agentvault_identity_v1_DirectoryCardPage, _agentvault_identity_v1_DirectoryCardPage__Output>
        Empty: MessageTypeDefinition<_agentvault_identity_v1_Empty, _agentvault_identity_v1_Empty__Output>
        ExcludedMember: MessageTypeDefinition<_agentvault_identity_v1_ExcludedMember, _agentvault_identity_v1_ExcludedMember__Output>
        GateCheck: MessageTypeDefinition<_agentvault_identity_v1_GateCheck, _agentvault_identity_v1_GateCheck__Output>
        GetAgentRequest: MessageTypeDefinition<_agentvault_identity_v1_GetAgentRequest, _agentvault_identity_v1_GetAgentRequest__Output>
        IdentityService: SubtypeConstructor<typeof grpc.Client, _agentvault_identity_v1_IdentityServiceClient> & { service: _agentvault_identity_v1_IdentityServiceDefinition }
        IsTokenRevokedRequest: MessageTypeDefinition<_agentvault_identity_v1_IsTokenRevokedRequest, _agentvault_identity_v1_IsTokenRevokedRequest__Output>
        IsTokenRevokedResponse: MessageTypeDefinition<_agentvault_identity_v1_IsTokenRevokedResponse, _agentvault_identity_v1_IsTokenRevokedResponse__Output>
        IssueAgentTokenRequest: MessageTypeDefinition<_agentvault_identity_v1_IssueAgentTokenRequest, _agentvault_identity_v1_IssueAgentTokenRequest__Output>
        JwksResponse: MessageTypeDefinition<_agentvault_identity_v1_JwksResponse, _agentvault_identity_v1_JwksResponse__Output>
        ListAgentCardsRequest: MessageTypeDefinition<_agentvault_identity_v1_ListAgentCardsRequest, _agentvault_identity_v1_ListAgentCardsRequest__Output>
        ListDeveloperAgentsRequest: MessageTypeDefinition<_agentvault_identity_v1_ListDeveloperAgentsRequest, _agentvault_identity_v1_ListDeveloperAgentsRequest__Output>
        ListTeamsRequest: MessageTypeDefinition<_agentvault_identity_v1_ListTeamsRequest, _agentvault_identity_v1_ListTeamsRequest__Output>
        LoginRequest: MessageTypeDefinition<_agentvault_identity_v1_LoginRequest, _agentvault_identity_v1_LoginRequest__Output>
        MessageResponse: MessageTypeDefinition<_agentvault_identity_v1_MessageResponse, _agentvault_identity_v1_MessageResponse__Output>
        Organization: MessageTypeDefinition<_agentvault_identity_v1_Organization, _agentvault_identity_v1_Organization__Output>
        OrganizationAgent: MessageTypeDefinition<_agentvault_identity_v1_OrganizationAgent, _agentvault_identity_v1_OrganizationAgent__Output>
        OrganizationAgentList: MessageTypeDefinition<_agentvault_identity_v1_OrganizationAgentList, _agentvault_identity_v1_OrganizationAgentList__Output>
        OrganizationAgentRequest: MessageTypeDefinition<_agentvault_identity_v1_OrganizationAgentRequest, _agentvault_identity_v1_OrganizationAgentRequest__Output>
        OrganizationApiKey: MessageTypeDefinition<_agentvault_identity_v1_OrganizationApiKey, _agentvault_identity_v1_OrganizationApiKey__Output>
        OrganizationApiKeyCreated: MessageTypeDefinition<_agentvault_identity_v1_OrganizationApiKeyCreated, _agentvault_identity_v1_OrganizationApiKeyCreated__Output>
        OrganizationApiKeyList: MessageTypeDefinition<_agentvault_identity_v1_OrganizationApiKeyList, _agentvault_identity_v1_OrganizationApiKeyList__Output>
        OrganizationList: MessageTypeDefinition<_agentvault_identity_v1_OrganizationList, _agentvault_identity_v1_OrganizationList__Output>
        OrganizationMember: MessageTypeDefinition<_agentvault_identity_v1_OrganizationMember, _agentvault_identity_v1_OrganizationMember__Output>
        OrganizationMemberList: MessageTypeDefinition<_agentvault_identity_v1_OrganizationMemberList, _agentvault_identity_v1_OrganizationMemberList__Output>
        OrganizationMemberRef: MessageTypeDefinition<_agentvault_identity_v1_OrganizationMemberRef, _agentvault_identity_v1_OrganizationMemberRef__Output>
        OrganizationQuotas: MessageTypeDefinition<_agentvault_identity_v1_OrganizationQuotas, _agentvault_identity_v1_OrganizationQuotas__Output>
        OrganizationRef: MessageTypeDefinition<_agentvault_identity_v1_OrganizationRef, _agentvault_identity_v1_OrganizationRef__Output>
        Principal: MessageTypeDefinition<_agentvault_identity_v1_Principal, _agentvault_identity_v1_Principal__Output>
        QualityGate: MessageTypeDefinition<_agentvault_identity_v1_QualityGate, _agentvault_identity_v1_QualityGate__Output>
        RecoverAccountRequest: MessageTypeDefinition<_agentvault_identity_v1_RecoverAccountRequest, _agentvault_identity_v1_RecoverAccountRequest__Output>
        RegisterDeveloperRequest: MessageTypeDefinition<_agentvault_identity_v1_RegisterDeveloperRequest, _agentvault_identity_v1_RegisterDeveloperRequest__Output>
        RegisterDeveloperResponse: MessageTypeDefinition<_agentvault_identity_v1_RegisterDeveloperResponse, _agentvault_identity_v1_RegisterDeveloperResponse__Output>
        RegisterSelfAgentRequest: MessageTypeDefinition<_agentvault_identity_v1_RegisterSelfAgentRequest, _agentvault_identity_v1_RegisterSelfAgentRequest__Output>
        RegisterSelfAgentResponse: MessageTypeDefinition<_agentvault_identity_v1_RegisterSelfAgentResponse, _agentvault_identity_v1_RegisterSelfAgentResponse__Output>
        RequestBootstrapTokenRequest: MessageTypeDefinition<_agentvault_identity_v1_RequestBootstrapTokenRequest, _agentvault_identity_v1_RequestBootstrapTokenRequest__Output>
        RestoreBundleRequest: MessageTypeDefinition<_agentvault_identity_v1_RestoreBundleRequest, _agentvault_identity_v1_RestoreBundleRequest__Output>
        RevokeApiKeyRequest: MessageTypeDefinition<_agentvault_identity_v1_RevokeApiKeyRequest, _agentvault_identity_v1_RevokeApiKeyRequest__Output>
        RevokeTokenRequest: MessageTypeDefinition<_agentvault_identity_v1_RevokeTokenRequest, _agentvault_identity_v1_RevokeTokenRequest__Output>
        RouteTeamTaskRequest: MessageTypeDefinition<_agentvault_identity_v1_RouteTeamTaskRequest, _agentvault_identity_v1_RouteTeamTaskRequest__Output>
        RouteTeamTaskResponse: MessageTypeDefinition<_agentvault_identity_v1_RouteTeamTaskResponse, _agentvault_identity_v1_RouteTeamTaskResponse__Output>
        RoutingRule: MessageTypeDefinition<_agentvault_identity_v1_RoutingRule, _agentvault_identity_v1_RoutingRule__Output>
        SearchAgentsRequest: MessageTypeDefinition<_agentvault_identity_v1_SearchAgentsRequest, _agentvault_identity_v1_SearchAgentsRequest__Output>
        SelfAgent: MessageTypeDefinition<_agentvault_identity_v1_SelfAgent, _agentvault_identity_v1_SelfAgent__Output>
        SelfAgentChangeRef: MessageTypeDefinition<_agentvault_identity_v1_SelfAgentChangeRef, _agentvault_identity_v1_SelfAgentChangeRef__Output>
        SelfAgentPaymentAddress: MessageTypeDefinition<_agentvault_identity_v1_SelfAgentPaymentAddress, _agentvault_identity_v1_SelfAgentPaymentAddress__Output>
        SelfAgentRef: MessageTypeDefinition<_agentvault_identity_v1_SelfAgentRef, _agentvault_identity_v1_SelfAgentRef__Output>
        ServiceTemplate: MessageTypeDefinition<_agentvault_identity_v1_ServiceTemplate, _agentvault_identity_v1_ServiceTemplate__Output>
        SetDeveloperRoleRequest: MessageTypeDefinition<_agentvault_identity_v1_SetDeveloperRoleRequest, _agentvault_identity_v1_SetDeveloperRoleRequest__Output>
        SetNewPasswordRequest: MessageTypeDefinition<_agentvault_identity_v1_SetNewPasswordRequest, _agentvault_identity_v1_SetNewPasswordRequest__Output>
        SetupTotpResponse: MessageTypeDefinition<_agentvault_identity_v1_SetupTotpResponse, _agentvault_identity_v1_SetupTotpResponse__Output>
        SubmitAgentCardRequest: MessageTypeDefinition<_agentvault_identity_v1_SubmitAgentCardRequest, _agentvault_identity_v1_SubmitAgentCardRequest__Output>
        Team: MessageTypeDefinition<_agentvault_identity_v1_Team, _agentvault_identity_v1_Team__Output>
        TeamItemRef: MessageTypeDefinition<_agentvault_identity_v1_TeamItemRef, _agentvault_identity_v1_TeamItemRef__Output>
        TeamList: MessageTypeDefinition<_agentvault_identity_v1_TeamList, _agentvault_identity_v1_TeamList__Output>
        TeamMember: MessageTypeDefinition<_agentvault_identity_v1_TeamMember, _agentvault_identity_v1_TeamMember__Output>
        TeamMemberRef: MessageTypeDefinition<_agentvault_identity_v1_TeamMemberRef, _agentvault_identity_v1_TeamMemberRef__Output>
        TeamRef: MessageTypeDefinition<_agentvault_identity_v1_TeamRef, _agentvault_identity_v1_TeamRef__Output>
        TeamTemplate: MessageTypeDefinition<_agentvault_identity_v1_TeamTemplate, _agentvault_identity_v1_TeamTemplate__Output>
        TemplateCatalogue: MessageTypeDefinition<_agentvault_identity_v1_TemplateCatalogue, _agentvault_identity_v1_TemplateCatalogue__Output>
        TemplateGate: MessageTypeDefinition<_agentvault_identity_v1_TemplateGate, _agentvault_identity_v1_TemplateGate__Output>
        TokenResponse: MessageTypeDefinition<_agentvault_identity_v1_TokenResponse, _agentvault_identity_v1_TokenResponse__Output>
        TotpCodeRequest: MessageTypeDefinition<_agentvault_identity_v1_TotpCodeRequest, _agentvault_identity_v1_TotpCodeRequest__Output>
        TotpStatus: MessageTypeDefinition<_agentvault_identity_v1_TotpStatus, _agentvault_identity_v1_TotpStatus__Output>
        UpdateAgentCardRequest: MessageTypeDefinition<_agentvault_identity_v1_UpdateAgentCardRequest, _agentvault_identity_v1_UpdateAgentCardRequest__Output>
        UpdateOrganizationRequest: MessageTypeDefinition<_agentvault_identity_v1_UpdateOrganizationRequest, _agentvault_identity_v1_UpdateOrganizationRequest__Output>
        UpdateSelfAgentRequest: MessageTypeDefinition<_agentvault_identity_v1_UpdateSelfAgentRequest, _agentvault_identity_v1_UpdateSelfAgentRequest__Output>
        UpdateTeamRequest: MessageTypeDefinition<_agentvault_identity_v1_UpdateTeamRequest, _agentvault_identity_v1_UpdateTeamRequest__Output>
        ValidateAgentCardRequest: MessageTypeDefinition<_agentvault_identity_v1_ValidateAgentCardRequest, _agentvault_identity_v1_ValidateAgentCardRequest__Output>
        ValidateAgentCardResponse: MessageTypeDefinition<_agentvault_identity_v1_ValidateAgentCardResponse, _agentvault_identity_v1_ValidateAgentCardResponse__Output>
        VerificationEmailStatus: MessageTypeDefinition<_agentvault_identity_v1_VerificationEmailStatus, _agentvault_identity_v1_VerificationEmailStatus__Output>
        VerifyEmailRequest: MessageTypeDefinition<_agentvault_identity_v1_VerifyEmailRequest, _agentvault_identity_v1_VerifyEmailRequest__Output>
        VerifyEmailResponse: MessageTypeDefinition<_agentvault_identity_v1_VerifyEmailResponse, _agentvault_identity_v1_VerifyEmailResponse__Output>
      }
    }
  }
}

