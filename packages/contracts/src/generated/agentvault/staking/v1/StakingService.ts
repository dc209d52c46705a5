// Original file: proto/agentvault/staking/v1/staking.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AgentRef as _agentvault_staking_v1_AgentRef, AgentRef__Output as _agentvault_staking_v1_AgentRef__Output } from '../../../agentvault/staking/v1/AgentRef.js';
import type { AutoCompound as _agentvault_staking_v1_AutoCompound, AutoCompound__Output as _agentvault_staking_v1_AutoCompound__Output } from '../../../agentvault/staking/v1/AutoCompound.js';
import type { DelegateRequest as _agentvault_staking_v1_DelegateRequest, DelegateRequest__Output as _agentvault_staking_v1_DelegateRequest__Output } from '../../../agentvault/staking/v1/DelegateRequest.js';
import type { Delegation as _agentvault_staking_v1_Delegation, Delegation__Output as _agentvault_staking_v1_Delegation__Output } from '../../../agentvault/staking/v1/Delegation.js';
import type { Delegations as _agentvault_staking_v1_Delegations, Delegations__Output as _agentvault_staking_v1_Delegations__Output } from '../../../agentvault/staking/v1/Delegations.js';
import type { Empty as _agentvault_staking_v1_Empty, Empty__Output as _agentvault_staking_v1_Empty__Output } from '../../../agentvault/staking/v1/Empty.js';
import type { ListDelegationsRequest as _agentvault_staking_v1_ListDelegationsRequest, ListDelegationsRequest__Output as _agentvault_staking_v1_ListDelegationsRequest__Output } from '../../../agentvault/staking/v1/ListDelegationsRequest.js';
import type { ListStakesRequest as _agentvault_staking_v1_ListStakesRequest, ListStakesRequest__Output as _agentvault_staking_v1_ListStakesRequest__Output } from '../../../agentvault/staking/v1/ListStakesRequest.js';
import type { PageRequest as _agentvault_staking_v1_PageRequest, PageRequest__Output as _agentvault_staking_v1_PageRequest__Output } from '../../../agentvault/staking/v1/PageRequest.js';
import type { RewardConfig as _agentvault_staking_v1_RewardConfig, RewardConfig__Output as _agentvault_staking_v1_RewardConfig__Output } from '../../../agentvault/staking/v1/RewardConfig.js';
import type { RewardConfigInput as _agentvault_staking_v1_RewardConfigInput, RewardConfigInput__Output as _agentvault_staking_v1_RewardConfigInput__Output } from '../../../agentvault/staking/v1/RewardConfigInput.js';
import type { RewardConfigs as _agentvault_staking_v1_RewardConfigs, RewardConfigs__Output as _agentvault_staking_v1_RewardConfigs__Output } from '../../../agentvault/staking/v1/RewardConfigs.js';
import type { RewardCycle as _agentvault_staking_v1_RewardCycle, RewardCycle__Output as _agentvault_staking_v1_RewardCycle__Output } from '../../../agentvault/staking/v1/RewardCycle.js';
import type { RewardCyclePage as _agentvault_staking_v1_RewardCyclePage, RewardCyclePage__Output as _agentvault_staking_v1_RewardCyclePage__Output } from '../../../agentvault/staking/v1/RewardCyclePage.js';
import type { RunRewardCycleRequest as _agentvault_staking_v1_RunRewardCycleRequest, RunRewardCycleRequest__Output as _agentvault_staking_v1_RunRewardCycleRequest__Output } from '../../../agentvault/staking/v1/RunRewardCycleRequest.js';
import type { SetAutoCompoundRequest as _agentvault_staking_v1_SetAutoCompoundRequest, SetAutoCompoundRequest__Output as _agentvault_staking_v1_SetAutoCompoundRequest__Output } from '../../../agentvault/staking/v1/SetAutoCompoundRequest.js';
import type { Snapshot as _agentvault_staking_v1_Snapshot, Snapshot__Output as _agentvault_staking_v1_Snapshot__Output } from '../../../agentvault/staking/v1/Snapshot.js';
import type { SnapshotPower as _agentvault_staking_v1_SnapshotPower, SnapshotPower__Output as _agentvault_staking_v1_SnapshotPower__Output } from '../../../agentvault/staking/v1/SnapshotPower.js';
import type { SnapshotPowerRequest as _agentvault_staking_v1_SnapshotPowerRequest, SnapshotPowerRequest__Output as _agentvault_staking_v1_SnapshotPowerRequest__Output } from '../../../agentvault/staking/v1/SnapshotPowerRequest.js';
import type { SnapshotRef as _agentvault_staking_v1_SnapshotRef, SnapshotRef__Output as _agentvault_staking_v1_SnapshotRef__Output } from '../../../agentvault/staking/v1/SnapshotRef.js';
import type { StakePage as _agentvault_staking_v1_StakePage, StakePage__Output as _agentvault_staking_v1_StakePage__Output } from '../../../agentvault/staking/v1/StakePage.js';
import type { StakeRecord as _agentvault_staking_v1_StakeRecord, StakeRecord__Output as _agentvault_staking_v1_StakeRecord__Output } from '../../../agentvault/staking/v1/StakeRecord.js';
import type { StakeRequest as _agentvault_staking_v1_StakeRequest, StakeRequest__Output as _agentvault_staking_v1_StakeRequest__Output } from '../../../agentvault/staking/v1/StakeRequest.js';
import type { StakingBalance as _agentvault_staking_v1_StakingBalance, StakingBalance__Output as _agentvault_staking_v1_StakingBalance__Output } from '../../../agentvault/staking/v1/StakingBalance.js';
import type { StakingStatus as _agentvault_staking_v1_StakingStatus, StakingStatus__Output as _agentvault_staking_v1_StakingStatus__Output } from '../../../agentvault/staking/v1/StakingStatus.js';
import type { StakingSummary as _agentvault_staking_v1_StakingSummary, StakingSummary__Output as _agentvault_staking_v1_StakingSummary__Output } from '../../../agentvault/staking/v1/StakingSummary.js';
import type { UndelegateRequest as _agentvault_staking_v1_UndelegateRequest, UndelegateRequest__Output as _agentvault_staking_v1_UndelegateRequest__Output } from '../../../agentvault/staking/v1/UndelegateRequest.js';
import type { UnstakeRequest as _agentvault_staking_v1_UnstakeRequest, UnstakeRequest__Output as _agentvault_staking_v1_UnstakeRequest__Output } from '../../../agentvault/staking/v1/UnstakeRequest.js';
import type { UnstakeResult as _agentvault_staking_v1_UnstakeResult, UnstakeResult__Output as _agentvault_staking_v1_UnstakeResult__Output } from '../../../agentvault/staking/v1/UnstakeResult.js';
import type { VotingPower as _agentvault_staking_v1_VotingPower, VotingPower__Output as _agentvault_staking_v1_VotingPower__Output } from '../../../agentvault/staking/v1/VotingPower.js';

