// Original file: proto/agentvault/governance/v1/governance.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CastVoteRequest as _agentvault_governance_v1_CastVoteRequest, CastVoteRequest__Output as _agentvault_governance_v1_CastVoteRequest__Output } from '../../../agentvault/governance/v1/CastVoteRequest.js';
import type { CreateProposalRequest as _agentvault_governance_v1_CreateProposalRequest, CreateProposalRequest__Output as _agentvault_governance_v1_CreateProposalRequest__Output } from '../../../agentvault/governance/v1/CreateProposalRequest.js';
import type { FederationParticipantRequest as _agentvault_governance_v1_FederationParticipantRequest, FederationParticipantRequest__Output as _agentvault_governance_v1_FederationParticipantRequest__Output } from '../../../agentvault/governance/v1/FederationParticipantRequest.js';
import type { ListPoliciesRequest as _agentvault_governance_v1_ListPoliciesRequest, ListPoliciesRequest__Output as _agentvault_governance_v1_ListPoliciesRequest__Output } from '../../../agentvault/governance/v1/ListPoliciesRequest.js';
import type { ListProposalsRequest as _agentvault_governance_v1_ListProposalsRequest, ListProposalsRequest__Output as _agentvault_governance_v1_ListProposalsRequest__Output } from '../../../agentvault/governance/v1/ListProposalsRequest.js';
import type { OpenFederatedProposalRequest as _agentvault_governance_v1_OpenFederatedProposalRequest, OpenFederatedProposalRequest__Output as _agentvault_governance_v1_OpenFederatedProposalRequest__Output } from '../../../agentvault/governance/v1/OpenFederatedProposalRequest.js';
import type { Policy as _agentvault_governance_v1_Policy, Policy__Output as _agentvault_governance_v1_Policy__Output } from '../../../agentvault/governance/v1/Policy.js';
import type { PolicyInput as _agentvault_governance_v1_PolicyInput, PolicyInput__Output as _agentvault_governance_v1_PolicyInput__Output } from '../../../agentvault/governance/v1/PolicyInput.js';
import type { PolicyPage as _agentvault_governance_v1_PolicyPage, PolicyPage__Output as _agentvault_governance_v1_PolicyPage__Output } from '../../../agentvault/governance/v1/PolicyPage.js';
import type { PolicyRef as _agentvault_governance_v1_PolicyRef, PolicyRef__Output as _agentvault_governance_v1_PolicyRef__Output } from '../../../agentvault/governance/v1/PolicyRef.js';
import type { Proposal as _agentvault_governance_v1_Proposal, Proposal__Output as _agentvault_governance_v1_Proposal__Output } from '../../../agentvault/governance/v1/Proposal.js';
import type { ProposalPage as _agentvault_governance_v1_ProposalPage, ProposalPage__Output as _agentvault_governance_v1_ProposalPage__Output } from '../../../agentvault/governance/v1/ProposalPage.js';
import type { ProposalRef as _agentvault_governance_v1_ProposalRef, ProposalRef__Output as _agentvault_governance_v1_ProposalRef__Output } from '../../../agentvault/governance/v1/ProposalRef.js';
import type { RecordPeerTallyRequest as _agentvault_governance_v1_RecordPeerTallyRequest, RecordPeerTallyRequest__Output as _agentvault_governance_v1_RecordPeerTallyRequest__Output } from '../../../agentvault/governance/v1/RecordPeerTallyRequest.js';
import type { Vote as _agentvault_governance_v1_Vote, Vote__Output as _agentvault_governance_v1_Vote__Output } from '../../../agentvault/governance/v1/Vote.js';

