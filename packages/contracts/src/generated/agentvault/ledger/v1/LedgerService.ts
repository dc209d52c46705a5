// Original file: proto/agentvault/ledger/v1/ledger.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AccountRef as _agentvault_ledger_v1_AccountRef, AccountRef__Output as _agentvault_ledger_v1_AccountRef__Output } from '../../../agentvault/ledger/v1/AccountRef.js';
import type { AccountRefs as _agentvault_ledger_v1_AccountRefs, AccountRefs__Output as _agentvault_ledger_v1_AccountRefs__Output } from '../../../agentvault/ledger/v1/AccountRefs.js';
import type { AccountStatus as _agentvault_ledger_v1_AccountStatus, AccountStatus__Output as _agentvault_ledger_v1_AccountStatus__Output } from '../../../agentvault/ledger/v1/AccountStatus.js';
import type { AdjustReputationRequest as _agentvault_ledger_v1_AdjustReputationRequest, AdjustReputationRequest__Output as _agentvault_ledger_v1_AdjustReputationRequest__Output } from '../../../agentvault/ledger/v1/AdjustReputationRequest.js';
import type { ApplyPenaltyRequest as _agentvault_ledger_v1_ApplyPenaltyRequest, ApplyPenaltyRequest__Output as _agentvault_ledger_v1_ApplyPenaltyRequest__Output } from '../../../agentvault/ledger/v1/ApplyPenaltyRequest.js';
import type { ApplyReputationSignalRequest as _agentvault_ledger_v1_ApplyReputationSignalRequest, ApplyReputationSignalRequest__Output as _agentvault_ledger_v1_ApplyReputationSignalRequest__Output } from '../../../agentvault/ledger/v1/ApplyReputationSignalRequest.js';
import type { AuditReport as _agentvault_ledger_v1_AuditReport, AuditReport__Output as _agentvault_ledger_v1_AuditReport__Output } from '../../../agentvault/ledger/v1/AuditReport.js';
import type { Balance as _agentvault_ledger_v1_Balance, Balance__Output as _agentvault_ledger_v1_Balance__Output } from '../../../agentvault/ledger/v1/Balance.js';
import type { Balances as _agentvault_ledger_v1_Balances, Balances__Output as _agentvault_ledger_v1_Balances__Output } from '../../../agentvault/ledger/v1/Balances.js';
import type { BridgeFigures as _agentvault_ledger_v1_BridgeFigures, BridgeFigures__Output as _agentvault_ledger_v1_BridgeFigures__Output } from '../../../agentvault/ledger/v1/BridgeFigures.js';
import type { BridgeFiguresRequest as _agentvault_ledger_v1_BridgeFiguresRequest, BridgeFiguresRequest__Output as _agentvault_ledger_v1_BridgeFiguresRequest__Output } from '../../../agentvault/ledger/v1/BridgeFiguresRequest.js';
import type { BridgeMoveRequest as _agentvault_ledger_v1_BridgeMoveRequest, BridgeMoveRequest__Output as _agentvault_ledger_v1_BridgeMoveRequest__Output } from '../../../agentvault/ledger/v1/BridgeMoveRequest.js';
import type { BridgeMoveResult as _agentvault_ledger_v1_BridgeMoveResult, BridgeMoveResult__Output as _agentvault_ledger_v1_BridgeMoveResult__Output } from '../../../agentvault/ledger/v1/BridgeMoveResult.js';
import type { BurnTokensRequest as _agentvault_ledger_v1_BurnTokensRequest, BurnTokensRequest__Output as _agentvault_ledger_v1_BurnTokensRequest__Output } from '../../../agentvault/ledger/v1/BurnTokensRequest.js';
import type { ChainHead as _agentvault_ledger_v1_ChainHead, ChainHead__Output as _agentvault_ledger_v1_ChainHead__Output } from '../../../agentvault/ledger/v1/ChainHead.js';
import type { ChainVerification as _agentvault_ledger_v1_ChainVerification, ChainVerification__Output as _agentvault_ledger_v1_ChainVerification__Output } from '../../../agentvault/ledger/v1/ChainVerification.js';
import type { ClaimPledgeRequest as _agentvault_ledger_v1_ClaimPledgeRequest, ClaimPledgeRequest__Output as _agentvault_ledger_v1_ClaimPledgeRequest__Output } from '../../../agentvault/ledger/v1/ClaimPledgeRequest.js';
import type { CreditPledgeRequest as _agentvault_ledger_v1_CreditPledgeRequest, CreditPledgeRequest__Output as _agentvault_ledger_v1_CreditPledgeRequest__Output } from '../../../agentvault/ledger/v1/CreditPledgeRequest.js';
import type { DecideFundingRequest as _agentvault_ledger_v1_DecideFundingRequest, DecideFundingRequest__Output as _agentvault_ledger_v1_DecideFundingRequest__Output } from '../../../agentvault/ledger/v1/DecideFundingRequest.js';
import type { DeveloperRef as _agentvault_ledger_v1_DeveloperRef, DeveloperRef__Output as _agentvault_ledger_v1_DeveloperRef__Output } from '../../../agentvault/ledger/v1/DeveloperRef.js';
import type { DeveloperSummary as _agentvault_ledger_v1_DeveloperSummary, DeveloperSummary__Output as _agentvault_ledger_v1_DeveloperSummary__Output } from '../../../agentvault/ledger/v1/DeveloperSummary.js';
import type { Empty as _agentvault_ledger_v1_Empty, Empty__Output as _agentvault_ledger_v1_Empty__Output } from '../../../agentvault/ledger/v1/Empty.js';
import type { FeeConfig as _agentvault_ledger_v1_FeeConfig, FeeConfig__Output as _agentvault_ledger_v1_FeeConfig__Output } from '../../../agentvault/ledger/v1/FeeConfig.js';
import type { FundAgentRequest as _agentvault_ledger_v1_FundAgentRequest, FundAgentRequest__Output as _agentvault_ledger_v1_FundAgentRequest__Output } from '../../../agentvault/ledger/v1/FundAgentRequest.js';
import type { FundingApproval as _agentvault_ledger_v1_FundingApproval, FundingApproval__Output as _agentvault_ledger_v1_FundingApproval__Output } from '../../../agentvault/ledger/v1/FundingApproval.js';
import type { FundingRequestPage as _agentvault_ledger_v1_FundingRequestPage, FundingRequestPage__Output as _agentvault_ledger_v1_FundingRequestPage__Output } from '../../../agentvault/ledger/v1/FundingRequestPage.js';
import type { FundingRequestRecord as _agentvault_ledger_v1_FundingRequestRecord, FundingRequestRecord__Output as _agentvault_ledger_v1_FundingRequestRecord__Output } from '../../../agentvault/ledger/v1/FundingRequestRecord.js';
import type { Hold as _agentvault_ledger_v1_Hold, Hold__Output as _agentvault_ledger_v1_Hold__Output } from '../../../agentvault/ledger/v1/Hold.js';
import type { HoldRef as _agentvault_ledger_v1_HoldRef, HoldRef__Output as _agentvault_ledger_v1_HoldRef__Output } from '../../../agentvault/ledger/v1/HoldRef.js';
import type { HoldResult as _agentvault_ledger_v1_HoldResult, HoldResult__Output as _agentvault_ledger_v1_HoldResult__Output } from '../../../agentvault/ledger/v1/HoldResult.js';
import type { HoldsAudit as _agentvault_ledger_v1_HoldsAudit, HoldsAudit__Output as _agentvault_ledger_v1_HoldsAudit__Output } from '../../../agentvault/ledger/v1/HoldsAudit.js';
import type { IssueTokensRequest as _agentvault_ledger_v1_IssueTokensRequest, IssueTokensRequest__Output as _agentvault_ledger_v1_IssueTokensRequest__Output } from '../../../agentvault/ledger/v1/IssueTokensRequest.js';
import type { ListFundingRequestsRequest as _agentvault_ledger_v1_ListFundingRequestsRequest, ListFundingRequestsRequest__Output as _agentvault_ledger_v1_ListFundingRequestsRequest__Output } from '../../../agentvault/ledger/v1/ListFundingRequestsRequest.js';
import type { ListTransactionsRequest as _agentvault_ledger_v1_ListTransactionsRequest, ListTransactionsRequest__Output as _agentvault_ledger_v1_ListTransactionsRequest__Output } from '../../../agentvault/ledger/v1/ListTransactionsRequest.js';
import type { LockFundsRequest as _agentvault_ledger_v1_LockFundsRequest, LockFundsRequest__Output as _agentvault_ledger_v1_LockFundsRequest__Output } from '../../../agentvault/ledger/v1/LockFundsRequest.js';
import type { LockFundsResult as _agentvault_ledger_v1_LockFundsResult, LockFundsResult__Output as _agentvault_ledger_v1_LockFundsResult__Output } from '../../../agentvault/ledger/v1/LockFundsResult.js';
import type { LockedBalances as _agentvault_ledger_v1_LockedBalances, LockedBalances__Output as _agentvault_ledger_v1_LockedBalances__Output } from '../../../agentvault/ledger/v1/LockedBalances.js';
import type { OpenAgentAccountRequest as _agentvault_ledger_v1_OpenAgentAccountRequest, OpenAgentAccountRequest__Output as _agentvault_ledger_v1_OpenAgentAccountRequest__Output } from '../../../agentvault/ledger/v1/OpenAgentAccountRequest.js';
import type { OwnedBalancesRequest as _agentvault_ledger_v1_OwnedBalancesRequest, OwnedBalancesRequest__Output as _agentvault_ledger_v1_OwnedBalancesRequest__Output } from '../../../agentvault/ledger/v1/OwnedBalancesRequest.js';
import type { PageRequest as _agentvault_ledger_v1_PageRequest, PageRequest__Output as _agentvault_ledger_v1_PageRequest__Output } from '../../../agentvault/ledger/v1/PageRequest.js';
import type { PlaceHoldRequest as _agentvault_ledger_v1_PlaceHoldRequest, PlaceHoldRequest__Output as _agentvault_ledger_v1_PlaceHoldRequest__Output } from '../../../agentvault/ledger/v1/PlaceHoldRequest.js';
import type { PledgeReversal as _agentvault_ledger_v1_PledgeReversal, PledgeReversal__Output as _agentvault_ledger_v1_PledgeReversal__Output } from '../../../agentvault/ledger/v1/PledgeReversal.js';
import type { PostHoldRequest as _agentvault_ledger_v1_PostHoldRequest, PostHoldRequest__Output as _agentvault_ledger_v1_PostHoldRequest__Output } from '../../../agentvault/ledger/v1/PostHoldRequest.js';
import type { Reputation as _agentvault_ledger_v1_Reputation, Reputation__Output as _agentvault_ledger_v1_Reputation__Output } from '../../../agentvault/ledger/v1/Reputation.js';
import type { ReputationAdjustment as _agentvault_ledger_v1_ReputationAdjustment, ReputationAdjustment__Output as _agentvault_ledger_v1_ReputationAdjustment__Output } from '../../../agentvault/ledger/v1/ReputationAdjustment.js';
import type { ReputationHistoryPage as _agentvault_ledger_v1_ReputationHistoryPage, ReputationHistoryPage__Output as _agentvault_ledger_v1_ReputationHistoryPage__Output } from '../../../agentvault/ledger/v1/ReputationHistoryPage.js';
import type { ReputationHistoryRequest as _agentvault_ledger_v1_ReputationHistoryRequest, ReputationHistoryRequest__Output as _agentvault_ledger_v1_ReputationHistoryRequest__Output } from '../../../agentvault/ledger/v1/ReputationHistoryRequest.js';
import type { ReputationRankingPage as _agentvault_ledger_v1_ReputationRankingPage, ReputationRankingPage__Output as _agentvault_ledger_v1_ReputationRankingPage__Output } from '../../../agentvault/ledger/v1/ReputationRankingPage.js';
import type { ReputationSignalResult as _agentvault_ledger_v1_ReputationSignalResult, ReputationSignalResult__Output as _agentvault_ledger_v1_ReputationSignalResult__Output } from '../../../agentvault/ledger/v1/ReputationSignalResult.js';
import type { Reputations as _agentvault_ledger_v1_Reputations, Reputations__Output as _agentvault_ledger_v1_Reputations__Output } from '../../../agentvault/ledger/v1/Reputations.js';
import type { RequestFundingRequest as _agentvault_ledger_v1_RequestFundingRequest, RequestFundingRequest__Output as _agentvault_ledger_v1_RequestFundingRequest__Output } from '../../../agentvault/ledger/v1/RequestFundingRequest.js';
import type { ReversePledgeRequest as _agentvault_ledger_v1_ReversePledgeRequest, ReversePledgeRequest__Output as _agentvault_ledger_v1_ReversePledgeRequest__Output } from '../../../agentvault/ledger/v1/ReversePledgeRequest.js';
import type { SetAgentSuspendedRequest as _agentvault_ledger_v1_SetAgentSuspendedRequest, SetAgentSuspendedRequest__Output as _agentvault_ledger_v1_SetAgentSuspendedRequest__Output } from '../../../agentvault/ledger/v1/SetAgentSuspendedRequest.js';
import type { SetTransferFeeRequest as _agentvault_ledger_v1_SetTransferFeeRequest, SetTransferFeeRequest__Output as _agentvault_ledger_v1_SetTransferFeeRequest__Output } from '../../../agentvault/ledger/v1/SetTransferFeeRequest.js';
import type { SystemTransferRequest as _agentvault_ledger_v1_SystemTransferRequest, SystemTransferRequest__Output as _agentvault_ledger_v1_SystemTransferRequest__Output } from '../../../agentvault/ledger/v1/SystemTransferRequest.js';
import type { TransactionPage as _agentvault_ledger_v1_TransactionPage, TransactionPage__Output as _agentvault_ledger_v1_TransactionPage__Output } from '../../../agentvault/ledger/v1/TransactionPage.js';
import type { TransactionResult as _agentvault_ledger_v1_TransactionResult, TransactionResult__Output as _agentvault_ledger_v1_TransactionResult__Output } from '../../../agentvault/ledger/v1/TransactionResult.js';
import type { TransferBatchRequest as _agentvault_ledger_v1_TransferBatchRequest, TransferBatchRequest__Output as _agentvault_ledger_v1_TransferBatchRequest__Output } from '../../../agentvault/ledger/v1/TransferBatchRequest.js';
import type { TransferBatchResult as _agentvault_ledger_v1_TransferBatchResult, TransferBatchResult__Output as _agentvault_ledger_v1_TransferBatchResult__Output } from '../../../agentvault/ledger/v1/TransferBatchResult.js';
import type { TransferRequest as _agentvault_ledger_v1_TransferRequest, TransferRequest__Output as _agentvault_ledger_v1_TransferRequest__Output } from '../../../agentvault/ledger/v1/TransferRequest.js';
import type { TreasuryPayoutRequest as _agentvault_ledger_v1_TreasuryPayoutRequest, TreasuryPayoutRequest__Output as _agentvault_ledger_v1_TreasuryPayoutRequest__Output } from '../../../agentvault/ledger/v1/TreasuryPayoutRequest.js';
import type { VoidHoldRequest as _agentvault_ledger_v1_VoidHoldRequest, VoidHoldRequest__Output as _agentvault_ledger_v1_VoidHoldRequest__Output } from '../../../agentvault/ledger/v1/VoidHoldRequest.js';
import type { WrappedBalances as _agentvault_ledger_v1_WrappedBalances, WrappedBalances__Output as _agentvault_ledger_v1_WrappedBalances__Output } from '../../../agentvault/ledger/v1/WrappedBalances.js';