export interface StakingServiceClient extends grpc.Client {
  CreateRewardConfig(argument: _agentvault_staking_v1_RewardConfigInput, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfig__Output>): grpc.ClientUnaryCall;
  CreateRewardConfig(argument: _agentvault_staking_v1_RewardConfigInput, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfig__Output>): grpc.ClientUnaryCall;
  CreateRewardConfig(argument: _agentvault_staking_v1_RewardConfigInput, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfig__Output>): grpc.ClientUnaryCall;
  CreateRewardConfig(argument: _agentvault_staking_v1_RewardConfigInput, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfig__Output>): grpc.ClientUnaryCall;
  createRewardConfig(argument: _agentvault_staking_v1_RewardConfigInput, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfig__Output>): grpc.ClientUnaryCall;
  createRewardConfig(argument: _agentvault_staking_v1_RewardConfigInput, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfig__Output>): grpc.ClientUnaryCall;
  createRewardConfig(argument: _agentvault_staking_v1_RewardConfigInput, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfig__Output>): grpc.ClientUnaryCall;
  createRewardConfig(argument: _agentvault_staking_v1_RewardConfigInput, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfig__Output>): grpc.ClientUnaryCall;
  
  Delegate(argument: _agentvault_staking_v1_DelegateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_Delegation__Output>): grpc.ClientUnaryCall;
  Delegate(argument: _agentvault_staking_v1_DelegateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_Delegation__Output>): grpc.ClientUnaryCall;
  Delegate(argument: _agentvault_staking_v1_DelegateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_Delegation__Output>): grpc.ClientUnaryCall;
  Delegate(argument: _agentvault_staking_v1_DelegateRequest, callback: grpc.requestCallback<_agentvault_staking_v1_Delegation__Output>): grpc.ClientUnaryCall;
  delegate(argument: _agentvault_staking_v1_DelegateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_Delegation__Output>): grpc.ClientUnaryCall;
  delegate(argument: _agentvault_staking_v1_DelegateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_Delegation__Output>): grpc.ClientUnaryCall;
  delegate(argument: _agentvault_staking_v1_DelegateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_Delegation__Output>): grpc.ClientUnaryCall;
  delegate(argument: _agentvault_staking_v1_DelegateRequest, callback: grpc.requestCallback<_agentvault_staking_v1_Delegation__Output>): grpc.ClientUnaryCall;
  