export interface GovernanceServiceClient extends grpc.Client {
  AddFederationParticipant(argument: _agentvault_governance_v1_FederationParticipantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  AddFederationParticipant(argument: _agentvault_governance_v1_FederationParticipantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  AddFederationParticipant(argument: _agentvault_governance_v1_FederationParticipantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  AddFederationParticipant(argument: _agentvault_governance_v1_FederationParticipantRequest, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  addFederationParticipant(argument: _agentvault_governance_v1_FederationParticipantRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  addFederationParticipant(argument: _agentvault_governance_v1_FederationParticipantRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  addFederationParticipant(argument: _agentvault_governance_v1_FederationParticipantRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  addFederationParticipant(argument: _agentvault_governance_v1_FederationParticipantRequest, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  
  CastVote(argument: _agentvault_governance_v1_CastVoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Vote__Output>): grpc.ClientUnaryCall;
  CastVote(argument: _agentvault_governance_v1_CastVoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Vote__Output>): grpc.ClientUnaryCall;
  CastVote(argument: _agentvault_governance_v1_CastVoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Vote__Output>): grpc.ClientUnaryCall;
  CastVote(argument: _agentvault_governance_v1_CastVoteRequest, callback: grpc.requestCallback<_agentvault_governance_v1_Vote__Output>): grpc.ClientUnaryCall;
  castVote(argument: _agentvault_governance_v1_CastVoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Vote__Output>): grpc.ClientUnaryCall;
  castVote(argument: _agentvault_governance_v1_CastVoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Vote__Output>): grpc.ClientUnaryCall;
  castVote(argument: _agentvault_governance_v1_CastVoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Vote__Output>): grpc.ClientUnaryCall;
  castVote(argument: _agentvault_governance_v1_CastVoteRequest, callback: grpc.requestCallback<_agentvault_governance_v1_Vote__Output>): grpc.ClientUnaryCall;
  
  CreatePolicy(argument: _agentvault_governance_v1_PolicyInput, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  CreatePolicy(argument: _agentvault_governance_v1_PolicyInput, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  CreatePolicy(argument: _agentvault_governance_v1_PolicyInput, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  CreatePolicy(argument: _agentvault_governance_v1_PolicyInput, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  createPolicy(argument: _agentvault_governance_v1_PolicyInput, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  createPolicy(argument: _agentvault_governance_v1_PolicyInput, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  createPolicy(argument: _agentvault_governance_v1_PolicyInput, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  createPolicy(argument: _agentvault_governance_v1_PolicyInput, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  
  CreateProposal(argument: _agentvault_governance_v1_CreateProposalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  CreateProposal(argument: _agentvault_governance_v1_CreateProposalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  CreateProposal(argument: _agentvault_governance_v1_CreateProposalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  CreateProposal(argument: _agentvault_governance_v1_CreateProposalRequest, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  createProposal(argument: _agentvault_governance_v1_CreateProposalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  createProposal(argument: _agentvault_governance_v1_CreateProposalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  createProposal(argument: _agentvault_governance_v1_CreateProposalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  createProposal(argument: _agentvault_governance_v1_CreateProposalRequest, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  
  DeletePolicy(argument: _agentvault_governance_v1_PolicyRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  DeletePolicy(argument: _agentvault_governance_v1_PolicyRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  DeletePolicy(argument: _agentvault_governance_v1_PolicyRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  DeletePolicy(argument: _agentvault_governance_v1_PolicyRef, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  deletePolicy(argument: _agentvault_governance_v1_PolicyRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  deletePolicy(argument: _agentvault_governance_v1_PolicyRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  deletePolicy(argument: _agentvault_governance_v1_PolicyRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  deletePolicy(argument: _agentvault_governance_v1_PolicyRef, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  
  GetPolicy(argument: _agentvault_governance_v1_PolicyRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  GetPolicy(argument: _agentvault_governance_v1_PolicyRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  GetPolicy(argument: _agentvault_governance_v1_PolicyRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  GetPolicy(argument: _agentvault_governance_v1_PolicyRef, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  getPolicy(argument: _agentvault_governance_v1_PolicyRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  getPolicy(argument: _agentvault_governance_v1_PolicyRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  getPolicy(argument: _agentvault_governance_v1_PolicyRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  getPolicy(argument: _agentvault_governance_v1_PolicyRef, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  
  GetProposal(argument: _agentvault_governance_v1_ProposalRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  GetProposal(argument: _agentvault_governance_v1_ProposalRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  GetProposal(argument: _agentvault_governance_v1_ProposalRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  GetProposal(argument: _agentvault_governance_v1_ProposalRef, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  getProposal(argument: _agentvault_governance_v1_ProposalRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  getProposal(argument: _agentvault_governance_v1_ProposalRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  getProposal(argument: _agentvault_governance_v1_ProposalRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  getProposal(argument: _agentvault_governance_v1_ProposalRef, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  
  ListPolicies(argument: _agentvault_governance_v1_ListPoliciesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_PolicyPage__Output>): grpc.ClientUnaryCall;
  ListPolicies(argument: _agentvault_governance_v1_ListPoliciesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_PolicyPage__Output>): grpc.ClientUnaryCall;
  ListPolicies(argument: _agentvault_governance_v1_ListPoliciesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_PolicyPage__Output>): grpc.ClientUnaryCall;
  ListPolicies(argument: _agentvault_governance_v1_ListPoliciesRequest, callback: grpc.requestCallback<_agentvault_governance_v1_PolicyPage__Output>): grpc.ClientUnaryCall;
  listPolicies(argument: _agentvault_governance_v1_ListPoliciesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_PolicyPage__Output>): grpc.ClientUnaryCall;
  listPolicies(argument: _agentvault_governance_v1_ListPoliciesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_PolicyPage__Output>): grpc.ClientUnaryCall;
  listPolicies(argument: _agentvault_governance_v1_ListPoliciesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_PolicyPage__Output>): grpc.ClientUnaryCall;
  listPolicies(argument: _agentvault_governance_v1_ListPoliciesRequest, callback: grpc.requestCallback<_agentvault_governance_v1_PolicyPage__Output>): grpc.ClientUnaryCall;
  
  ListProposals(argument: _agentvault_governance_v1_ListProposalsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_ProposalPage__Output>): grpc.ClientUnaryCall;
  ListProposals(argument: _agentvault_governance_v1_ListProposalsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_ProposalPage__Output>): grpc.ClientUnaryCall;
  ListProposals(argument: _agentvault_governance_v1_ListProposalsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_ProposalPage__Output>): grpc.ClientUnaryCall;
  ListProposals(argument: _agentvault_governance_v1_ListProposalsRequest, callback: grpc.requestCallback<_agentvault_governance_v1_ProposalPage__Output>): grpc.ClientUnaryCall;
  listProposals(argument: _agentvault_governance_v1_ListProposalsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_ProposalPage__Output>): grpc.ClientUnaryCall;
  listProposals(argument: _agentvault_governance_v1_ListProposalsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_ProposalPage__Output>): grpc.ClientUnaryCall;
  listProposals(argument: _agentvault_governance_v1_ListProposalsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_ProposalPage__Output>): grpc.ClientUnaryCall;
  listProposals(argument: _agentvault_governance_v1_ListProposalsRequest, callback: grpc.requestCallback<_agentvault_governance_v1_ProposalPage__Output>): grpc.ClientUnaryCall;
  
  OpenFederatedProposal(argument: _agentvault_governance_v1_OpenFederatedProposalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  OpenFederatedProposal(argument: _agentvault_governance_v1_OpenFederatedProposalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  OpenFederatedProposal(argument: _agentvault_governance_v1_OpenFederatedProposalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  OpenFederatedProposal(argument: _agentvault_governance_v1_OpenFederatedProposalRequest, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  openFederatedProposal(argument: _agentvault_governance_v1_OpenFederatedProposalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  openFederatedProposal(argument: _agentvault_governance_v1_OpenFederatedProposalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  openFederatedProposal(argument: _agentvault_governance_v1_OpenFederatedProposalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  openFederatedProposal(argument: _agentvault_governance_v1_OpenFederatedProposalRequest, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  
  RecordPeerTally(argument: _agentvault_governance_v1_RecordPeerTallyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  RecordPeerTally(argument: _agentvault_governance_v1_RecordPeerTallyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  RecordPeerTally(argument: _agentvault_governance_v1_RecordPeerTallyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  RecordPeerTally(argument: _agentvault_governance_v1_RecordPeerTallyRequest, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  recordPeerTally(argument: _agentvault_governance_v1_RecordPeerTallyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  recordPeerTally(argument: _agentvault_governance_v1_RecordPeerTallyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  recordPeerTally(argument: _agentvault_governance_v1_RecordPeerTallyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  recordPeerTally(argument: _agentvault_governance_v1_RecordPeerTallyRequest, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  
  Tally(argument: _agentvault_governance_v1_ProposalRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  Tally(argument: _agentvault_governance_v1_ProposalRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  Tally(argument: _agentvault_governance_v1_ProposalRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  Tally(argument: _agentvault_governance_v1_ProposalRef, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  tally(argument: _agentvault_governance_v1_ProposalRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  tally(argument: _agentvault_governance_v1_ProposalRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  tally(argument: _agentvault_governance_v1_ProposalRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  tally(argument: _agentvault_governance_v1_ProposalRef, callback: grpc.requestCallback<_agentvault_governance_v1_Proposal__Output>): grpc.ClientUnaryCall;
  
  UpdatePolicy(argument: _agentvault_governance_v1_PolicyInput, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  UpdatePolicy(argument: _agentvault_governance_v1_PolicyInput, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  UpdatePolicy(argument: _agentvault_governance_v1_PolicyInput, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  UpdatePolicy(argument: _agentvault_governance_v1_PolicyInput, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  updatePolicy(argument: _agentvault_governance_v1_PolicyInput, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  updatePolicy(argument: _agentvault_governance_v1_PolicyInput, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  updatePolicy(argument: _agentvault_governance_v1_PolicyInput, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  updatePolicy(argument: _agentvault_governance_v1_PolicyInput, callback: grpc.requestCallback<_agentvault_governance_v1_Policy__Output>): grpc.ClientUnaryCall;
  
}

export interface GovernanceServiceHandlers extends grpc.UntypedServiceImplementation {
  AddFederationParticipant: grpc.handleUnaryCall<_agentvault_governance_v1_FederationParticipantRequest__Output, _agentvault_governance_v1_Proposal>;
  
  CastVote: grpc.handleUnaryCall<_agentvault_governance_v1_CastVoteRequest__Output, _agentvault_governance_v1_Vote>;
  
  CreatePolicy: grpc.handleUnaryCall<_agentvault_governance_v1_PolicyInput__Output, _agentvault_governance_v1_Policy>;
  
  CreateProposal: grpc.handleUnaryCall<_agentvault_governance_v1_CreateProposalRequest__Output, _agentvault_governance_v1_Proposal>;
  
  DeletePolicy: grpc.handleUnaryCall<_agentvault_governance_v1_PolicyRef__Output, _agentvault_governance_v1_Policy>;
  
  GetPolicy: grpc.handleUnaryCall<_agentvault_governance_v1_PolicyRef__Output, _agentvault_governance_v1_Policy>;
  
  GetProposal: grpc.handleUnaryCall<_agentvault_governance_v1_ProposalRef__Output, _agentvault_governance_v1_Proposal>;
  
  ListPolicies: grpc.handleUnaryCall<_agentvault_governance_v1_ListPoliciesRequest__Output, _agentvault_governance_v1_PolicyPage>;
  
  ListProposals: grpc.handleUnaryCall<_agentvault_governance_v1_ListProposalsRequest__Output, _agentvault_governance_v1_ProposalPage>;
  
  OpenFederatedProposal: grpc.handleUnaryCall<_agentvault_governance_v1_OpenFederatedProposalRequest__Output, _agentvault_governance_v1_Proposal>;
  
  RecordPeerTally: grpc.handleUnaryCall<_agentvault_governance_v1_RecordPeerTallyRequest__Output, _agentvault_governance_v1_Proposal>;
  
  Tally: grpc.handleUnaryCall<_agentvault_governance_v1_ProposalRef__Output, _agentvault_governance_v1_Proposal>;
  
  UpdatePolicy: grpc.handleUnaryCall<_agentvault_governance_v1_PolicyInput__Output, _agentvault_governance_v1_Policy>;
  
}

export interface GovernanceServiceDefinition extends grpc.ServiceDefinition {
  AddFederationParticipant: MethodDefinition<_agentvault_governance_v1_FederationParticipantRequest, _agentvault_governance_v1_Proposal, _agentvault_governance_v1_FederationParticipantRequest__Output, _agentvault_governance_v1_Proposal__Output>
  CastVote: MethodDefinition<_agentvault_governance_v1_CastVoteRequest, _agentvault_governance_v1_Vote, _agentvault_governance_v1_CastVoteRequest__Output, _agentvault_governance_v1_Vote__Output>
  CreatePolicy: MethodDefinition<_agentvault_governance_v1_PolicyInput, _agentvault_governance_v1_Policy, _agentvault_governance_v1_PolicyInput__Output, _agentvault_governance_v1_Policy__Output>
  CreateProposal: MethodDefinition<_agentvault_governance_v1_CreateProposalRequest, _agentvault_governance_v1_Proposal, _agentvault_governance_v1_CreateProposalRequest__Output, _agentvault_governance_v1_Proposal__Output>
  DeletePolicy: MethodDefinition<_agentvault_governance_v1_PolicyRef, _agentvault_governance_v1_Policy, _agentvault_governance_v1_PolicyRef__Output, _agentvault_governance_v1_Policy__Output>
  GetPolicy: MethodDefinition<_agentvault_governance_v1_PolicyRef, _agentvault_governance_v1_Policy, _agentvault_governance_v1_PolicyRef__Output, _agentvault_governance_v1_Policy__Output>
  GetProposal: MethodDefinition<_agentvault_governance_v1_ProposalRef, _agentvault_governance_v1_Proposal, _agentvault_governance_v1_ProposalRef__Output, _agentvault_governance_v1_Proposal__Output>
  ListPolicies: MethodDefinition<_agentvault_governance_v1_ListPoliciesRequest, _agentvault_governance_v1_PolicyPage, _agentvault_governance_v1_ListPoliciesRequest__Output, _agentvault_governance_v1_PolicyPage__Output>
  ListProposals: MethodDefinition<_agentvault_governance_v1_ListProposalsRequest, _agentvault_governance_v1_ProposalPage, _agentvault_governance_v1_ListProposalsRequest__Output, _agentvault_governance_v1_ProposalPage__Output>
  OpenFederatedProposal: MethodDefinition<_agentvault_governance_v1_OpenFederatedProposalRequest, _agentvault_governance_v1_Proposal, _agentvault_governance_v1_OpenFederatedProposalRequest__Output, _agentvault_governance_v1_Proposal__Output>
  RecordPeerTally: MethodDefinition<_agentvault_governance_v1_RecordPeerTallyRequest, _agentvault_governance_v1_Proposal, _agentvault_governance_v1_RecordPeerTallyRequest__Output, _agentvault_governance_v1_Proposal__Output>
  Tally: MethodDefinition<_agentvault_governance_v1_ProposalRef, _agentvault_governance_v1_Proposal, _agentvault_governance_v1_ProposalRef__Output, _agentvault_governance_v1_Proposal__Output>
  UpdatePolicy: MethodDefinition<_agentvault_governance_v1_PolicyInput, _agentvault_governance_v1_Policy, _agentvault_governance_v1_PolicyInput__Output, _agentvault_governance_v1_Policy__Output>
}