export interface LedgerServiceClient extends grpc.Client {
  AdjustReputation(argument: _agentvault_ledger_v1_AdjustReputationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationAdjustment__Output>): grpc.ClientUnaryCall;
  AdjustReputation(argument: _agentvault_ledger_v1_AdjustReputationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationAdjustment__Output>): grpc.ClientUnaryCall;
  AdjustReputation(argument: _agentvault_ledger_v1_AdjustReputationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationAdjustment__Output>): grpc.ClientUnaryCall;
  AdjustReputation(argument: _agentvault_ledger_v1_AdjustReputationRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationAdjustment__Output>): grpc.ClientUnaryCall;
  adjustReputation(argument: _agentvault_ledger_v1_AdjustReputationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationAdjustment__Output>): grpc.ClientUnaryCall;
  adjustReputation(argument: _agentvault_ledger_v1_AdjustReputationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationAdjustment__Output>): grpc.ClientUnaryCall;
  adjustReputation(argument: _agentvault_ledger_v1_AdjustReputationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationAdjustment__Output>): grpc.ClientUnaryCall;
  adjustReputation(argument: _agentvault_ledger_v1_AdjustReputationRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationAdjustment__Output>): grpc.ClientUnaryCall;
  
  ApplyPenalty(argument: _agentvault_ledger_v1_ApplyPenaltyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  ApplyPenalty(argument: _agentvault_ledger_v1_ApplyPenaltyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  ApplyPenalty(argument: _agentvault_ledger_v1_ApplyPenaltyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  ApplyPenalty(argument: _agentvault_ledger_v1_ApplyPenaltyRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  applyPenalty(argument: _agentvault_ledger_v1_ApplyPenaltyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  applyPenalty(argument: _agentvault_ledger_v1_ApplyPenaltyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  applyPenalty(argument: _agentvault_ledger_v1_ApplyPenaltyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  applyPenalty(argument: _agentvault_ledger_v1_ApplyPenaltyRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  
  ApplyReputationSignal(argument: _agentvault_ledger_v1_ApplyReputationSignalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationSignalResult__Output>): grpc.ClientUnaryCall;
  ApplyReputationSignal(argument: _agentvault_ledger_v1_ApplyReputationSignalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationSignalResult__Output>): grpc.ClientUnaryCall;
  ApplyReputationSignal(argument: _agentvault_ledger_v1_ApplyReputationSignalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationSignalResult__Output>): grpc.ClientUnaryCall;
  ApplyReputationSignal(argument: _agentvault_ledger_v1_ApplyReputationSignalRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationSignalResult__Output>): grpc.ClientUnaryCall;
  applyReputationSignal(argument: _agentvault_ledger_v1_ApplyReputationSignalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationSignalResult__Output>): grpc.ClientUnaryCall;
  applyReputationSignal(argument: _agentvault_ledger_v1_ApplyReputationSignalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationSignalResult__Output>): grpc.ClientUnaryCall;
  applyReputationSignal(argument: _agentvault_ledger_v1_ApplyReputationSignalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationSignalResult__Output>): grpc.ClientUnaryCall;
  applyReputationSignal(argument: _agentvault_ledger_v1_ApplyReputationSignalRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationSignalResult__Output>): grpc.ClientUnaryCall;
  
  ApproveFundingRequest(argument: _agentvault_ledger_v1_DecideFundingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingApproval__Output>): grpc.ClientUnaryCall;
  ApproveFundingRequest(argument: _agentvault_ledger_v1_DecideFundingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingApproval__Output>): grpc.ClientUnaryCall;
  ApproveFundingRequest(argument: _agentvault_ledger_v1_DecideFundingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingApproval__Output>): grpc.ClientUnaryCall;
  ApproveFundingRequest(argument: _agentvault_ledger_v1_DecideFundingRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingApproval__Output>): grpc.ClientUnaryCall;
  approveFundingRequest(argument: _agentvault_ledger_v1_DecideFundingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingApproval__Output>): grpc.ClientUnaryCall;
  approveFundingRequest(argument: _agentvault_ledger_v1_DecideFundingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingApproval__Output>): grpc.ClientUnaryCall;
  approveFundingRequest(argument: _agentvault_ledger_v1_DecideFundingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingApproval__Output>): grpc.ClientUnaryCall;
  approveFundingRequest(argument: _agentvault_ledger_v1_DecideFundingRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingApproval__Output>): grpc.ClientUnaryCall;
  
  Audit(argument: _agentvault_ledger_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_AuditReport__Output>): grpc.ClientUnaryCall;
  Audit(argument: _agentvault_ledger_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_AuditReport__Output>): grpc.ClientUnaryCall;
  Audit(argument: _agentvault_ledger_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_AuditReport__Output>): grpc.ClientUnaryCall;
  Audit(argument: _agentvault_ledger_v1_Empty, callback: grpc.requestCallback<_agentvault_ledger_v1_AuditReport__Output>): grpc.ClientUnaryCall;
  audit(argument: _agentvault_ledger_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_AuditReport__Output>): grpc.ClientUnaryCall;
  audit(argument: _agentvault_ledger_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_AuditReport__Output>): grpc.ClientUnaryCall;
  audit(argument: _agentvault_ledger_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_AuditReport__Output>): grpc.ClientUnaryCall;
  audit(argument: _agentvault_ledger_v1_Empty, callback: grpc.requestCallback<_agentvault_ledger_v1_AuditReport__Output>): grpc.ClientUnaryCall;
  
  AuditHolds(argument: _agentvault_ledger_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldsAudit__Output>): grpc.ClientUnaryCall;
  AuditHolds(argument: _agentvault_ledger_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldsAudit__Output>): grpc.ClientUnaryCall;
  AuditHolds(argument: _agentvault_ledger_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldsAudit__Output>): grpc.ClientUnaryCall;
  AuditHolds(argument: _agentvault_ledger_v1_Empty, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldsAudit__Output>): grpc.ClientUnaryCall;
  auditHolds(argument: _agentvault_ledger_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldsAudit__Output>): grpc.ClientUnaryCall;
  auditHolds(argument: _agentvault_ledger_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldsAudit__Output>): grpc.ClientUnaryCall;
  auditHolds(argument: _agentvault_ledger_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldsAudit__Output>): grpc.ClientUnaryCall;
  auditHolds(argument: _agentvault_ledger_v1_Empty, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldsAudit__Output>): grpc.ClientUnaryCall;
  
  BridgeMove(argument: _agentvault_ledger_v1_BridgeMoveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_BridgeMoveResult__Output>): grpc.ClientUnaryCall;
  BridgeMove(argument: _agentvault_ledger_v1_BridgeMoveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_BridgeMoveResult__Output>): grpc.ClientUnaryCall;
  BridgeMove(argument: _agentvault_ledger_v1_BridgeMoveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_BridgeMoveResult__Output>): grpc.ClientUnaryCall;
  BridgeMove(argument: _agentvault_ledger_v1_BridgeMoveRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_BridgeMoveResult__Output>): grpc.ClientUnaryCall;
  bridgeMove(argument: _agentvault_ledger_v1_BridgeMoveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_BridgeMoveResult__Output>): grpc.ClientUnaryCall;
  bridgeMove(argument: _agentvault_ledger_v1_BridgeMoveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_BridgeMoveResult__Output>): grpc.ClientUnaryCall;
  bridgeMove(argument: _agentvault_ledger_v1_BridgeMoveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_BridgeMoveResult__Output>): grpc.ClientUnaryCall;
  bridgeMove(argument: _agentvault_ledger_v1_BridgeMoveRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_BridgeMoveResult__Output>): grpc.ClientUnaryCall;
  
  BurnTokens(argument: _agentvault_ledger_v1_BurnTokensRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  BurnTokens(argument: _agentvault_ledger_v1_BurnTokensRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  BurnTokens(argument: _agentvault_ledger_v1_BurnTokensRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  BurnTokens(argument: _agentvault_ledger_v1_BurnTokensRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  burnTokens(argument: _agentvault_ledger_v1_BurnTokensRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  burnTokens(argument: _agentvault_ledger_v1_BurnTokensRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  burnTokens(argument: _agentvault_ledger_v1_BurnTokensRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  burnTokens(argument: _agentvault_ledger_v1_BurnTokensRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  
  ClaimPledge(argument: _agentvault_ledger_v1_ClaimPledgeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  ClaimPledge(argument: _agentvault_ledger_v1_ClaimPledgeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  ClaimPledge(argument: _agentvault_ledger_v1_ClaimPledgeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  ClaimPledge(argument: _agentvault_ledger_v1_ClaimPledgeRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  claimPledge(argument: _agentvault_ledger_v1_ClaimPledgeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  claimPledge(argument: _agentvault_ledger_v1_ClaimPledgeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  claimPledge(argument: _agentvault_ledger_v1_ClaimPledgeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  claimPledge(argument: _agentvault_ledger_v1_ClaimPledgeRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  
  CreditPledge(argument: _agentvault_ledger_v1_CreditPledgeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  CreditPledge(argument: _agentvault_ledger_v1_CreditPledgeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  CreditPledge(argument: _agentvault_ledger_v1_CreditPledgeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  CreditPledge(argument: _agentvault_ledger_v1_CreditPledgeRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  creditPledge(argument: _agentvault_ledger_v1_CreditPledgeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  creditPledge(argument: _agentvault_ledger_v1_CreditPledgeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  creditPledge(argument: _agentvault_ledger_v1_CreditPledgeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  creditPledge(argument: _agentvault_ledger_v1_CreditPledgeRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  
  FundAgent(argument: _agentvault_ledger_v1_FundAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  FundAgent(argument: _agentvault_ledger_v1_FundAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  FundAgent(argument: _agentvault_ledger_v1_FundAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  FundAgent(argument: _agentvault_ledger_v1_FundAgentRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  fundAgent(argument: _agentvault_ledger_v1_FundAgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  fundAgent(argument: _agentvault_ledger_v1_FundAgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  fundAgent(argument: _agentvault_ledger_v1_FundAgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  fundAgent(argument: _agentvault_ledger_v1_FundAgentRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  
  GetBalance(argument: _agentvault_ledger_v1_AccountRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Balance__Output>): grpc.ClientUnaryCall;
  GetBalance(argument: _agentvault_ledger_v1_AccountRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_Balance__Output>): grpc.ClientUnaryCall;
  GetBalance(argument: _agentvault_ledger_v1_AccountRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Balance__Output>): grpc.ClientUnaryCall;
  GetBalance(argument: _agentvault_ledger_v1_AccountRef, callback: grpc.requestCallback<_agentvault_ledger_v1_Balance__Output>): grpc.ClientUnaryCall;
  getBalance(argument: _agentvault_ledger_v1_AccountRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Balance__Output>): grpc.ClientUnaryCall;
  getBalance(argument: _agentvault_ledger_v1_AccountRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_Balance__Output>): grpc.ClientUnaryCall;
  getBalance(argument: _agentvault_ledger_v1_AccountRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Balance__Output>): grpc.ClientUnaryCall;
  getBalance(argument: _agentvault_ledger_v1_AccountRef, callback: grpc.requestCallback<_agentvault_ledger_v1_Balance__Output>): grpc.ClientUnaryCall;
  
  GetBalances(argument: _agentvault_ledger_v1_AccountRefs, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Balances__Output>): grpc.ClientUnaryCall;
  GetBalances(argument: _agentvault_ledger_v1_AccountRefs, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_Balances__Output>): grpc.ClientUnaryCall;
  GetBalances(argument: _agentvault_ledger_v1_AccountRefs, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Balances__Output>): grpc.ClientUnaryCall;
  GetBalances(argument: _agentvault_ledger_v1_AccountRefs, callback: grpc.requestCallback<_agentvault_ledger_v1_Balances__Output>): grpc.ClientUnaryCall;
  getBalances(argument: _agentvault_ledger_v1_AccountRefs, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Balances__Output>): grpc.ClientUnaryCall;
  getBalances(argument: _agentvault_ledger_v1_AccountRefs, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_Balances__Output>): grpc.ClientUnaryCall;
  getBalances(argument: _agentvault_ledger_v1_AccountRefs, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Balances__Output>): grpc.ClientUnaryCall;
  getBalances(argument: _agentvault_ledger_v1_AccountRefs, callback: grpc.requestCallback<_agentvault_ledger_v1_Balances__Output>): grpc.ClientUnaryCall;
  
  GetBridgeFigures(argument: _agentvault_ledger_v1_BridgeFiguresRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_BridgeFigures__Output>): grpc.ClientUnaryCall;
  GetBridgeFigures(argument: _agentvault_ledger_v1_BridgeFiguresRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_BridgeFigures__Output>): grpc.ClientUnaryCall;
  GetBridgeFigures(argument: _agentvault_ledger_v1_BridgeFiguresRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_BridgeFigures__Output>): grpc.ClientUnaryCall;
  GetBridgeFigures(argument: _agentvault_ledger_v1_BridgeFiguresRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_BridgeFigures__Output>): grpc.ClientUnaryCall;
  getBridgeFigures(argument: _agentvault_ledger_v1_BridgeFiguresRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_BridgeFigures__Output>): grpc.ClientUnaryCall;
  getBridgeFigures(argument: _agentvault_ledger_v1_BridgeFiguresRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_BridgeFigures__Output>): grpc.ClientUnaryCall;
  getBridgeFigures(argument: _agentvault_ledger_v1_BridgeFiguresRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_BridgeFigures__Output>): grpc.ClientUnaryCall;
  getBridgeFigures(argument: _agentvault_ledger_v1_BridgeFiguresRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_BridgeFigures__Output>): grpc.ClientUnaryCall;
  
  GetChainHead(argument: _agentvault_ledger_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ChainHead__Output>): grpc.ClientUnaryCall;
  GetChainHead(argument: _agentvault_ledger_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_ChainHead__Output>): grpc.ClientUnaryCall;
  GetChainHead(argument: _agentvault_ledger_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ChainHead__Output>): grpc.ClientUnaryCall;
  GetChainHead(argument: _agentvault_ledger_v1_Empty, callback: grpc.requestCallback<_agentvault_ledger_v1_ChainHead__Output>): grpc.ClientUnaryCall;
  getChainHead(argument: _agentvault_ledger_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ChainHead__Output>): grpc.ClientUnaryCall;
  getChainHead(argument: _agentvault_ledger_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_ChainHead__Output>): grpc.ClientUnaryCall;
  getChainHead(argument: _agentvault_ledger_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ChainHead__Output>): grpc.ClientUnaryCall;
  getChainHead(argument: _agentvault_ledger_v1_Empty, callback: grpc.requestCallback<_agentvault_ledger_v1_ChainHead__Output>): grpc.ClientUnaryCall;
  
  GetDeveloperSummary(argument: _agentvault_ledger_v1_DeveloperRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_DeveloperSummary__Output>): grpc.ClientUnaryCall;
  GetDeveloperSummary(argument: _agentvault_ledger_v1_DeveloperRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_DeveloperSummary__Output>): grpc.ClientUnaryCall;
  GetDeveloperSummary(argument: _agentvault_ledger_v1_DeveloperRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_DeveloperSummary__Output>): grpc.ClientUnaryCall;
  GetDeveloperSummary(argument: _agentvault_ledger_v1_DeveloperRef, callback: grpc.requestCallback<_agentvault_ledger_v1_DeveloperSummary__Output>): grpc.ClientUnaryCall;
  getDeveloperSummary(argument: _agentvault_ledger_v1_DeveloperRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_DeveloperSummary__Output>): grpc.ClientUnaryCall;
  getDeveloperSummary(argument: _agentvault_ledger_v1_DeveloperRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_DeveloperSummary__Output>): grpc.ClientUnaryCall;
  getDeveloperSummary(argument: _agentvault_ledger_v1_DeveloperRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_DeveloperSummary__Output>): grpc.ClientUnaryCall;
  getDeveloperSummary(argument: _agentvault_ledger_v1_DeveloperRef, callback: grpc.requestCallback<_agentvault_ledger_v1_DeveloperSummary__Output>): grpc.ClientUnaryCall;
  
  GetFeeConfig(argument: _agentvault_ledger_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FeeConfig__Output>): grpc.ClientUnaryCall;
  GetFeeConfig(argument: _agentvault_ledger_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_FeeConfig__Output>): grpc.ClientUnaryCall;
  GetFeeConfig(argument: _agentvault_ledger_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FeeConfig__Output>): grpc.ClientUnaryCall;
  GetFeeConfig(argument: _agentvault_ledger_v1_Empty, callback: grpc.requestCallback<_agentvault_ledger_v1_FeeConfig__Output>): grpc.ClientUnaryCall;
  getFeeConfig(argument: _agentvault_ledger_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FeeConfig__Output>): grpc.ClientUnaryCall;
  getFeeConfig(argument: _agentvault_ledger_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_FeeConfig__Output>): grpc.ClientUnaryCall;
  getFeeConfig(argument: _agentvault_ledger_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FeeConfig__Output>): grpc.ClientUnaryCall;
  getFeeConfig(argument: _agentvault_ledger_v1_Empty, callback: grpc.requestCallback<_agentvault_ledger_v1_FeeConfig__Output>): grpc.ClientUnaryCall;
  
  GetHold(argument: _agentvault_ledger_v1_HoldRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Hold__Output>): grpc.ClientUnaryCall;
  GetHold(argument: _agentvault_ledger_v1_HoldRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_Hold__Output>): grpc.ClientUnaryCall;
  GetHold(argument: _agentvault_ledger_v1_HoldRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Hold__Output>): grpc.ClientUnaryCall;
  GetHold(argument: _agentvault_ledger_v1_HoldRef, callback: grpc.requestCallback<_agentvault_ledger_v1_Hold__Output>): grpc.ClientUnaryCall;
  getHold(argument: _agentvault_ledger_v1_HoldRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Hold__Output>): grpc.ClientUnaryCall;
  getHold(argument: _agentvault_ledger_v1_HoldRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_Hold__Output>): grpc.ClientUnaryCall;
  getHold(argument: _agentvault_ledger_v1_HoldRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Hold__Output>): grpc.ClientUnaryCall;
  getHold(argument: _agentvault_ledger_v1_HoldRef, callback: grpc.requestCallback<_agentvault_ledger_v1_Hold__Output>): grpc.ClientUnaryCall;
  
  GetLockedBalances(argument: _agentvault_ledger_v1_AccountRefs, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_LockedBalances__Output>): grpc.ClientUnaryCall;
  GetLockedBalances(argument: _agentvault_ledger_v1_AccountRefs, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_LockedBalances__Output>): grpc.ClientUnaryCall;
  GetLockedBalances(argument: _agentvault_ledger_v1_AccountRefs, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_LockedBalances__Output>): grpc.ClientUnaryCall;
  GetLockedBalances(argument: _agentvault_ledger_v1_AccountRefs, callback: grpc.requestCallback<_agentvault_ledger_v1_LockedBalances__Output>): grpc.ClientUnaryCall;
  getLockedBalances(argument: _agentvault_ledger_v1_AccountRefs, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_LockedBalances__Output>): grpc.ClientUnaryCall;
  getLockedBalances(argument: _agentvault_ledger_v1_AccountRefs, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_LockedBalances__Output>): grpc.ClientUnaryCall;
  getLockedBalances(argument: _agentvault_ledger_v1_AccountRefs, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_LockedBalances__Output>): grpc.ClientUnaryCall;
  getLockedBalances(argument: _agentvault_ledger_v1_AccountRefs, callback: grpc.requestCallback<_agentvault_ledger_v1_LockedBalances__Output>): grpc.ClientUnaryCall;
  
  GetOwnedBalances(argument: _agentvault_ledger_v1_OwnedBalancesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Balances__Output>): grpc.ClientUnaryCall;
  GetOwnedBalances(argument: _agentvault_ledger_v1_OwnedBalancesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_Balances__Output>): grpc.ClientUnaryCall;
  GetOwnedBalances(argument: _agentvault_ledger_v1_OwnedBalancesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Balances__Output>): grpc.ClientUnaryCall;
  GetOwnedBalances(argument: _agentvault_ledger_v1_OwnedBalancesRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_Balances__Output>): grpc.ClientUnaryCall;
  getOwnedBalances(argument: _agentvault_ledger_v1_OwnedBalancesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Balances__Output>): grpc.ClientUnaryCall;
  getOwnedBalances(argument: _agentvault_ledger_v1_OwnedBalancesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_Balances__Output>): grpc.ClientUnaryCall;
  getOwnedBalances(argument: _agentvault_ledger_v1_OwnedBalancesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Balances__Output>): grpc.ClientUnaryCall;
  getOwnedBalances(argument: _agentvault_ledger_v1_OwnedBalancesRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_Balances__Output>): grpc.ClientUnaryCall;
  
  GetReputation(argument: _agentvault_ledger_v1_AccountRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Reputation__Output>): grpc.ClientUnaryCall;
  GetReputation(argument: _agentvault_ledger_v1_AccountRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_Reputation__Output>): grpc.ClientUnaryCall;
  GetReputation(argument: _agentvault_ledger_v1_AccountRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Reputation__Output>): grpc.ClientUnaryCall;
  GetReputation(argument: _agentvault_ledger_v1_AccountRef, callback: grpc.requestCallback<_agentvault_ledger_v1_Reputation__Output>): grpc.ClientUnaryCall;
  getReputation(argument: _agentvault_ledger_v1_AccountRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Reputation__Output>): grpc.ClientUnaryCall;
  getReputation(argument: _agentvault_ledger_v1_AccountRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_Reputation__Output>): grpc.ClientUnaryCall;
  getReputation(argument: _agentvault_ledger_v1_AccountRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Reputation__Output>): grpc.ClientUnaryCall;
  getReputation(argument: _agentvault_ledger_v1_AccountRef, callback: grpc.requestCallback<_agentvault_ledger_v1_Reputation__Output>): grpc.ClientUnaryCall;
  
  GetReputations(argument: _agentvault_ledger_v1_AccountRefs, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Reputations__Output>): grpc.ClientUnaryCall;
  GetReputations(argument: _agentvault_ledger_v1_AccountRefs, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_Reputations__Output>): grpc.ClientUnaryCall;
  GetReputations(argument: _agentvault_ledger_v1_AccountRefs, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Reputations__Output>): grpc.ClientUnaryCall;
  GetReputations(argument: _agentvault_ledger_v1_AccountRefs, callback: grpc.requestCallback<_agentvault_ledger_v1_Reputations__Output>): grpc.ClientUnaryCall;
  getReputations(argument: _agentvault_ledger_v1_AccountRefs, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Reputations__Output>): grpc.ClientUnaryCall;
  getReputations(argument: _agentvault_ledger_v1_AccountRefs, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_Reputations__Output>): grpc.ClientUnaryCall;
  getReputations(argument: _agentvault_ledger_v1_AccountRefs, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_Reputations__Output>): grpc.ClientUnaryCall;
  getReputations(argument: _agentvault_ledger_v1_AccountRefs, callback: grpc.requestCallback<_agentvault_ledger_v1_Reputations__Output>): grpc.ClientUnaryCall;
  
  GetWrappedBalances(argument: _agentvault_ledger_v1_AccountRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_WrappedBalances__Output>): grpc.ClientUnaryCall;
  GetWrappedBalances(argument: _agentvault_ledger_v1_AccountRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_WrappedBalances__Output>): grpc.ClientUnaryCall;
  GetWrappedBalances(argument: _agentvault_ledger_v1_AccountRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_WrappedBalances__Output>): grpc.ClientUnaryCall;
  GetWrappedBalances(argument: _agentvault_ledger_v1_AccountRef, callback: grpc.requestCallback<_agentvault_ledger_v1_WrappedBalances__Output>): grpc.ClientUnaryCall;
  getWrappedBalances(argument: _agentvault_ledger_v1_AccountRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_WrappedBalances__Output>): grpc.ClientUnaryCall;
  getWrappedBalances(argument: _agentvault_ledger_v1_AccountRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_WrappedBalances__Output>): grpc.ClientUnaryCall;
  getWrappedBalances(argument: _agentvault_ledger_v1_AccountRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_WrappedBalances__Output>): grpc.ClientUnaryCall;
  getWrappedBalances(argument: _agentvault_ledger_v1_AccountRef, callback: grpc.requestCallback<_agentvault_ledger_v1_WrappedBalances__Output>): grpc.ClientUnaryCall;
  
  IssueTokens(argument: _agentvault_ledger_v1_IssueTokensRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  IssueTokens(argument: _agentvault_ledger_v1_IssueTokensRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  IssueTokens(argument: _agentvault_ledger_v1_IssueTokensRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  IssueTokens(argument: _agentvault_ledger_v1_IssueTokensRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  issueTokens(argument: _agentvault_ledger_v1_IssueTokensRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  issueTokens(argument: _agentvault_ledger_v1_IssueTokensRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  issueTokens(argument: _agentvault_ledger_v1_IssueTokensRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  issueTokens(argument: _agentvault_ledger_v1_IssueTokensRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  
  ListFundingRequests(argument: _agentvault_ledger_v1_ListFundingRequestsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestPage__Output>): grpc.ClientUnaryCall;
  ListFundingRequests(argument: _agentvault_ledger_v1_ListFundingRequestsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestPage__Output>): grpc.ClientUnaryCall;
  ListFundingRequests(argument: _agentvault_ledger_v1_ListFundingRequestsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestPage__Output>): grpc.ClientUnaryCall;
  ListFundingRequests(argument: _agentvault_ledger_v1_ListFundingRequestsRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestPage__Output>): grpc.ClientUnaryCall;
  listFundingRequests(argument: _agentvault_ledger_v1_ListFundingRequestsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestPage__Output>): grpc.ClientUnaryCall;
  listFundingRequests(argument: _agentvault_ledger_v1_ListFundingRequestsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestPage__Output>): grpc.ClientUnaryCall;
  listFundingRequests(argument: _agentvault_ledger_v1_ListFundingRequestsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestPage__Output>): grpc.ClientUnaryCall;
  listFundingRequests(argument: _agentvault_ledger_v1_ListFundingRequestsRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestPage__Output>): grpc.ClientUnaryCall;
  
  ListReputationHistory(argument: _agentvault_ledger_v1_ReputationHistoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationHistoryPage__Output>): grpc.ClientUnaryCall;
  ListReputationHistory(argument: _agentvault_ledger_v1_ReputationHistoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationHistoryPage__Output>): grpc.ClientUnaryCall;
  ListReputationHistory(argument: _agentvault_ledger_v1_ReputationHistoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationHistoryPage__Output>): grpc.ClientUnaryCall;
  ListReputationHistory(argument: _agentvault_ledger_v1_ReputationHistoryRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationHistoryPage__Output>): grpc.ClientUnaryCall;
  listReputationHistory(argument: _agentvault_ledger_v1_ReputationHistoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationHistoryPage__Output>): grpc.ClientUnaryCall;
  listReputationHistory(argument: _agentvault_ledger_v1_ReputationHistoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationHistoryPage__Output>): grpc.ClientUnaryCall;
  listReputationHistory(argument: _agentvault_ledger_v1_ReputationHistoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationHistoryPage__Output>): grpc.ClientUnaryCall;
  listReputationHistory(argument: _agentvault_ledger_v1_ReputationHistoryRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationHistoryPage__Output>): grpc.ClientUnaryCall;
  
  ListReputationRankings(argument: _agentvault_ledger_v1_PageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationRankingPage__Output>): grpc.ClientUnaryCall;
  ListReputationRankings(argument: _agentvault_ledger_v1_PageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationRankingPage__Output>): grpc.ClientUnaryCall;
  ListReputationRankings(argument: _agentvault_ledger_v1_PageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationRankingPage__Output>): grpc.ClientUnaryCall;
  ListReputationRankings(argument: _agentvault_ledger_v1_PageRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationRankingPage__Output>): grpc.ClientUnaryCall;
  listReputationRankings(argument: _agentvault_ledger_v1_PageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationRankingPage__Output>): grpc.ClientUnaryCall;
  listReputationRankings(argument: _agentvault_ledger_v1_PageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationRankingPage__Output>): grpc.ClientUnaryCall;
  listReputationRankings(argument: _agentvault_ledger_v1_PageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationRankingPage__Output>): grpc.ClientUnaryCall;
  listReputationRankings(argument: _agentvault_ledger_v1_PageRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_ReputationRankingPage__Output>): grpc.ClientUnaryCall;
  
  ListTransactions(argument: _agentvault_ledger_v1_ListTransactionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionPage__Output>): grpc.ClientUnaryCall;
  ListTransactions(argument: _agentvault_ledger_v1_ListTransactionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionPage__Output>): grpc.ClientUnaryCall;
  ListTransactions(argument: _agentvault_ledger_v1_ListTransactionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionPage__Output>): grpc.ClientUnaryCall;
  ListTransactions(argument: _agentvault_ledger_v1_ListTransactionsRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionPage__Output>): grpc.ClientUnaryCall;
  listTransactions(argument: _agentvault_ledger_v1_ListTransactionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionPage__Output>): grpc.ClientUnaryCall;
  listTransactions(argument: _agentvault_ledger_v1_ListTransactionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionPage__Output>): grpc.ClientUnaryCall;
  listTransactions(argument: _agentvault_ledger_v1_ListTransactionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionPage__Output>): grpc.ClientUnaryCall;
  listTransactions(argument: _agentvault_ledger_v1_ListTransactionsRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionPage__Output>): grpc.ClientUnaryCall;
  
  LockFunds(argument: _agentvault_ledger_v1_LockFundsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_LockFundsResult__Output>): grpc.ClientUnaryCall;
  LockFunds(argument: _agentvault_ledger_v1_LockFundsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_LockFundsResult__Output>): grpc.ClientUnaryCall;
  LockFunds(argument: _agentvault_ledger_v1_LockFundsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_LockFundsResult__Output>): grpc.ClientUnaryCall;
  LockFunds(argument: _agentvault_ledger_v1_LockFundsRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_LockFundsResult__Output>): grpc.ClientUnaryCall;
  lockFunds(argument: _agentvault_ledger_v1_LockFundsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_LockFundsResult__Output>): grpc.ClientUnaryCall;
  lockFunds(argument: _agentvault_ledger_v1_LockFundsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_LockFundsResult__Output>): grpc.ClientUnaryCall;
  lockFunds(argument: _agentvault_ledger_v1_LockFundsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_LockFundsResult__Output>): grpc.ClientUnaryCall;
  lockFunds(argument: _agentvault_ledger_v1_LockFundsRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_LockFundsResult__Output>): grpc.ClientUnaryCall;
  
  OpenAgentAccount(argument: _agentvault_ledger_v1_OpenAgentAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_AccountStatus__Output>): grpc.ClientUnaryCall;
  OpenAgentAccount(argument: _agentvault_ledger_v1_OpenAgentAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_AccountStatus__Output>): grpc.ClientUnaryCall;
  OpenAgentAccount(argument: _agentvault_ledger_v1_OpenAgentAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_AccountStatus__Output>): grpc.ClientUnaryCall;
  OpenAgentAccount(argument: _agentvault_ledger_v1_OpenAgentAccountRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_AccountStatus__Output>): grpc.ClientUnaryCall;
  openAgentAccount(argument: _agentvault_ledger_v1_OpenAgentAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_AccountStatus__Output>): grpc.ClientUnaryCall;
  openAgentAccount(argument: _agentvault_ledger_v1_OpenAgentAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_AccountStatus__Output>): grpc.ClientUnaryCall;
  openAgentAccount(argument: _agentvault_ledger_v1_OpenAgentAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_AccountStatus__Output>): grpc.ClientUnaryCall;
  openAgentAccount(argument: _agentvault_ledger_v1_OpenAgentAccountRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_AccountStatus__Output>): grpc.ClientUnaryCall;
  
  PlaceHold(argument: _agentvault_ledger_v1_PlaceHoldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  PlaceHold(argument: _agentvault_ledger_v1_PlaceHoldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  PlaceHold(argument: _agentvault_ledger_v1_PlaceHoldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  PlaceHold(argument: _agentvault_ledger_v1_PlaceHoldRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  placeHold(argument: _agentvault_ledger_v1_PlaceHoldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  placeHold(argument: _agentvault_ledger_v1_PlaceHoldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  placeHold(argument: _agentvault_ledger_v1_PlaceHoldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  placeHold(argument: _agentvault_ledger_v1_PlaceHoldRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  
  PostHold(argument: _agentvault_ledger_v1_PostHoldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  PostHold(argument: _agentvault_ledger_v1_PostHoldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  PostHold(argument: _agentvault_ledger_v1_PostHoldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  PostHold(argument: _agentvault_ledger_v1_PostHoldRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  postHold(argument: _agentvault_ledger_v1_PostHoldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  postHold(argument: _agentvault_ledger_v1_PostHoldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  postHold(argument: _agentvault_ledger_v1_PostHoldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  postHold(argument: _agentvault_ledger_v1_PostHoldRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  
  RejectFundingRequest(argument: _agentvault_ledger_v1_DecideFundingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestRecord__Output>): grpc.ClientUnaryCall;
  RejectFundingRequest(argument: _agentvault_ledger_v1_DecideFundingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestRecord__Output>): grpc.ClientUnaryCall;
  RejectFundingRequest(argument: _agentvault_ledger_v1_DecideFundingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestRecord__Output>): grpc.ClientUnaryCall;
  RejectFundingRequest(argument: _agentvault_ledger_v1_DecideFundingRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestRecord__Output>): grpc.ClientUnaryCall;
  rejectFundingRequest(argument: _agentvault_ledger_v1_DecideFundingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestRecord__Output>): grpc.ClientUnaryCall;
  rejectFundingRequest(argument: _agentvault_ledger_v1_DecideFundingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestRecord__Output>): grpc.ClientUnaryCall;
  rejectFundingRequest(argument: _agentvault_ledger_v1_DecideFundingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestRecord__Output>): grpc.ClientUnaryCall;
  rejectFundingRequest(argument: _agentvault_ledger_v1_DecideFundingRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestRecord__Output>): grpc.ClientUnaryCall;
  
  RequestFunding(argument: _agentvault_ledger_v1_RequestFundingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestRecord__Output>): grpc.ClientUnaryCall;
  RequestFunding(argument: _agentvault_ledger_v1_RequestFundingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestRecord__Output>): grpc.ClientUnaryCall;
  RequestFunding(argument: _agentvault_ledger_v1_RequestFundingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestRecord__Output>): grpc.ClientUnaryCall;
  RequestFunding(argument: _agentvault_ledger_v1_RequestFundingRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestRecord__Output>): grpc.ClientUnaryCall;
  requestFunding(argument: _agentvault_ledger_v1_RequestFundingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestRecord__Output>): grpc.ClientUnaryCall;
  requestFunding(argument: _agentvault_ledger_v1_RequestFundingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestRecord__Output>): grpc.ClientUnaryCall;
  requestFunding(argument: _agentvault_ledger_v1_RequestFundingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestRecord__Output>): grpc.ClientUnaryCall;
  requestFunding(argument: _agentvault_ledger_v1_RequestFundingRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_FundingRequestRecord__Output>): grpc.ClientUnaryCall;
  
  ReversePledge(argument: _agentvault_ledger_v1_ReversePledgeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_PledgeReversal__Output>): grpc.ClientUnaryCall;
  ReversePledge(argument: _agentvault_ledger_v1_ReversePledgeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_PledgeReversal__Output>): grpc.ClientUnaryCall;
  ReversePledge(argument: _agentvault_ledger_v1_ReversePledgeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_PledgeReversal__Output>): grpc.ClientUnaryCall;
  ReversePledge(argument: _agentvault_ledger_v1_ReversePledgeRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_PledgeReversal__Output>): grpc.ClientUnaryCall;
  reversePledge(argument: _agentvault_ledger_v1_ReversePledgeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_PledgeReversal__Output>): grpc.ClientUnaryCall;
  reversePledge(argument: _agentvault_ledger_v1_ReversePledgeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_PledgeReversal__Output>): grpc.ClientUnaryCall;
  reversePledge(argument: _agentvault_ledger_v1_ReversePledgeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_PledgeReversal__Output>): grpc.ClientUnaryCall;
  reversePledge(argument: _agentvault_ledger_v1_ReversePledgeRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_PledgeReversal__Output>): grpc.ClientUnaryCall;
  
  SetAgentSuspended(argument: _agentvault_ledger_v1_SetAgentSuspendedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_AccountStatus__Output>): grpc.ClientUnaryCall;
  SetAgentSuspended(argument: _agentvault_ledger_v1_SetAgentSuspendedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_AccountStatus__Output>): grpc.ClientUnaryCall;
  SetAgentSuspended(argument: _agentvault_ledger_v1_SetAgentSuspendedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_AccountStatus__Output>): grpc.ClientUnaryCall;
  SetAgentSuspended(argument: _agentvault_ledger_v1_SetAgentSuspendedRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_AccountStatus__Output>): grpc.ClientUnaryCall;
  setAgentSuspended(argument: _agentvault_ledger_v1_SetAgentSuspendedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_AccountStatus__Output>): grpc.ClientUnaryCall;
  setAgentSuspended(argument: _agentvault_ledger_v1_SetAgentSuspendedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_AccountStatus__Output>): grpc.ClientUnaryCall;
  setAgentSuspended(argument: _agentvault_ledger_v1_SetAgentSuspendedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_AccountStatus__Output>): grpc.ClientUnaryCall;
  setAgentSuspended(argument: _agentvault_ledger_v1_SetAgentSuspendedRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_AccountStatus__Output>): grpc.ClientUnaryCall;
  
  SetTransferFee(argument: _agentvault_ledger_v1_SetTransferFeeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FeeConfig__Output>): grpc.ClientUnaryCall;
  SetTransferFee(argument: _agentvault_ledger_v1_SetTransferFeeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_FeeConfig__Output>): grpc.ClientUnaryCall;
  SetTransferFee(argument: _agentvault_ledger_v1_SetTransferFeeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FeeConfig__Output>): grpc.ClientUnaryCall;
  SetTransferFee(argument: _agentvault_ledger_v1_SetTransferFeeRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_FeeConfig__Output>): grpc.ClientUnaryCall;
  setTransferFee(argument: _agentvault_ledger_v1_SetTransferFeeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FeeConfig__Output>): grpc.ClientUnaryCall;
  setTransferFee(argument: _agentvault_ledger_v1_SetTransferFeeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_FeeConfig__Output>): grpc.ClientUnaryCall;
  setTransferFee(argument: _agentvault_ledger_v1_SetTransferFeeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_FeeConfig__Output>): grpc.ClientUnaryCall;
  setTransferFee(argument: _agentvault_ledger_v1_SetTransferFeeRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_FeeConfig__Output>): grpc.ClientUnaryCall;
  
  SystemTransfer(argument: _agentvault_ledger_v1_SystemTransferRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  SystemTransfer(argument: _agentvault_ledger_v1_SystemTransferRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  SystemTransfer(argument: _agentvault_ledger_v1_SystemTransferRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  SystemTransfer(argument: _agentvault_ledger_v1_SystemTransferRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  systemTransfer(argument: _agentvault_ledger_v1_SystemTransferRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  systemTransfer(argument: _agentvault_ledger_v1_SystemTransferRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  systemTransfer(argument: _agentvault_ledger_v1_SystemTransferRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  systemTransfer(argument: _agentvault_ledger_v1_SystemTransferRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  
  Transfer(argument: _agentvault_ledger_v1_TransferRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  Transfer(argument: _agentvault_ledger_v1_TransferRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  Transfer(argument: _agentvault_ledger_v1_TransferRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  Transfer(argument: _agentvault_ledger_v1_TransferRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  transfer(argument: _agentvault_ledger_v1_TransferRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  transfer(argument: _agentvault_ledger_v1_TransferRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  transfer(argument: _agentvault_ledger_v1_TransferRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  transfer(argument: _agentvault_ledger_v1_TransferRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  
  TransferBatch(argument: _agentvault_ledger_v1_TransferBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransferBatchResult__Output>): grpc.ClientUnaryCall;
  TransferBatch(argument: _agentvault_ledger_v1_TransferBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransferBatchResult__Output>): grpc.ClientUnaryCall;
  TransferBatch(argument: _agentvault_ledger_v1_TransferBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransferBatchResult__Output>): grpc.ClientUnaryCall;
  TransferBatch(argument: _agentvault_ledger_v1_TransferBatchRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransferBatchResult__Output>): grpc.ClientUnaryCall;
  transferBatch(argument: _agentvault_ledger_v1_TransferBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransferBatchResult__Output>): grpc.ClientUnaryCall;
  transferBatch(argument: _agentvault_ledger_v1_TransferBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransferBatchResult__Output>): grpc.ClientUnaryCall;
  transferBatch(argument: _agentvault_ledger_v1_TransferBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransferBatchResult__Output>): grpc.ClientUnaryCall;
  transferBatch(argument: _agentvault_ledger_v1_TransferBatchRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransferBatchResult__Output>): grpc.ClientUnaryCall;
  
  TreasuryPayout(argument: _agentvault_ledger_v1_TreasuryPayoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  TreasuryPayout(argument: _agentvault_ledger_v1_TreasuryPayoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  TreasuryPayout(argument: _agentvault_ledger_v1_TreasuryPayoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  TreasuryPayout(argument: _agentvault_ledger_v1_TreasuryPayoutRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  treasuryPayout(argument: _agentvault_ledger_v1_TreasuryPayoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  treasuryPayout(argument: _agentvault_ledger_v1_TreasuryPayoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  treasuryPayout(argument: _agentvault_ledger_v1_TreasuryPayoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  treasuryPayout(argument: _agentvault_ledger_v1_TreasuryPayoutRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_TransactionResult__Output>): grpc.ClientUnaryCall;
  
  UnlockFunds(argument: _agentvault_ledger_v1_LockFundsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_LockFundsResult__Output>): grpc.ClientUnaryCall;
  UnlockFunds(argument: _agentvault_ledger_v1_LockFundsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_LockFundsResult__Output>): grpc.ClientUnaryCall;
  UnlockFunds(argument: _agentvault_ledger_v1_LockFundsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_LockFundsResult__Output>): grpc.ClientUnaryCall;
  UnlockFunds(argument: _agentvault_ledger_v1_LockFundsRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_LockFundsResult__Output>): grpc.ClientUnaryCall;
  unlockFunds(argument: _agentvault_ledger_v1_LockFundsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_LockFundsResult__Output>): grpc.ClientUnaryCall;
  unlockFunds(argument: _agentvault_ledger_v1_LockFundsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_LockFundsResult__Output>): grpc.ClientUnaryCall;
  unlockFunds(argument: _agentvault_ledger_v1_LockFundsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_LockFundsResult__Output>): grpc.ClientUnaryCall;
  unlockFunds(argument: _agentvault_ledger_v1_LockFundsRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_LockFundsResult__Output>): grpc.ClientUnaryCall;
  
  VerifyChain(argument: _agentvault_ledger_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ChainVerification__Output>): grpc.ClientUnaryCall;
  VerifyChain(argument: _agentvault_ledger_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_ChainVerification__Output>): grpc.ClientUnaryCall;
  VerifyChain(argument: _agentvault_ledger_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ChainVerification__Output>): grpc.ClientUnaryCall;
  VerifyChain(argument: _agentvault_ledger_v1_Empty, callback: grpc.requestCallback<_agentvault_ledger_v1_ChainVerification__Output>): grpc.ClientUnaryCall;
  verifyChain(argument: _agentvault_ledger_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ChainVerification__Output>): grpc.ClientUnaryCall;
  verifyChain(argument: _agentvault_ledger_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_ChainVerification__Output>): grpc.ClientUnaryCall;
  verifyChain(argument: _agentvault_ledger_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_ChainVerification__Output>): grpc.ClientUnaryCall;
  verifyChain(argument: _agentvault_ledger_v1_Empty, callback: grpc.requestCallback<_agentvault_ledger_v1_ChainVerification__Output>): grpc.ClientUnaryCall;
  
  VoidHold(argument: _agentvault_ledger_v1_VoidHoldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  VoidHold(argument: _agentvault_ledger_v1_VoidHoldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  VoidHold(argument: _agentvault_ledger_v1_VoidHoldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  VoidHold(argument: _agentvault_ledger_v1_VoidHoldRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  voidHold(argument: _agentvault_ledger_v1_VoidHoldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  voidHold(argument: _agentvault_ledger_v1_VoidHoldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  voidHold(argument: _agentvault_ledger_v1_VoidHoldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  voidHold(argument: _agentvault_ledger_v1_VoidHoldRequest, callback: grpc.requestCallback<_agentvault_ledger_v1_HoldResult__Output>): grpc.ClientUnaryCall;
  
}

export interface LedgerServiceHandlers extends grpc.UntypedServiceImplementation {
  AdjustReputation: grpc.handleUnaryCall<_agentvault_ledger_v1_AdjustReputationRequest__Output, _agentvault_ledger_v1_ReputationAdjustment>;
  
  ApplyPenalty: grpc.handleUnaryCall<_agentvault_ledger_v1_ApplyPenaltyRequest__Output, _agentvault_ledger_v1_TransactionResult>;
  
  ApplyReputationSignal: grpc.handleUnaryCall<_agentvault_ledger_v1_ApplyReputationSignalRequest__Output, _agentvault_ledger_v1_ReputationSignalResult>;
  
  ApproveFundingRequest: grpc.handleUnaryCall<_agentvault_ledger_v1_DecideFundingRequest__Output, _agentvault_ledger_v1_FundingApproval>;
  
  Audit: grpc.handleUnaryCall<_agentvault_ledger_v1_Empty__Output, _agentvault_ledger_v1_AuditReport>;
  
  AuditHolds: grpc.handleUnaryCall<_agentvault_ledger_v1_Empty__Output, _agentvault_ledger_v1_HoldsAudit>;
  
  BridgeMove: grpc.handleUnaryCall<_agentvault_ledger_v1_BridgeMoveRequest__Output, _agentvault_ledger_v1_BridgeMoveResult>;
  
  BurnTokens: grpc.handleUnaryCall<_agentvault_ledger_v1_BurnTokensRequest__Output, _agentvault_ledger_v1_TransactionResult>;
  
  ClaimPledge: grpc.handleUnaryCall<_agentvault_ledger_v1_ClaimPledgeRequest__Output, _agentvault_ledger_v1_TransactionResult>;
  
  CreditPledge: grpc.handleUnaryCall<_agentvault_ledger_v1_CreditPledgeRequest__Output, _agentvault_ledger_v1_TransactionResult>;
  
  FundAgent: grpc.handleUnaryCall<_agentvault_ledger_v1_FundAgentRequest__Output, _agentvault_ledger_v1_TransactionResult>;
  
  GetBalance: grpc.handleUnaryCall<_agentvault_ledger_v1_AccountRef__Output, _agentvault_ledger_v1_Balance>;
  
  GetBalances: grpc.handleUnaryCall<_agentvault_ledger_v1_AccountRefs__Output, _agentvault_ledger_v1_Balances>;
  
  GetBridgeFigures: grpc.handleUnaryCall<_agentvault_ledger_v1_BridgeFiguresRequest__Output, _agentvault_ledger_v1_BridgeFigures>;
  
  GetChainHead: grpc.handleUnaryCall<_agentvault_ledger_v1_Empty__Output, _agentvault_ledger_v1_ChainHead>;
  
  GetDeveloperSummary: grpc.handleUnaryCall<_agentvault_ledger_v1_DeveloperRef__Output, _agentvault_ledger_v1_DeveloperSummary>;
  
  GetFeeConfig: grpc.handleUnaryCall<_agentvault_ledger_v1_Empty__Output, _agentvault_ledger_v1_FeeConfig>;
  
  GetHold: grpc.handleUnaryCall<_agentvault_ledger_v1_HoldRef__Output, _agentvault_ledger_v1_Hold>;
  
  GetLockedBalances: grpc.handleUnaryCall<_agentvault_ledger_v1_AccountRefs__Output, _agentvault_ledger_v1_LockedBalances>;
  
  GetOwnedBalances: grpc.handleUnaryCall<_agentvault_ledger_v1_OwnedBalancesRequest__Output, _agentvault_ledger_v1_Balances>;
  
  GetReputation: grpc.handleUnaryCall<_agentvault_ledger_v1_AccountRef__Output, _agentvault_ledger_v1_Reputation>;
  
  GetReputations: grpc.handleUnaryCall<_agentvault_ledger_v1_AccountRefs__Output, _agentvault_ledger_v1_Reputations>;
  
  GetWrappedBalances: grpc.handleUnaryCall<_agentvault_ledger_v1_AccountRef__Output, _agentvault_ledger_v1_WrappedBalances>;
  
  IssueTokens: grpc.handleUnaryCall<_agentvault_ledger_v1_IssueTokensRequest__Output, _agentvault_ledger_v1_TransactionResult>;
  
  ListFundingRequests: grpc.handleUnaryCall<_agentvault_ledger_v1_ListFundingRequestsRequest__Output, _agentvault_ledger_v1_FundingRequestPage>;
  
  ListReputationHistory: grpc.handleUnaryCall<_agentvault_ledger_v1_ReputationHistoryRequest__Output, _agentvault_ledger_v1_ReputationHistoryPage>;
  
  ListReputationRankings: grpc.handleUnaryCall<_agentvault_ledger_v1_PageRequest__Output, _agentvault_ledger_v1_ReputationRankingPage>;
  
  ListTransactions: grpc.handleUnaryCall<_agentvault_ledger_v1_ListTransactionsRequest__Output, _agentvault_ledger_v1_TransactionPage>;
  
  LockFunds: grpc.handleUnaryCall<_agentvault_ledger_v1_LockFundsRequest__Output, _agentvault_ledger_v1_LockFundsResult>;
  
  OpenAgentAccount: grpc.handleUnaryCall<_agentvault_ledger_v1_OpenAgentAccountRequest__Output, _agentvault_ledger_v1_AccountStatus>;
  
  PlaceHold: grpc.handleUnaryCall<_agentvault_ledger_v1_PlaceHoldRequest__Output, _agentvault_ledger_v1_HoldResult>;
  
  PostHold: grpc.handleUnaryCall<_agentvault_ledger_v1_PostHoldRequest__Output, _agentvault_ledger_v1_HoldResult>;
  
  RejectFundingRequest: grpc.handleUnaryCall<_agentvault_ledger_v1_DecideFundingRequest__Output, _agentvault_ledger_v1_FundingRequestRecord>;
  
  RequestFunding: grpc.handleUnaryCall<_agentvault_ledger_v1_RequestFundingRequest__Output, _agentvault_ledger_v1_FundingRequestRecord>;
  
  ReversePledge: grpc.handleUnaryCall<_agentvault_ledger_v1_ReversePledgeRequest__Output, _agentvault_ledger_v1_PledgeReversal>;
  
  SetAgentSuspended: grpc.handleUnaryCall<_agentvault_ledger_v1_SetAgentSuspendedRequest__Output, _agentvault_ledger_v1_AccountStatus>;
  
  SetTransferFee: grpc.handleUnaryCall<_agentvault_ledger_v1_SetTransferFeeRequest__Output, _agentvault_ledger_v1_FeeConfig>;
  
  SystemTransfer: grpc.handleUnaryCall<_agentvault_ledger_v1_SystemTransferRequest__Output, _agentvault_ledger_v1_TransactionResult>;
  
  Transfer: grpc.handleUnaryCall<_agentvault_ledger_v1_TransferRequest__Output, _agentvault_ledger_v1_TransactionResult>;
  
  TransferBatch: grpc.handleUnaryCall<_agentvault_ledger_v1_TransferBatchRequest__Output, _agentvault_ledger_v1_TransferBatchResult>;
  
  TreasuryPayout: grpc.handleUnaryCall<_agentvault_ledger_v1_TreasuryPayoutRequest__Output, _agentvault_ledger_v1_TransactionResult>;
  
  UnlockFunds: grpc.handleUnaryCall<_agentvault_ledger_v1_LockFundsRequest__Output, _agentvault_ledger_v1_LockFundsResult>;
  
  VerifyChain: grpc.handleUnaryCall<_agentvault_ledger_v1_Empty__Output, _agentvault_ledger_v1_ChainVerification>;
  
  VoidHold: grpc.handleUnaryCall<_agentvault_ledger_v1_VoidHoldRequest__Output, _agentvault_ledger_v1_HoldResult>;
  
}

export interface LedgerServiceDefinition extends grpc.ServiceDefinition {
  AdjustReputation: MethodDefinition<_agentvault_ledger_v1_AdjustReputationRequest, _agentvault_ledger_v1_ReputationAdjustment, _agentvault_ledger_v1_AdjustReputationRequest__Output, _agentvault_ledger_v1_ReputationAdjustment__Output>
  ApplyPenalty: MethodDefinition<_agentvault_ledger_v1_ApplyPenaltyRequest, _agentvault_ledger_v1_TransactionResult, _agentvault_ledger_v1_ApplyPenaltyRequest__Output, _agentvault_ledger_v1_TransactionResult__Output>
  ApplyReputationSignal: MethodDefinition<_agentvault_ledger_v1_ApplyReputationSignalRequest, _agentvault_ledger_v1_ReputationSignalResult, _agentvault_ledger_v1_ApplyReputationSignalRequest__Output, _agentvault_ledger_v1_ReputationSignalResult__Output>
  ApproveFundingRequest: MethodDefinition<_agentvault_ledger_v1_DecideFundingRequest, _agentvault_ledger_v1_FundingApproval, _agentvault_ledger_v1_DecideFundingRequest__Output, _agentvault_ledger_v1_FundingApproval__Output>
  Audit: MethodDefinition<_agentvault_ledger_v1_Empty, _agentvault_ledger_v1_AuditReport, _agentvault_ledger_v1_Empty__Output, _agentvault_ledger_v1_AuditReport__Output>
  AuditHolds: MethodDefinition<_agentvault_ledger_v1_Empty, _agentvault_ledger_v1_HoldsAudit, _agentvault_ledger_v1_Empty__Output, _agentvault_ledger_v1_HoldsAudit__Output>
  BridgeMove: MethodDefinition<_agentvault_ledger_v1_BridgeMoveRequest, _agentvault_ledger_v1_BridgeMoveResult, _agentvault_ledger_v1_BridgeMoveRequest__Output, _agentvault_ledger_v1_BridgeMoveResult__Output>
  BurnTokens: MethodDefinition<_agentvault_ledger_v1_BurnTokensRequest, _agentvault_ledger_v1_TransactionResult, _agentvault_ledger_v1_BurnTokensRequest__Output, _agentvault_ledger_v1_TransactionResult__Output>
  ClaimPledge: MethodDefinition<_agentvault_ledger_v1_ClaimPledgeRequest, _agentvault_ledger_v1_TransactionResult, _agentvault_ledger_v1_ClaimPledgeRequest__Output, _agentvault_ledger_v1_TransactionResult__Output>
  CreditPledge: MethodDefinition<_agentvault_ledger_v1_CreditPledgeRequest, _agentvault_ledger_v1_TransactionResult, _agentvault_ledger_v1_CreditPledgeRequest__Output, _agentvault_ledger_v1_TransactionResult__Output>
  FundAgent: MethodDefinition<_agentvault_ledger_v1_FundAgentRequest, _agentvault_ledger_v1_TransactionResult, _agentvault_ledger_v1_FundAgentRequest__Output, _agentvault_ledger_v1_TransactionResult__Output>
  GetBalance: MethodDefinition<_agentvault_ledger_v1_AccountRef, _agentvault_ledger_v1_Balance, _agentvault_ledger_v1_AccountRef__Output, _agentvault_ledger_v1_Balance__Output>
  GetBalances: MethodDefinition<_agentvault_ledger_v1_AccountRefs, _agentvault_ledger_v1_Balances, _agentvault_ledger_v1_AccountRefs__Output, _agentvault_ledger_v1_Balances__Output>
  GetBridgeFigures: MethodDefinition<_agentvault_ledger_v1_BridgeFiguresRequest, _agentvault_ledger_v1_BridgeFigures, _agentvault_ledger_v1_BridgeFiguresRequest__Output, _agentvault_ledger_v1_BridgeFigures__Output>
  GetChainHead: MethodDefinition<_agentvault_ledger_v1_Empty, _agentvault_ledger_v1_ChainHead, _agentvault_ledger_v1_Empty__Output, _agentvault_ledger_v1_ChainHead__Output>
  GetDeveloperSummary: MethodDefinition<_agentvault_ledger_v1_DeveloperRef, _agentvault_ledger_v1_DeveloperSummary, _agentvault_ledger_v1_DeveloperRef__Output, _agentvault_ledger_v1_DeveloperSummary__Output>
  GetFeeConfig: MethodDefinition<_agentvault_ledger_v1_Empty, _agentvault_ledger_v1_FeeConfig, _agentvault_ledger_v1_Empty__Output, _agentvault_ledger_v1_FeeConfig__Output>
  GetHold: MethodDefinition<_agentvault_ledger_v1_HoldRef, _agentvault_ledger_v1_Hold, _agentvault_ledger_v1_HoldRef__Output, _agentvault_ledger_v1_Hold__Output>
  GetLockedBalances: MethodDefinition<_agentvault_ledger_v1_AccountRefs, _agentvault_ledger_v1_LockedBalances, _agentvault_ledger_v1_AccountRefs__Output, _agentvault_ledger_v1_LockedBalances__Output>
  GetOwnedBalances: MethodDefinition<_agentvault_ledger_v1_OwnedBalancesRequest, _agentvault_ledger_v1_Balances, _agentvault_ledger_v1_OwnedBalancesRequest__Output, _agentvault_ledger_v1_Balances__Output>
  GetReputation: MethodDefinition<_agentvault_ledger_v1_AccountRef, _agentvault_ledger_v1_Reputation, _agentvault_ledger_v1_AccountRef__Output, _agentvault_ledger_v1_Reputation__Output>
  GetReputations: MethodDefinition<_agentvault_ledger_v1_AccountRefs, _agentvault_ledger_v1_Reputations, _agentvault_ledger_v1_AccountRefs__Output, _agentvault_ledger_v1_Reputations__Output>
  GetWrappedBalances: MethodDefinition<_agentvault_ledger_v1_AccountRef, _agentvault_ledger_v1_WrappedBalances, _agentvault_ledger_v1_AccountRef__Output, _agentvault_ledger_v1_WrappedBalances__Output>
  IssueTokens: MethodDefinition<_agentvault_ledger_v1_IssueTokensRequest, _agentvault_ledger_v1_TransactionResult, _agentvault_ledger_v1_IssueTokensRequest__Output, _agentvault_ledger_v1_TransactionResult__Output>
  ListFundingRequests: MethodDefinition<_agentvault_ledger_v1_ListFundingRequestsRequest, _agentvault_ledger_v1_FundingRequestPage, _agentvault_ledger_v1_ListFundingRequestsRequest__Output, _agentvault_ledger_v1_FundingRequestPage__Output>
  ListReputationHistory: MethodDefinition<_agentvault_ledger_v1_ReputationHistoryRequest, _agentvault_ledger_v1_ReputationHistoryPage, _agentvault_ledger_v1_ReputationHistoryRequest__Output, _agentvault_ledger_v1_ReputationHistoryPage__Output>
  ListReputationRankings: MethodDefinition<_agentvault_ledger_v1_PageRequest, _agentvault_ledger_v1_ReputationRankingPage, _agentvault_ledger_v1_PageRequest__Output, _agentvault_ledger_v1_ReputationRankingPage__Output>
  ListTransactions: MethodDefinition<_agentvault_ledger_v1_ListTransactionsRequest, _agentvault_ledger_v1_TransactionPage, _agentvault_ledger_v1_ListTransactionsRequest__Output, _agentvault_ledger_v1_TransactionPage__Output>
  LockFunds: MethodDefinition<_agentvault_ledger_v1_LockFundsRequest, _agentvault_ledger_v1_LockFundsResult, _agentvault_ledger_v1_LockFundsRequest__Output, _agentvault_ledger_v1_LockFundsResult__Output>
  OpenAgentAccount: MethodDefinition<_agentvault_ledger_v1_OpenAgentAccountRequest, _agentvault_ledger_v1_AccountStatus, _agentvault_ledger_v1_OpenAgentAccountRequest__Output, _agentvault_ledger_v1_AccountStatus__Output>
  PlaceHold: MethodDefinition<_agentvault_ledger_v1_PlaceHoldRequest, _agentvault_ledger_v1_HoldResult, _agentvault_ledger_v1_PlaceHoldRequest__Output, _agentvault_ledger_v1_HoldResult__Output>
  PostHold: MethodDefinition<_agentvault_ledger_v1_PostHoldRequest, _agentvault_ledger_v1_HoldResult, _agentvault_ledger_v1_PostHoldRequest__Output, _agentvault_ledger_v1_HoldResult__Output>
  RejectFundingRequest: MethodDefinition<_agentvault_ledger_v1_DecideFundingRequest, _agentvault_ledger_v1_FundingRequestRecord, _agentvault_ledger_v1_DecideFundingRequest__Output, _agentvault_ledger_v1_FundingRequestRecord__Output>
  RequestFunding: MethodDefinition<_agentvault_ledger_v1_RequestFundingRequest, _agentvault_ledger_v1_FundingRequestRecord, _agentvault_ledger_v1_RequestFundingRequest__Output, _agentvault_ledger_v1_FundingRequestRecord__Output>
  ReversePledge: MethodDefinition<_agentvault_ledger_v1_ReversePledgeRequest, _agentvault_ledger_v1_PledgeReversal, _agentvault_ledger_v1_ReversePledgeRequest__Output, _agentvault_ledger_v1_PledgeReversal__Output>
  SetAgentSuspended: MethodDefinition<_agentvault_ledger_v1_SetAgentSuspendedRequest, _agentvault_ledger_v1_AccountStatus, _agentvault_ledger_v1_SetAgentSuspendedRequest__Output, _agentvault_ledger_v1_AccountStatus__Output>
  SetTransferFee: MethodDefinition<_agentvault_ledger_v1_SetTransferFeeRequest, _agentvault_ledger_v1_FeeConfig, _agentvault_ledger_v1_SetTransferFeeRequest__Output, _agentvault_ledger_v1_FeeConfig__Output>
  SystemTransfer: MethodDefinition<_agentvault_ledger_v1_SystemTransferRequest, _agentvault_ledger_v1_TransactionResult, _agentvault_ledger_v1_SystemTransferRequest__Output, _agentvault_ledger_v1_TransactionResult__Output>
  Transfer: MethodDefinition<_agentvault_ledger_v1_TransferRequest, _agentvault_ledger_v1_TransactionResult, _agentvault_ledger_v1_TransferRequest__Output, _agentvault_ledger_v1_TransactionResult__Output>
  TransferBatch: MethodDefinition<_agentvault_ledger_v1_TransferBatchRequest, _agentvault_ledger_v1_TransferBatchResult, _agentvault_ledger_v1_TransferBatchRequest__Output, _agentvault_ledger_v1_TransferBatchResult__Output>
  TreasuryPayout: MethodDefinition<_agentvault_ledger_v1_TreasuryPayoutRequest, _agentvault_ledger_v1_TransactionResult, _agentvault_ledger_v1_TreasuryPayoutRequest__Output, _agentvault_ledger_v1_TransactionResult__Output>
  UnlockFunds: MethodDefinition<_agentvault_ledger_v1_LockFundsRequest, _agentvault_ledger_v1_LockFundsResult, _agentvault_ledger_v1_LockFundsRequest__Output, _agentvault_ledger_v1_LockFundsResult__Output>
  VerifyChain: MethodDefinition<_agentvault_ledger_v1_Empty, _agentvault_ledger_v1_ChainVerification, _agentvault_ledger_v1_Empty__Output, _agentvault_ledger_v1_ChainVerification__Output>
  VoidHold: MethodDefinition<_agentvault_ledger_v1_VoidHoldRequest, _agentvault_ledger_v1_HoldResult, _agentvault_ledger_v1_VoidHoldRequest__Output, _agentvault_ledger_v1_HoldResult__Output>
}