  GetBalance(argument: _agentvault_staking_v1_AgentRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_StakingBalance__Output>): grpc.ClientUnaryCall;
  GetBalance(argument: _agentvault_staking_v1_AgentRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_StakingBalance__Output>): grpc.ClientUnaryCall;
  GetBalance(argument: _agentvault_staking_v1_AgentRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_StakingBalance__Output>): grpc.ClientUnaryCall;
  GetBalance(argument: _agentvault_staking_v1_AgentRef, callback: grpc.requestCallback<_agentvault_staking_v1_StakingBalance__Output>): grpc.ClientUnaryCall;
  getBalance(argument: _agentvault_staking_v1_AgentRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_StakingBalance__Output>): grpc.ClientUnaryCall;
  getBalance(argument: _agentvault_staking_v1_AgentRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_StakingBalance__Output>): grpc.ClientUnaryCall;
  getBalance(argument: _agentvault_staking_v1_AgentRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_StakingBalance__Output>): grpc.ClientUnaryCall;
  getBalance(argument: _agentvault_staking_v1_AgentRef, callback: grpc.requestCallback<_agentvault_staking_v1_StakingBalance__Output>): grpc.ClientUnaryCall;
  
  GetSnapshotPower(argument: _agentvault_staking_v1_SnapshotPowerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_SnapshotPower__Output>): grpc.ClientUnaryCall;
  GetSnapshotPower(argument: _agentvault_staking_v1_SnapshotPowerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_SnapshotPower__Output>): grpc.ClientUnaryCall;
  GetSnapshotPower(argument: _agentvault_staking_v1_SnapshotPowerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_SnapshotPower__Output>): grpc.ClientUnaryCall;
  GetSnapshotPower(argument: _agentvault_staking_v1_SnapshotPowerRequest, callback: grpc.requestCallback<_agentvault_staking_v1_SnapshotPower__Output>): grpc.ClientUnaryCall;
  getSnapshotPower(argument: _agentvault_staking_v1_SnapshotPowerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_SnapshotPower__Output>): grpc.ClientUnaryCall;
  getSnapshotPower(argument: _agentvault_staking_v1_SnapshotPowerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_SnapshotPower__Output>): grpc.ClientUnaryCall;
  getSnapshotPower(argument: _agentvault_staking_v1_SnapshotPowerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_SnapshotPower__Output>): grpc.ClientUnaryCall;
  getSnapshotPower(argument: _agentvault_staking_v1_SnapshotPowerRequest, callback: grpc.requestCallback<_agentvault_staking_v1_SnapshotPower__Output>): grpc.ClientUnaryCall;
  
  GetStatus(argument: _agentvault_staking_v1_AgentRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_StakingStatus__Output>): grpc.ClientUnaryCall;
  GetStatus(argument: _agentvault_staking_v1_AgentRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_StakingStatus__Output>): grpc.ClientUnaryCall;
  GetStatus(argument: _agentvault_staking_v1_AgentRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_StakingStatus__Output>): grpc.ClientUnaryCall;
  GetStatus(argument: _agentvault_staking_v1_AgentRef, callback: grpc.requestCallback<_agentvault_staking_v1_StakingStatus__Output>): grpc.ClientUnaryCall;
  getStatus(argument: _agentvault_staking_v1_AgentRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_StakingStatus__Output>): grpc.ClientUnaryCall;
  getStatus(argument: _agentvault_staking_v1_AgentRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_StakingStatus__Output>): grpc.ClientUnaryCall;
  getStatus(argument: _agentvault_staking_v1_AgentRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_StakingStatus__Output>): grpc.ClientUnaryCall;
  getStatus(argument: _agentvault_staking_v1_AgentRef, callback: grpc.requestCallback<_agentvault_staking_v1_StakingStatus__Output>): grpc.ClientUnaryCall;
  
  GetSummary(argument: _agentvault_staking_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_StakingSummary__Output>): grpc.ClientUnaryCall;
  GetSummary(argument: _agentvault_staking_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_StakingSummary__Output>): grpc.ClientUnaryCall;
  GetSummary(argument: _agentvault_staking_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_StakingSummary__Output>): grpc.ClientUnaryCall;
  GetSummary(argument: _agentvault_staking_v1_Empty, callback: grpc.requestCallback<_agentvault_staking_v1_StakingSummary__Output>): grpc.ClientUnaryCall;
  getSummary(argument: _agentvault_staking_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_StakingSummary__Output>): grpc.ClientUnaryCall;
  getSummary(argument: _agentvault_staking_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_StakingSummary__Output>): grpc.ClientUnaryCall;
  getSummary(argument: _agentvault_staking_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_StakingSummary__Output>): grpc.ClientUnaryCall;
  getSummary(argument: _agentvault_staking_v1_Empty, callback: grpc.requestCallback<_agentvault_staking_v1_StakingSummary__Output>): grpc.ClientUnaryCall;
  
