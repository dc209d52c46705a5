import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CastVoteRequest as _agentvault_governance_v1_CastVoteRequest, CastVoteRequest__Output as _agentvault_governance_v1_CastVoteRequest__Output } from './agentvault/governance/v1/CastVoteRequest.js';
import type { CreateProposalRequest as _agentvault_governance_v1_CreateProposalRequest, CreateProposalRequest__Output as _agentvault_governance_v1_CreateProposalRequest__Output } from './agentvault/governance/v1/CreateProposalRequest.js';
import type { FederationParticipantRequest as _agentvault_governance_v1_FederationParticipantRequest, FederationParticipantRequest__Output as _agentvault_governance_v1_FederationParticipantRequest__Output } from './agentvault/governance/v1/FederationParticipantRequest.js';
import type { GovernanceServiceClient as _agentvault_governance_v1_GovernanceServiceClient, GovernanceServiceDefinition as _agentvault_governance_v1_GovernanceServiceDefinition } from './agentvault/governance/v1/GovernanceService.js';
import type { ListPoliciesRequest as _agentvault_governance_v1_ListPoliciesRequest, ListPoliciesRequest__Output as _agentvault_governance_v1_ListPoliciesRequest__Output } from './agentvault/governance/v1/ListPoliciesRequest.js';
import type { ListProposalsRequest as _agentvault_governance_v1_ListProposalsRequest, ListProposalsRequest__Output as _agentvault_governance_v1_ListProposalsRequest__Output } from './agentvault/governance/v1/ListProposalsRequest.js';
import type { OpenFederatedProposalRequest as _agentvault_governance_v1_OpenFederatedProposalRequest, OpenFederatedProposalRequest__Output as _agentvault_governance_v1_OpenFederatedProposalRequest__Output } from './agentvault/governance/v1/OpenFederatedProposalRequest.js';
import type { Policy as _agentvault_governance_v1_Policy, Policy__Output as _agentvault_governance_v1_Policy__Output } from './agentvault/governance/v1/Policy.js';
import type { PolicyInput as _agentvault_governance_v1_PolicyInput, PolicyInput__Output as _agentvault_governance_v1_PolicyInput__Output } from './agentvault/governance/v1/PolicyInput.js';
import type { PolicyPage as _agentvault_governance_v1_PolicyPage, PolicyPage__Output as _agentvault_governance_v1_PolicyPage__Output } from './agentvault/governance/v1/PolicyPage.js';
import type { PolicyRef as _agentvault_governance_v1_PolicyRef, PolicyRef__Output as _agentvault_governance_v1_PolicyRef__Output } from './agentvault/governance/v1/PolicyRef.js';
import type { Proposal as _agentvault_governance_v1_Proposal, Proposal__Output as _agentvault_governance_v1_Proposal__Output } from './agentvault/governance/v1/Proposal.js';
import type { ProposalPage as _agentvault_governance_v1_ProposalPage, ProposalPage__Output as _agentvault_governance_v1_ProposalPage__Output } from './agentvault/governance/v1/ProposalPage.js';
import type { ProposalRef as _agentvault_governance_v1_ProposalRef, ProposalRef__Output as _agentvault_governance_v1_ProposalRef__Output } from './agentvault/governance/v1/ProposalRef.js';
import type { RecordPeerTallyRequest as _agentvault_governance_v1_RecordPeerTallyRequest, RecordPeerTallyRequest__Output as _agentvault_governance_v1_RecordPeerTallyRequest__Output } from './agentvault/governance/v1/RecordPeerTallyRequest.js';
import type { Vote as _agentvault_governance_v1_Vote, Vote__Output as _agentvault_governance_v1_Vote__Output } from './agentvault/governance/v1/Vote.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  agentvault: {
    governance: {
      v1: {
        CastVoteRequest: MessageTypeDefinition<_agentvault_governance_v1_CastVoteRequest, _agentvault_governance_v1_CastVoteRequest__Output>
        CreateProposalRequest: MessageTypeDefinition<_agentvault_governance_v1_CreateProposalRequest, _agentvault_governance_v1_CreateProposalRequest__Output>
        FederationParticipantRequest: MessageTypeDefinition<_agentvault_governance_v1_FederationParticipantRequest, _agentvault_governance_v1_FederationParticipantRequest__Output>
        GovernanceService: SubtypeConstructor<typeof grpc.Client, _agentvault_governance_v1_GovernanceServiceClient> & { service: _agentvault_governance_v1_GovernanceServiceDefinition }
        ListPoliciesRequest: MessageTypeDefinition<_agentvault_governance_v1_ListPoliciesRequest, _agentvault_governance_v1_ListPoliciesRequest__Output>
        ListProposalsRequest: MessageTypeDefinition<_agentvault_governance_v1_ListProposalsRequest, _agentvault_governance_v1_ListProposalsRequest__Output>
        OpenFederatedProposalRequest: MessageTypeDefinition<_agentvault_governance_v1_OpenFederatedProposalRequest, _agentvault_governance_v1_OpenFederatedProposalRequest__Output>
        Policy: MessageTypeDefinition<_agentvault_governance_v1_Policy, _agentvault_governance_v1_Policy__Output>
        PolicyInput: MessageTypeDefinition<_agentvault_governance_v1_PolicyInput, _agentvault_governance_v1_PolicyInput__Output>
        PolicyPage: MessageTypeDefinition<_agentvault_governance_v1_PolicyPage, _agentvault_governance_v1_PolicyPage__Output>
        PolicyRef: MessageTypeDefinition<_agentvault_governance_v1_PolicyRef, _agentvault_governance_v1_PolicyRef__Output>
        Proposal: MessageTypeDefinition<_agentvault_governance_v1_Proposal, _agentvault_governance_v1_Proposal__Output>
        ProposalPage: MessageTypeDefinition<_agentvault_governance_v1_ProposalPage, _agentvault_governance_v1_ProposalPage__Output>
        ProposalRef: MessageTypeDefinition<_agentvault_governance_v1_ProposalRef, _agentvault_governance_v1_ProposalRef__Output>
        RecordPeerTallyRequest: MessageTypeDefinition<_agentvault_governance_v1_RecordPeerTallyRequest, _agentvault_governance_v1_RecordPeerTallyRequest__Output>
        Vote: MessageTypeDefinition<_agentvault_governance_v1_Vote, _agentvault_governance_v1_Vote__Output>
      }
    }
  }
}

