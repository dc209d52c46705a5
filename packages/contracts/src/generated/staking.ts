import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AgentRef as _agentvault_staking_v1_AgentRef, AgentRef__Output as _agentvault_staking_v1_AgentRef__Output } from './agentvault/staking/v1/AgentRef.js';
import type { AutoCompound as _agentvault_staking_v1_AutoCompound, AutoCompound__Output as _agentvault_staking_v1_AutoCompound__Output } from './agentvault/staking/v1/AutoCompound.js';
import type { DelegateRequest as _agentvault_staking_v1_DelegateRequest, DelegateRequest__Output as _agentvault_staking_v1_DelegateRequest__Output } from './agentvault/staking/v1/DelegateRequest.js';
import type { Delegation as _agentvault_staking_v1_Delegation, Delegation__Output as _agentvault_staking_v1_Delegation__Output } from './agentvault/staking/v1/Delegation.js';
import type { Delegations as _agentvault_staking_v1_Delegations, Delegations__Output as _agentvault_staking_v1_Delegations__Output } from './agentvault/staking/v1/Delegations.js';
import type { Empty as _agentvault_staking_v1_Empty, Empty__Output as _agentvault_staking_v1_Empty__Output } from './agentvault/staking/v1/Empty.js';
import type { ListDelegationsRequest as _agentvault_staking_v1_ListDelegationsRequest, ListDelegationsRequest__Output as _agentvault_staking_v1_ListDelegationsRequest__Output } from './agentvault/staking/v1/ListDelegationsRequest.js';
import type { ListStakesRequest as _agentvault_staking_v1_ListStakesRequest, ListStakesRequest__Output as _agentvault_staking_v1_ListStakesRequest__Output } from './agentvault/staking/v1/ListStakesRequest.js';
import type { PageRequest as _agentvault_staking_v1_PageRequest, PageRequest__Output as _agentvault_staking_v1_PageRequest__Output } from './agentvault/staking/v1/PageRequest.js';
import type { RewardConfig as _agentvault_staking_v1_RewardConfig, RewardConfig__Output as _agentvault_staking_v1_RewardConfig__Output } from './agentvault/staking/v1/RewardConfig.js';
import type { RewardConfigInput as _agentvault_staking_v1_RewardConfigInput, RewardConfigInput__Output as _agentvault_staking_v1_RewardConfigInput__Output } from './agentvault/staking/v1/RewardConfigInput.js';
import type { RewardConfigs as _agentvault_staking_v1_RewardConfigs, RewardConfigs__Output as _agentvault_staking_v1_RewardConfigs__Output } from './agentvault/staking/v1/RewardConfigs.js';
import type { RewardCycle as _agentvault_staking_v1_RewardCycle, RewardCycle__Output as _agentvault_staking_v1_RewardCycle__Output } from './agentvault/staking/v1/RewardCycle.js';
import type { RewardCyclePage as _agentvault_staking_v1_RewardCyclePage, RewardCyclePage__Output as _agentvault_staking_v1_RewardCyclePage__Output } from './agentvault/staking/v1/RewardCyclePage.js';
import type { RunRewardCycleRequest as _agentvault_staking_v1_RunRewardCycleRequest, RunRewardCycleRequest__Output as _agentvault_staking_v1_RunRewardCycleRequest__Output } from './agentvault/staking/v1/RunRewardCycleRequest.js';
import type { SetAutoCompoundRequest as _agentvault_staking_v1_SetAutoCompoundRequest, SetAutoCompoundRequest__Output as _agentvault_staking_v1_SetAutoCompoundRequest__Output } from './agentvault/staking/v1/SetAutoCompoundRequest.js';
import type { Snapshot as _agentvault_staking_v1_Snapshot, Snapshot__Output as _agentvault_staking_v1_Snapshot__Output } from './agentvault/staking/v1/Snapshot.js';
import type { SnapshotPower as _agentvault_staking_v1_SnapshotPower, SnapshotPower__Output as _agentvault_staking_v1_SnapshotPower__Output } from './agentvault/staking/v1/SnapshotPower.js';
import type { SnapshotPowerRequest as _agentvault_staking_v1_SnapshotPowerRequest, SnapshotPowerRequest__Output as _agentvault_staking_v1_SnapshotPowerRequest__Output } from './agentvault/staking/v1/SnapshotPowerRequest.js';
import type { SnapshotRef as _agentvault_staking_v1_SnapshotRef, SnapshotRef__Output as _agentvault_staking_v1_SnapshotRef__Output } from './agentvault/staking/v1/SnapshotRef.js';
import type { StakePage as _agentvault_staking_v1_StakePage, StakePage__Output as _agentvault_staking_v1_StakePage__Output } from './agentvault/staking/v1/StakePage.js';
import type { StakePower as _agentvault_staking_v1_StakePower, StakePower__Output as _agentvault_staking_v1_StakePower__Output } from './agentvault/staking/v1/StakePower.js';
import type { StakeRecord as _agentvault_staking_v1_StakeRecord, StakeRecord__Output as _agentvault_staking_v1_StakeRecord__Output } from './agentvault/staking/v1/StakeRecord.js';
import type { StakeRequest as _agentvault_staking_v1_StakeRequest, StakeRequest__Output as _agentvault_staking_v1_StakeRequest__Output } from './agentvault/staking/v1/StakeRequest.js';
import type { StakingBalance as _agentvault_staking_v1_StakingBalance, StakingBalance__Output as _agentvault_staking_v1_StakingBalance__Output } from './agentvault/staking/v1/StakingBalance.js';
import type { StakingServiceClient as _agentvault_staking_v1_StakingServiceClient, StakingServiceDefinition as _agentvault_staking_v1_StakingServiceDefinition } from './agentvault/staking/v1/StakingService.js';
import type { StakingStatus as _agentvault_staking_v1_StakingStatus, StakingStatus__Output as _agentvault_staking_v1_StakingStatus__Output } from './agentvault/staking/v1/StakingStatus.js';
import type { StakingSummary as _agentvault_staking_v1_StakingSummary, StakingSummary__Output as _agentvault_staking_v1_StakingSummary__Output } from './agentvault/staking/v1/StakingSummary.js';
import type { Unbonding as _agentvault_staking_v1_Unbonding, Unbonding__Output as _agentvault_staking_v1_Unbonding__Output } from './agentvault/staking/v1/Unbonding.js';
import type { UndelegateRequest as _agentvault_staking_v1_UndelegateRequest, UndelegateRequest__Output as _agentvault_staking_v1_UndelegateRequest__Output } from './agentvault/staking/v1/UndelegateRequest.js';
import type { UnstakeRequest as _agentvault_staking_v1_UnstakeRequest, UnstakeRequest__Output as _agentvault_staking_v1_UnstakeRequest__Output } from './agentvault/staking/v1/UnstakeRequest.js';
import type { UnstakeResult as _agentvault_staking_v1_UnstakeResult, UnstakeResult__Output as _agentvault_staking_v1_UnstakeResult__Output } from './agentvault/staking/v1/UnstakeResult.js';
import type { VotingPower as _agentvault_staking_v1_VotingPower, VotingPower__Output as _agentvault_staking_v1_VotingPower__Output } from './agentvault/staking/v1/VotingPower.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  agentvault: {
    staking: {
      v1: {
        AgentRef: MessageTypeDefinition<_agentvault_staking_v1_AgentRef, _agentvault_staking_v1_AgentRef__Output>
        AutoCompound: MessageTypeDefinition<_agentvault_staking_v1_AutoCompound, _agentvault_staking_v1_AutoCompound__Output>
        DelegateRequest: MessageTypeDefinition<_agentvault_staking_v1_DelegateRequest, _agentvault_staking_v1_DelegateRequest__Output>
        Delegation: MessageTypeDefinition<_agentvault_staking_v1_Delegation, _agentvault_staking_v1_Delegation__Output>
        Delegations: MessageTypeDefinition<_agentvault_staking_v1_Delegations, _agentvault_staking_v1_Delegations__Output>
        Empty: MessageTypeDefinition<_agentvault_staking_v1_Empty, _agentvault_staking_v1_Empty__Output>
        ListDelegationsRequest: MessageTypeDefinition<_agentvault_staking_v1_ListDelegationsRequest, _agentvault_staking_v1_ListDelegationsRequest__Output>
        ListStakesRequest: MessageTypeDefinition<_agentvault_staking_v1_ListStakesRequest, _agentvault_staking_v1_ListStakesRequest__Output>
        PageRequest: MessageTypeDefinition<_agentvault_staking_v1_PageRequest, _agentvault_staking_v1_PageRequest__Output>
        RewardConfig: MessageTypeDefinition<_agentvault_staking_v1_RewardConfig, _agentvault_staking_v1_RewardConfig__Output>
        RewardConfigInput: MessageTypeDefinition<_agentvault_staking_v1_RewardConfigInput, _agentvault_staking_v1_RewardConfigInput__Output>
        RewardConfigs: MessageTypeDefinition<_agentvault_staking_v1_RewardConfigs, _agentvault_staking_v1_RewardConfigs__Output>
        RewardCycle: MessageTypeDefinition<_agentvault_staking_v1_RewardCycle, _agentvault_staking_v1_RewardCycle__Output>
        RewardCyclePage: MessageTypeDefinition<_agentvault_staking_v1_RewardCyclePage, _agentvault_staking_v1_RewardCyclePage__Output>
        RunRewardCycleRequest: MessageTypeDefinition<_agentvault_staking_v1_RunRewardCycleRequest, _agentvault_staking_v1_RunRewardCycleRequest__Output>
        SetAutoCompoundRequest: MessageTypeDefinition<_agentvault_staking_v1_SetAutoCompoundRequest, _agentvault_staking_v1_SetAutoCompoundRequest__Output>
        Snapshot: MessageTypeDefinition<_agentvault_staking_v1_Snapshot, _agentvault_staking_v1_Snapshot__Output>
        SnapshotPower: MessageTypeDefinition<_agentvault_staking_v1_SnapshotPower, _agentvault_staking_v1_SnapshotPower__Output>
        SnapshotPowerRequest: MessageTypeDefinition<_agentvault_staking_v1_SnapshotPowerRequest, _agentvault_staking_v1_SnapshotPowerRequest__Output>
        SnapshotRef: MessageTypeDefinition<_agentvault_staking_v1_SnapshotRef, _agentvault_staking_v1_SnapshotRef__Output>
        StakePage: MessageTypeDefinition<_agentvault_staking_v1_StakePage, _agentvault_staking_v1_StakePage__Output>
        StakePower: MessageTypeDefinition<_agentvault_staking_v1_StakePower, _agentvault_staking_v1_StakePower__Output>
        StakeRecord: MessageTypeDefinition<_agentvault_staking_v1_StakeRecord, _agentvault_staking_v1_StakeRecord__Output>
        StakeRequest: MessageTypeDefinition<_agentvault_staking_v1_StakeRequest, _agentvault_staking_v1_StakeRequest__Output>
        StakingBalance: MessageTypeDefinition<_agentvault_staking_v1_StakingBalance, _agentvault_staking_v1_StakingBalance__Output>
        StakingService: SubtypeConstructor<typeof grpc.Client, _agentvault_staking_v1_StakingServiceClient> & { service: _agentvault_staking_v1_StakingServiceDefinition }
        StakingStatus: MessageTypeDefinition<_agentvault_staking_v1_StakingStatus, _agentvault_staking_v1_StakingStatus__Output>
        StakingSummary: MessageTypeDefinition<_agentvault_staking_v1_StakingSummary, _agentvault_staking_v1_StakingSummary__Output>
        Unbonding: MessageTypeDefinition<_agentvault_staking_v1_Unbonding, _agentvault_staking_v1_Unbonding__Output>
        UndelegateRequest: MessageTypeDefinition<_agentvault_staking_v1_UndelegateRequest, _agentvault_staking_v1_UndelegateRequest__Output>
        UnstakeRequest: MessageTypeDefinition<_agentvault_staking_v1_UnstakeRequest, _agentvault_staking_v1_UnstakeRequest__Output>
        UnstakeResult: MessageTypeDefinition<_agentvault_staking_v1_UnstakeResult, _agentvault_staking_v1_UnstakeResult__Output>
        VotingPower: MessageTypeDefinition<_agentvault_staking_v1_VotingPower, _agentvault_staking_v1_VotingPower__Output>
      }
    }
  }
}