  GetVotingPower(argument: _agentvault_staking_v1_AgentRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_VotingPower__Output>): grpc.ClientUnaryCall;
  GetVotingPower(argument: _agentvault_staking_v1_AgentRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_VotingPower__Output>): grpc.ClientUnaryCall;
  GetVotingPower(argument: _agentvault_staking_v1_AgentRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_VotingPower__Output>): grpc.ClientUnaryCall;
  GetVotingPower(argument: _agentvault_staking_v1_AgentRef, callback: grpc.requestCallback<_agentvault_staking_v1_VotingPower__Output>): grpc.ClientUnaryCall;
  getVotingPower(argument: _agentvault_staking_v1_AgentRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_VotingPower__Output>): grpc.ClientUnaryCall;
  getVotingPower(argument: _agentvault_staking_v1_AgentRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_VotingPower__Output>): grpc.ClientUnaryCall;
  getVotingPower(argument: _agentvault_staking_v1_AgentRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_VotingPower__Output>): grpc.ClientUnaryCall;
  getVotingPower(argument: _agentvault_staking_v1_AgentRef, callback: grpc.requestCallback<_agentvault_staking_v1_VotingPower__Output>): grpc.ClientUnaryCall;
  
  ListDelegations(argument: _agentvault_staking_v1_ListDelegationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_Delegations__Output>): grpc.ClientUnaryCall;
  ListDelegations(argument: _agentvault_staking_v1_ListDelegationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_Delegations__Output>): grpc.ClientUnaryCall;
  ListDelegations(argument: _agentvault_staking_v1_ListDelegationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_Delegations__Output>): grpc.ClientUnaryCall;
  ListDelegations(argument: _agentvault_staking_v1_ListDelegationsRequest, callback: grpc.requestCallback<_agentvault_staking_v1_Delegations__Output>): grpc.ClientUnaryCall;
  listDelegations(argument: _agentvault_staking_v1_ListDelegationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_Delegations__Output>): grpc.ClientUnaryCall;
  listDelegations(argument: _agentvault_staking_v1_ListDelegationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_Delegations__Output>): grpc.ClientUnaryCall;
  listDelegations(argument: _agentvault_staking_v1_ListDelegationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_Delegations__Output>): grpc.ClientUnaryCall;
  listDelegations(argument: _agentvault_staking_v1_ListDelegationsRequest, callback: grpc.requestCallback<_agentvault_staking_v1_Delegations__Output>): grpc.ClientUnaryCall;
  
  ListRewardConfigs(argument: _agentvault_staking_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfigs__Output>): grpc.ClientUnaryCall;
  ListRewardConfigs(argument: _agentvault_staking_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfigs__Output>): grpc.ClientUnaryCall;
  ListRewardConfigs(argument: _agentvault_staking_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfigs__Output>): grpc.ClientUnaryCall;
  ListRewardConfigs(argument: _agentvault_staking_v1_Empty, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfigs__Output>): grpc.ClientUnaryCall;
  listRewardConfigs(argument: _agentvault_staking_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfigs__Output>): grpc.ClientUnaryCall;
  listRewardConfigs(argument: _agentvault_staking_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfigs__Output>): grpc.ClientUnaryCall;
  listRewardConfigs(argument: _agentvault_staking_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfigs__Output>): grpc.ClientUnaryCall;
  listRewardConfigs(argument: _agentvault_staking_v1_Empty, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfigs__Output>): grpc.ClientUnaryCall;
  
  ListRewardCycles(argument: _agentvault_staking_v1_PageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_RewardCyclePage__Output>): grpc.ClientUnaryCall;
  ListRewardCycles(argument: _agentvault_staking_v1_PageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_RewardCyclePage__Output>): grpc.ClientUnaryCall;
  ListRewardCycles(argument: _agentvault_staking_v1_PageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_RewardCyclePage__Output>): grpc.ClientUnaryCall;
  ListRewardCycles(argument: _agentvault_staking_v1_PageRequest, callback: grpc.requestCallback<_agentvault_staking_v1_RewardCyclePage__Output>): grpc.ClientUnaryCall;
  listRewardCycles(argument: _agentvault_staking_v1_PageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_RewardCyclePage__Output>): grpc.ClientUnaryCall;
  listRewardCycles(argument: _agentvault_staking_v1_PageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_RewardCyclePage__Output>): grpc.ClientUnaryCall;
  listRewardCycles(argument: _agentvault_staking_v1_PageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_RewardCyclePage__Output>): grpc.ClientUnaryCall;
  listRewardCycles(argument: _agentvault_staking_v1_PageRequest, callback: grpc.requestCallback<_agentvault_staking_v1_RewardCyclePage__Output>): grpc.ClientUnaryCall;
  
  ListStakes(argument: _agentvault_staking_v1_ListStakesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_StakePage__Output>): grpc.ClientUnaryCall;
  ListStakes(argument: _agentvault_staking_v1_ListStakesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_StakePage__Output>): grpc.ClientUnaryCall;
  ListStakes(argument: _agentvault_staking_v1_ListStakesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_StakePage__Output>): grpc.ClientUnaryCall;
  ListStakes(argument: _agentvault_staking_v1_ListStakesRequest, callback: grpc.requestCallback<_agentvault_staking_v1_StakePage__Output>): grpc.ClientUnaryCall;
  listStakes(argument: _agentvault_staking_v1_ListStakesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_StakePage__Output>): grpc.ClientUnaryCall;
  listStakes(argument: _agentvault_staking_v1_ListStakesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_StakePage__Output>): grpc.ClientUnaryCall;
  listStakes(argument: _agentvault_staking_v1_ListStakesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_StakePage__Output>): grpc.ClientUnaryCall;
  listStakes(argument: _agentvault_staking_v1_ListStakesRequest, callback: grpc.requestCallback<_agentvault_staking_v1_StakePage__Output>): grpc.ClientUnaryCall;
  
  RunRewardCycle(argument: _agentvault_staking_v1_RunRewardCycleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_RewardCycle__Output>): grpc.ClientUnaryCall;
  RunRewardCycle(argument: _agentvault_staking_v1_RunRewardCycleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_RewardCycle__Output>): grpc.ClientUnaryCall;
  RunRewardCycle(argument: _agentvault_staking_v1_RunRewardCycleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_RewardCycle__Output>): grpc.ClientUnaryCall;
  RunRewardCycle(argument: _agentvault_staking_v1_RunRewardCycleRequest, callback: grpc.requestCallback<_agentvault_staking_v1_RewardCycle__Output>): grpc.ClientUnaryCall;
  runRewardCycle(argument: _agentvault_staking_v1_RunRewardCycleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_RewardCycle__Output>): grpc.ClientUnaryCall;
  runRewardCycle(argument: _agentvault_staking_v1_RunRewardCycleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_RewardCycle__Output>): grpc.ClientUnaryCall;
  runRewardCycle(argument: _agentvault_staking_v1_RunRewardCycleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_RewardCycle__Output>): grpc.ClientUnaryCall;
  runRewardCycle(argument: _agentvault_staking_v1_RunRewardCycleRequest, callback: grpc.requestCallback<_agentvault_staking_v1_RewardCycle__Output>): grpc.ClientUnaryCall;
  
  SetAutoCompound(argument: _agentvault_staking_v1_SetAutoCompoundRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_AutoCompound__Output>): grpc.ClientUnaryCall;
  SetAutoCompound(argument: _agentvault_staking_v1_SetAutoCompoundRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_AutoCompound__Output>): grpc.ClientUnaryCall;
  SetAutoCompound(argument: _agentvault_staking_v1_SetAutoCompoundRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_AutoCompound__Output>): grpc.ClientUnaryCall;
  SetAutoCompound(argument: _agentvault_staking_v1_SetAutoCompoundRequest, callback: grpc.requestCallback<_agentvault_staking_v1_AutoCompound__Output>): grpc.ClientUnaryCall;
  setAutoCompound(argument: _agentvault_staking_v1_SetAutoCompoundRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_AutoCompound__Output>): grpc.ClientUnaryCall;
  setAutoCompound(argument: _agentvault_staking_v1_SetAutoCompoundRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_AutoCompound__Output>): grpc.ClientUnaryCall;
  setAutoCompound(argument: _agentvault_staking_v1_SetAutoCompoundRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_AutoCompound__Output>): grpc.ClientUnaryCall;
  setAutoCompound(argument: _agentvault_staking_v1_SetAutoCompoundRequest, callback: grpc.requestCallback<_agentvault_staking_v1_AutoCompound__Output>): grpc.ClientUnaryCall;
  
  Stake(argument: _agentvault_staking_v1_StakeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_StakeRecord__Output>): grpc.ClientUnaryCall;
  Stake(argument: _agentvault_staking_v1_StakeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_StakeRecord__Output>): grpc.ClientUnaryCall;
  Stake(argument: _agentvault_staking_v1_StakeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_StakeRecord__Output>): grpc.ClientUnaryCall;
  Stake(argument: _agentvault_staking_v1_StakeRequest, callback: grpc.requestCallback<_agentvault_staking_v1_StakeRecord__Output>): grpc.ClientUnaryCall;
  stake(argument: _agentvault_staking_v1_StakeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_StakeRecord__Output>): grpc.ClientUnaryCall;
  stake(argument: _agentvault_staking_v1_StakeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_StakeRecord__Output>): grpc.ClientUnaryCall;
  stake(argument: _agentvault_staking_v1_StakeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_StakeRecord__Output>): grpc.ClientUnaryCall;
  stake(argument: _agentvault_staking_v1_StakeRequest, callback: grpc.requestCallback<_agentvault_staking_v1_StakeRecord__Output>): grpc.ClientUnaryCall;
  
  TakeSnapshot(argument: _agentvault_staking_v1_SnapshotRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_Snapshot__Output>): grpc.ClientUnaryCall;
  TakeSnapshot(argument: _agentvault_staking_v1_SnapshotRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_Snapshot__Output>): grpc.ClientUnaryCall;
  TakeSnapshot(argument: _agentvault_staking_v1_SnapshotRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_Snapshot__Output>): grpc.ClientUnaryCall;
  TakeSnapshot(argument: _agentvault_staking_v1_SnapshotRef, callback: grpc.requestCallback<_agentvault_staking_v1_Snapshot__Output>): grpc.ClientUnaryCall;
  takeSnapshot(argument: _agentvault_staking_v1_SnapshotRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_Snapshot__Output>): grpc.ClientUnaryCall;
  takeSnapshot(argument: _agentvault_staking_v1_SnapshotRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_Snapshot__Output>): grpc.ClientUnaryCall;
  takeSnapshot(argument: _agentvault_staking_v1_SnapshotRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_Snapshot__Output>): grpc.ClientUnaryCall;
  takeSnapshot(argument: _agentvault_staking_v1_SnapshotRef, callback: grpc.requestCallback<_agentvault_staking_v1_Snapshot__Output>): grpc.ClientUnaryCall;
  
  Undelegate(argument: _agentvault_staking_v1_UndelegateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_Delegation__Output>): grpc.ClientUnaryCall;
  Undelegate(argument: _agentvault_staking_v1_UndelegateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_Delegation__Output>): grpc.ClientUnaryCall;
  Undelegate(argument: _agentvault_staking_v1_UndelegateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_Delegation__Output>): grpc.ClientUnaryCall;
  Undelegate(argument: _agentvault_staking_v1_UndelegateRequest, callback: grpc.requestCallback<_agentvault_staking_v1_Delegation__Output>): grpc.ClientUnaryCall;
  undelegate(argument: _agentvault_staking_v1_UndelegateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_Delegation__Output>): grpc.ClientUnaryCall;
  undelegate(argument: _agentvault_staking_v1_UndelegateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_Delegation__Output>): grpc.ClientUnaryCall;
  undelegate(argument: _agentvault_staking_v1_UndelegateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_Delegation__Output>): grpc.ClientUnaryCall;
  undelegate(argument: _agentvault_staking_v1_UndelegateRequest, callback: grpc.requestCallback<_agentvault_staking_v1_Delegation__Output>): grpc.ClientUnaryCall;
  
  Unstake(argument: _agentvault_staking_v1_UnstakeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_UnstakeResult__Output>): grpc.ClientUnaryCall;
  Unstake(argument: _agentvault_staking_v1_UnstakeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_UnstakeResult__Output>): grpc.ClientUnaryCall;
  Unstake(argument: _agentvault_staking_v1_UnstakeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_UnstakeResult__Output>): grpc.ClientUnaryCall;
  Unstake(argument: _agentvault_staking_v1_UnstakeRequest, callback: grpc.requestCallback<_agentvault_staking_v1_UnstakeResult__Output>): grpc.ClientUnaryCall;
  unstake(argument: _agentvault_staking_v1_UnstakeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_UnstakeResult__Output>): grpc.ClientUnaryCall;
  unstake(argument: _agentvault_staking_v1_UnstakeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_UnstakeResult__Output>): grpc.ClientUnaryCall;
  unstake(argument: _agentvault_staking_v1_UnstakeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_UnstakeResult__Output>): grpc.ClientUnaryCall;
  unstake(argument: _agentvault_staking_v1_UnstakeRequest, callback: grpc.requestCallback<_agentvault_staking_v1_UnstakeResult__Output>): grpc.ClientUnaryCall;
  
  UpdateRewardConfig(argument: _agentvault_staking_v1_RewardConfigInput, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfig__Output>): grpc.ClientUnaryCall;
  UpdateRewardConfig(argument: _agentvault_staking_v1_RewardConfigInput, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfig__Output>): grpc.ClientUnaryCall;
  UpdateRewardConfig(argument: _agentvault_staking_v1_RewardConfigInput, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfig__Output>): grpc.ClientUnaryCall;
  UpdateRewardConfig(argument: _agentvault_staking_v1_RewardConfigInput, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfig__Output>): grpc.ClientUnaryCall;
  updateRewardConfig(argument: _agentvault_staking_v1_RewardConfigInput, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfig__Output>): grpc.ClientUnaryCall;
  updateRewardConfig(argument: _agentvault_staking_v1_RewardConfigInput, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfig__Output>): grpc.ClientUnaryCall;
  updateRewardConfig(argument: _agentvault_staking_v1_RewardConfigInput, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfig__Output>): grpc.ClientUnaryCall;
  updateRewardConfig(argument: _agentvault_staking_v1_RewardConfigInput, callback: grpc.requestCallback<_agentvault_staking_v1_RewardConfig__Output>): grpc.ClientUnaryCall;
  
}

export interface StakingServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateRewardConfig: grpc.handleUnaryCall<_agentvault_staking_v1_RewardConfigInput__Output, _agentvault_staking_v1_RewardConfig>;
  
  Delegate: grpc.handleUnaryCall<_agentvault_staking_v1_DelegateRequest__Output, _agentvault_staking_v1_Delegation>;
  
  GetBalance: grpc.handleUnaryCall<_agentvault_staking_v1_AgentRef__Output, _agentvault_staking_v1_StakingBalance>;
  
  GetSnapshotPower: grpc.handleUnaryCall<_agentvault_staking_v1_SnapshotPowerRequest__Output, _agentvault_staking_v1_SnapshotPower>;
  
  GetStatus: grpc.handleUnaryCall<_agentvault_staking_v1_AgentRef__Output, _agentvault_staking_v1_StakingStatus>;
  
  GetSummary: grpc.handleUnaryCall<_agentvault_staking_v1_Empty__Output, _agentvault_staking_v1_StakingSummary>;
  
  GetVotingPower: grpc.handleUnaryCall<_agentvault_staking_v1_AgentRef__Output, _agentvault_staking_v1_VotingPower>;
  
  ListDelegations: grpc.handleUnaryCall<_agentvault_staking_v1_ListDelegationsRequest__Output, _agentvault_staking_v1_Delegations>;
  
  ListRewardConfigs: grpc.handleUnaryCall<_agentvault_staking_v1_Empty__Output, _agentvault_staking_v1_RewardConfigs>;
  
  ListRewardCycles: grpc.handleUnaryCall<_agentvault_staking_v1_PageRequest__Output, _agentvault_staking_v1_RewardCyclePage>;
  
  ListStakes: grpc.handleUnaryCall<_agentvault_staking_v1_ListStakesRequest__Output, _agentvault_staking_v1_StakePage>;
  
  RunRewardCycle: grpc.handleUnaryCall<_agentvault_staking_v1_RunRewardCycleRequest__Output, _agentvault_staking_v1_RewardCycle>;
  
  SetAutoCompound: grpc.handleUnaryCall<_agentvault_staking_v1_SetAutoCompoundRequest__Output, _agentvault_staking_v1_AutoCompound>;
  
  Stake: grpc.handleUnaryCall<_agentvault_staking_v1_StakeRequest__Output, _agentvault_staking_v1_StakeRecord>;
  
  TakeSnapshot: grpc.handleUnaryCall<_agentvault_staking_v1_SnapshotRef__Output, _agentvault_staking_v1_Snapshot>;
  
  Undelegate: grpc.handleUnaryCall<_agentvault_staking_v1_UndelegateRequest__Output, _agentvault_staking_v1_Delegation>;
  
  Unstake: grpc.handleUnaryCall<_agentvault_staking_v1_UnstakeRequest__Output, _agentvault_staking_v1_UnstakeResult>;
  
  UpdateRewardConfig: grpc.handleUnaryCall<_agentvault_staking_v1_RewardConfigInput__Output, _agentvault_staking_v1_RewardConfig>;
  
}

export interface StakingServiceDefinition extends grpc.ServiceDefinition {
  CreateRewardConfig: MethodDefinition<_agentvault_staking_v1_RewardConfigInput, _agentvault_staking_v1_RewardConfig, _agentvault_staking_v1_RewardConfigInput__Output, _agentvault_staking_v1_RewardConfig__Output>
  Delegate: MethodDefinition<_agentvault_staking_v1_DelegateRequest, _agentvault_staking_v1_Delegation, _agentvault_staking_v1_DelegateRequest__Output, _agentvault_staking_v1_Delegation__Output>
  GetBalance: MethodDefinition<_agentvault_staking_v1_AgentRef, _agentvault_staking_v1_StakingBalance, _agentvault_staking_v1_AgentRef__Output, _agentvault_staking_v1_StakingBalance__Output>
  GetSnapshotPower: MethodDefinition<_agentvault_staking_v1_SnapshotPowerRequest, _agentvault_staking_v1_SnapshotPower, _agentvault_staking_v1_SnapshotPowerRequest__Output, _agentvault_staking_v1_SnapshotPower__Output>
  GetStatus: MethodDefinition<_agentvault_staking_v1_AgentRef, _agentvault_staking_v1_StakingStatus, _agentvault_staking_v1_AgentRef__Output, _agentvault_staking_v1_StakingStatus__Output>
  GetSummary: MethodDefinition<_agentvault_staking_v1_Empty, _agentvault_staking_v1_StakingSummary, _agentvault_staking_v1_Empty__Output, _agentvault_staking_v1_StakingSummary__Output>
  GetVotingPower: MethodDefinition<_agentvault_staking_v1_AgentRef, _agentvault_staking_v1_VotingPower, _agentvault_staking_v1_AgentRef__Output, _agentvault_staking_v1_VotingPower__Output>
  ListDelegations: MethodDefinition<_agentvault_staking_v1_ListDelegationsRequest, _agentvault_staking_v1_Delegations, _agentvault_staking_v1_ListDelegationsRequest__Output, _agentvault_staking_v1_Delegations__Output>
  ListRewardConfigs: MethodDefinition<_agentvault_staking_v1_Empty, _agentvault_staking_v1_RewardConfigs, _agentvault_staking_v1_Empty__Output, _agentvault_staking_v1_RewardConfigs__Output>
  ListRewardCycles: MethodDefinition<_agentvault_staking_v1_PageRequest, _agentvault_staking_v1_RewardCyclePage, _agentvault_staking_v1_PageRequest__Output, _agentvault_staking_v1_RewardCyclePage__Output>
  ListStakes: MethodDefinition<_agentvault_staking_v1_ListStakesRequest, _agentvault_staking_v1_StakePage, _agentvault_staking_v1_ListStakesRequest__Output, _agentvault_staking_v1_StakePage__Output>
  RunRewardCycle: MethodDefinition<_agentvault_staking_v1_RunRewardCycleRequest, _agentvault_staking_v1_RewardCycle, _agentvault_staking_v1_RunRewardCycleRequest__Output, _agentvault_staking_v1_RewardCycle__Output>
  SetAutoCompound: MethodDefinition<_agentvault_staking_v1_SetAutoCompoundRequest, _agentvault_staking_v1_AutoCompound, _agentvault_staking_v1_SetAutoCompoundRequest__Output, _agentvault_staking_v1_AutoCompound__Output>
  Stake: MethodDefinition<_agentvault_staking_v1_StakeRequest, _agentvault_staking_v1_StakeRecord, _agentvault_staking_v1_StakeRequest__Output, _agentvault_staking_v1_StakeRecord__Output>
  TakeSnapshot: MethodDefinition<_agentvault_staking_v1_SnapshotRef, _agentvault_staking_v1_Snapshot, _agentvault_staking_v1_SnapshotRef__Output, _agentvault_staking_v1_Snapshot__Output>
  Undelegate: MethodDefinition<_agentvault_staking_v1_UndelegateRequest, _agentvault_staking_v1_Delegation, _agentvault_staking_v1_UndelegateRequest__Output, _agentvault_staking_v1_Delegation__Output>
  Unstake: MethodDefinition<_agentvault_staking_v1_UnstakeRequest, _agentvault_staking_v1_UnstakeResult, _agentvault_staking_v1_UnstakeRequest__Output, _agentvault_staking_v1_UnstakeResult__Output>
  UpdateRewardConfig: MethodDefinition<_agentvault_staking_v1_RewardConfigInput, _agentvault_staking_v1_RewardConfig, _agentvault_staking_v1_RewardConfigInput__Output, _agentvault_staking_v1_RewardConfig__Output>
}
