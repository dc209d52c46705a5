import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AccountRef as _agentvault_ledger_v1_AccountRef, AccountRef__Output as _agentvault_ledger_v1_AccountRef__Output } from './agentvault/ledger/v1/AccountRef.js';
import type { AccountRefs as _agentvault_ledger_v1_AccountRefs, AccountRefs__Output as _agentvault_ledger_v1_AccountRefs__Output } from './agentvault/ledger/v1/AccountRefs.js';
import type { AccountStatus as _agentvault_ledger_v1_AccountStatus, AccountStatus__Output as _agentvault_ledger_v1_AccountStatus__Output } from './agentvault/ledger/v1/AccountStatus.js';
import type { AdjustReputationRequest as _agentvault_ledger_v1_AdjustReputationRequest, AdjustReputationRequest__Output as _agentvault_ledger_v1_AdjustReputationRequest__Output } from './agentvault/ledger/v1/AdjustReputationRequest.js';
import type { ApplyPenaltyRequest as _agentvault_ledger_v1_ApplyPenaltyRequest, ApplyPenaltyRequest__Output as _agentvault_ledger_v1_ApplyPenaltyRequest__Output } from './agentvault/ledger/v1/ApplyPenaltyRequest.js';
import type { ApplyReputationSignalRequest as _agentvault_ledger_v1_ApplyReputationSignalRequest, ApplyReputationSignalRequest__Output as _agentvault_ledger_v1_ApplyReputationSignalRequest__Output } from './agentvault/ledger/v1/ApplyReputationSignalRequest.js';
import type { AuditReport as _agentvault_ledger_v1_AuditReport, AuditReport__Output as _agentvault_ledger_v1_AuditReport__Output } from './agentvault/ledger/v1/AuditReport.js';
import type { Balance as _agentvault_ledger_v1_Balance, Balance__Output as _agentvault_ledger_v1_Balance__Output } from './agentvault/ledger/v1/Balance.js';
import type { Balances as _agentvault_ledger_v1_Balances, Balances__Output as _agentvault_ledger_v1_Balances__Output } from './agentvault/ledger/v1/Balances.js';
import type { BatchTransfer as _agentvault_ledger_v1_BatchTransfer, BatchTransfer__Output as _agentvault_ledger_v1_BatchTransfer__Output } from './agentvault/ledger/v1/BatchTransfer.js';
import type { BatchTransferOutcome as _agentvault_ledger_v1_BatchTransferOutcome, BatchTransferOutcome__Output as _agentvault_ledger_v1_BatchTransferOutcome__Output } from './agentvault/ledger/v1/BatchTransferOutcome.js';
import type { BridgeFigures as _agentvault_ledger_v1_BridgeFigures, BridgeFigures__Output as _agentvault_ledger_v1_BridgeFigures__Output } from './agentvault/ledger/v1/BridgeFigures.js';
import type { BridgeFiguresRequest as _agentvault_ledger_v1_BridgeFiguresRequest, BridgeFiguresRequest__Output as _agentvault_ledger_v1_BridgeFiguresRequest__Output } from './agentvault/ledger/v1/BridgeFiguresRequest.js';
import type { BridgeMoveRequest as _agentvault_ledger_v1_BridgeMoveRequest, BridgeMoveRequest__Output as _agentvault_ledger_v1_BridgeMoveRequest__Output } from './agentvault/ledger/v1/BridgeMoveRequest.js';
import type { BridgeMoveResult as _agentvault_ledger_v1_BridgeMoveResult, BridgeMoveResult__Output as _agentvault_ledger_v1_BridgeMoveResult__Output } from './agentvault/ledger/v1/BridgeMoveResult.js';
import type { BurnTokensRequest as _agentvault_ledger_v1_BurnTokensRequest, BurnTokensRequest__Output as _agentvault_ledger_v1_BurnTokensRequest__Output } from './agentvault/ledger/v1/BurnTokensRequest.js';
import type { ChainHead as _agentvault_ledger_v1_ChainHead, ChainHead__Output as _agentvault_ledger_v1_ChainHead__Output } from './agentvault/ledger/v1/ChainHead.js';
import type { ChainVerification as _agentvault_ledger_v1_ChainVerification, ChainVerification__Output as _agentvault_ledger_v1_ChainVerification__Output } from './agentvault/ledger/v1/ChainVerification.js';
import type { ClaimPledgeRequest as _agentvault_ledger_v1_ClaimPledgeRequest, ClaimPledgeRequest__Output as _agentvault_ledger_v1_ClaimPledgeRequest__Output } from './agentvault/ledger/v1/ClaimPledgeRequest.js';
import type { CreditPledgeRequest as _agentvault_ledger_v1_CreditPledgeRequest, CreditPledgeRequest__Output as _agentvault_ledger_v1_CreditPledgeRequest__Output } from './agentvault/ledger/v1/CreditPledgeRequest.js';
import type { DecideFundingRequest as _agentvault_ledger_v1_DecideFundingRequest, DecideFundingRequest__Output as _agentvault_ledger_v1_DecideFundingRequest__Output } from './agentvault/ledger/v1/DecideFundingRequest.js';
import type { DeveloperRef as _agentvault_ledger_v1_DeveloperRef, DeveloperRef__Output as _agentvault_ledger_v1_DeveloperRef__Output } from './agentvault/ledger/v1/DeveloperRef.js';
import type { DeveloperSummary as _agentvault_ledger_v1_DeveloperSummary, DeveloperSummary__Output as _agentvault_ledger_v1_DeveloperSummary__Output } from './agentvault/ledger/v1/DeveloperSummary.js';
import type { Empty as _agentvault_ledger_v1_Empty, Empty__Output as _agentvault_ledger_v1_Empty__Output } from './agentvault/ledger/v1/Empty.js';
import type { FeeConfig as _agentvault_ledger_v1_FeeConfig, FeeConfig__Output as _agentvault_ledger_v1_FeeConfig__Output } from './agentvault/ledger/v1/FeeConfig.js';
import type { FundAgentRequest as _agentvault_ledger_v1_FundAgentRequest, FundAgentRequest__Output as _agentvault_ledger_v1_FundAgentRequest__Output } from './agentvault/ledger/v1/FundAgentRequest.js';
import type { FundingApproval as _agentvault_ledger_v1_FundingApproval, FundingApproval__Output as _agentvault_ledger_v1_FundingApproval__Output } from './agentvault/ledger/v1/FundingApproval.js';
import type { FundingRequestPage as _agentvault_ledger_v1_FundingRequestPage, FundingRequestPage__Output as _agentvault_ledger_v1_FundingRequestPage__Output } from './agentvault/ledger/v1/FundingRequestPage.js';
import type { FundingRequestRecord as _agentvault_ledger_v1_FundingRequestRecord, FundingRequestRecord__Output as _agentvault_ledger_v1_FundingRequestRecord__Output } from './agentvault/ledger/v1/FundingRequestRecord.js';
import type { Hold as _agentvault_ledger_v1_Hold, Hold__Output as _agentvault_ledger_v1_Hold__Output } from './agentvault/ledger/v1/Hold.js';
import type { HoldRef as _agentvault_ledger_v1_HoldRef, HoldRef__Output as _agentvault_ledger_v1_HoldRef__Output } from './agentvault/ledger/v1/HoldRef.js';
import type { HoldResult as _agentvault_ledger_v1_HoldResult, HoldResult__Output as _agentvault_ledger_v1_HoldResult__Output } from './agentvault/ledger/v1/HoldResult.js';
import type { HoldsAudit as _agentvault_ledger_v1_HoldsAudit, HoldsAudit__Output as _agentvault_ledger_v1_HoldsAudit__Output } from './agentvault/ledger/v1/HoldsAudit.js';
import type { Idempotency as _agentvault_ledger_v1_Idempotency, Idempotency__Output as _agentvault_ledger_v1_Idempotency__Output } from './agentvault/ledger/v1/Idempotency.js';
import type { IssueTokensRequest as _agentvault_ledger_v1_IssueTokensRequest, IssueTokensRequest__Output as _agentvault_ledger_v1_IssueTokensRequest__Output } from './agentvault/ledger/v1/IssueTokensRequest.js';
import type { LedgerServiceClient as _agentvault_ledger_v1_LedgerServiceClient, LedgerServiceDefinition as _agentvault_ledger_v1_LedgerServiceDefinition } from './agentvault/ledger/v1/LedgerService.js';
import type { ListFundingRequestsRequest as _agentvault_ledger_v1_ListFundingRequestsRequest, ListFundingRequestsRequest__Output as _agentvault_ledger_v1_ListFundingRequestsRequest__Output } from './agentvault/ledger/v1/ListFundingRequestsRequest.js';
import type { ListTransactionsRequest as _agentvault_ledger_v1_ListTransactionsRequest, ListTransactionsRequest__Output as _agentvault_ledger_v1_ListTransactionsRequest__Output } from './agentvault/ledger/v1/ListTransactionsRequest.js';
import type { LockFundsRequest as _agentvault_ledger_v1_LockFundsRequest, LockFundsRequest__Output as _agentvault_ledger_v1_LockFundsRequest__Output } from './agentvault/ledger/v1/LockFundsRequest.js';
import type { LockFundsResult as _agentvault_ledger_v1_LockFundsResult, LockFundsResult__Output as _agentvault_ledger_v1_LockFundsResult__Output } from './agentvault/ledger/v1/LockFundsResult.js';
import type { LockedBalance as _agentvault_ledger_v1_LockedBalance, LockedBalance__Output as _agentvault_ledger_v1_LockedBalance__Output } from './agentvault/ledger/v1/LockedBalance.js';
import type { LockedBalances as _agentvault_ledger_v1_LockedBalances, LockedBalances__Output as _agentvault_ledger_v1_LockedBalances__Output } from './agentvault/ledger/v1/LockedBalances.js';
import type { OpenAgentAccountRequest as _agentvault_ledger_v1_OpenAgentAccountRequest, OpenAgentAccountRequest__Output as _agentvault_ledger_v1_OpenAgentAccountRequest__Output } from './agentvault/ledger/v1/OpenAgentAccountRequest.js';
import type { OwnedBalancesRequest as _agentvault_ledger_v1_OwnedBalancesRequest, OwnedBalancesRequest__Output as _agentvault_ledger_v1_OwnedBalancesRequest__Output } from './agentvault/ledger/v1/OwnedBalancesRequest.js';
import type { PageRequest as _agentvault_ledger_v1_PageRequest, PageRequest__Output as _agentvault_ledger_v1_PageRequest__Output } from './agentvault/ledger/v1/PageRequest.js';
import type { PlaceHoldRequest as _agentvault_ledger_v1_PlaceHoldRequest, PlaceHoldRequest__Output as _agentvault_ledger_v1_PlaceHoldRequest__Output } from './agentvault/ledger/v1/PlaceHoldRequest.js';
import type { PledgeReversal as _agentvault_ledger_v1_PledgeReversal, PledgeReversal__Output as _agentvault_ledger_v1_PledgeReversal__Output } from './agentvault/ledger/v1/PledgeReversal.js';
import type { PostHoldRequest as _agentvault_ledger_v1_PostHoldRequest, PostHoldRequest__Output as _agentvault_ledger_v1_PostHoldRequest__Output } from './agentvault/ledger/v1/PostHoldRequest.js';
import type { Reputation as _agentvault_ledger_v1_Reputation, Reputation__Output as _agentvault_ledger_v1_Reputation__Output } from './agentvault/ledger/v1/Reputation.js';
import type { ReputationAdjustment as _agentvault_ledger_v1_ReputationAdjustment, ReputationAdjustment__Output as _agentvault_ledger_v1_ReputationAdjustment__Output } from './agentvault/ledger/v1/ReputationAdjustment.js';
import type { ReputationHistoryEntry as _agentvault_ledger_v1_ReputationHistoryEntry, ReputationHistoryEntry__Output as _agentvault_ledger_v1_ReputationHistoryEntry__Output } from './agentvault/ledger/v1/ReputationHistoryEntry.js';
import type { ReputationHistoryPage as _agentvault_ledger_v1_ReputationHistoryPage, ReputationHistoryPage__Output as _agentvault_ledger_v1_ReputationHistoryPage__Output } from './agentvault/ledger/v1/ReputationHistoryPage.js';
import type { ReputationHistoryRequest as _agentvault_ledger_v1_ReputationHistoryRequest, ReputationHistoryRequest__Output as _agentvault_ledger_v1_ReputationHistoryRequest__Output } from './agentvault/ledger/v1/ReputationHistoryRequest.js';
import type { ReputationRankingPage as _agentvault_ledger_v1_ReputationRankingPage, ReputationRankingPage__Output as _agentvault_ledger_v1_ReputationRankingPage__Output } from './agentvault/ledger/v1/ReputationRankingPage.js';
import type { ReputationSignalResult as _agentvault_ledger_v1_ReputationSignalResult, ReputationSignalResult__Output as _agentvault_ledger_v1_ReputationSignalResult__Output } from './agentvault/ledger/v1/ReputationSignalResult.js';
import type { Reputations as _agentvault_ledger_v1_Reputations, Reputations__Output as _agentvault_ledger_v1_Reputations__Output } from './agentvault/ledger/v1/Reputations.js';
import type { RequestFundingRequest as _agentvault_ledger_v1_RequestFundingRequest, RequestFundingRequest__Output as _agentvault_ledger_v1_RequestFundingRequest__Output } from './agentvault/ledger/v1/RequestFundingRequest.js';
import type { ReversePledgeRequest as _agentvault_ledger_v1_ReversePledgeRequest, ReversePledgeRequest__Output as _agentvault_ledger_v1_ReversePledgeRequest__Output } from './agentvault/ledger/v1/ReversePledgeRequest.js';
import type { SetAgentSuspendedRequest as _agentvault_ledger_v1_SetAgentSuspendedRequest, SetAgentSuspendedRequest__Output as _agentvault_ledger_v1_SetAgentSuspendedRequest__Output } from './agentvault/ledger/v1/SetAgentSuspendedRequest.js';
import type { SetTransferFeeRequest as _agentvault_ledger_v1_SetTransferFeeRequest, SetTransferFeeRequest__Output as _agentvault_ledger_v1_SetTransferFeeRequest__Output } from './agentvault/ledger/v1/SetTransferFeeRequest.js';
import type { SystemTransferRequest as _agentvault_ledger_v1_SystemTransferRequest, SystemTransferRequest__Output as _agentvault_ledger_v1_SystemTransferRequest__Output } from './agentvault/ledger/v1/SystemTransferRequest.js';
import type { Transaction as _agentvault_ledger_v1_Transaction, Transaction__Output as _agentvault_ledger_v1_Transaction__Output } from './agentvault/ledger/v1/Transaction.js';
import type { TransactionPage as _agentvault_ledger_v1_TransactionPage, TransactionPage__Output as _agentvault_ledger_v1_TransactionPage__Output } from './agentvault/ledger/v1/TransactionPage.js';
import type { TransactionResult as _agentvault_ledger_v1_TransactionResult, TransactionResult__Output as _agentvault_ledger_v1_TransactionResult__Output } from './agentvault/ledger/v1/TransactionResult.js';
import type { TransferBatchRequest as _agentvault_ledger_v1_TransferBatchRequest, TransferBatchRequest__Output as _agentvault_ledger_v1_TransferBatchRequest__Output } from './agentvault/ledger/v1/TransferBatchRequest.js';
import type { TransferBatchResult as _agentvault_ledger_v1_TransferBatchResult, TransferBatchResult__Output as _agentvault_ledger_v1_TransferBatchResult__Output } from './agentvault/ledger/v1/TransferBatchResult.js';
import type { TransferRequest as _agentvault_ledger_v1_TransferRequest, TransferRequest__Output as _agentvault_ledger_v1_TransferRequest__Output } from './agentvault/ledger/v1/TransferRequest.js';
import type { TreasuryPayoutRequest as _agentvault_ledger_v1_TreasuryPayoutRequest, TreasuryPayoutRequest__Output as _agentvault_ledger_v1_TreasuryPayoutRequest__Output } from './agentvault/ledger/v1/TreasuryPayoutRequest.js';
import type { VoidHoldRequest as _agentvault_ledger_v1_VoidHoldRequest, VoidHoldRequest__Output as _agentvault_ledger_v1_VoidHoldRequest__Output } from './agentvault/ledger/v1/VoidHoldRequest.js';
import type { WrappedBalance as _agentvault_ledger_v1_WrappedBalance, WrappedBalance__Output as _agentvault_ledger_v1_WrappedBalance__Output } from './agentvault/ledger/v1/WrappedBalance.js';
import type { WrappedBalances as _agentvault_ledger_v1_WrappedBalances, WrappedBalances__Output as _agentvault_ledger_v1_WrappedBalances__Output } from './agentvault/ledger/v1/WrappedBalances.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  agentvault: {
    ledger: {
      v1: {
        AccountRef: MessageTypeDefinition<_agentvault_ledger_v1_AccountRef, _agentvault_ledger_v1_AccountRef__Output>
        AccountRefs: MessageTypeDefinition<_agentvault_ledger_v1_AccountRefs, _agentvault_ledger_v1_AccountRefs__Output>
        AccountStatus: MessageTypeDefinition<_agentvault_ledger_v1_AccountStatus, _agentvault_ledger_v1_AccountStatus__Output>
        AdjustReputationRequest: MessageTypeDefinition<_agentvault_ledger_v1_AdjustReputationRequest, _agentvault_ledger_v1_AdjustReputationRequest__Output>
        ApplyPenaltyRequest: MessageTypeDefinition<_agentvault_ledger_v1_ApplyPenaltyRequest, _agentvault_ledger_v1_ApplyPenaltyRequest__Output>
        ApplyReputationSignalRequest: MessageTypeDefinition<_agentvault_ledger_v1_ApplyReputationSignalRequest, _agentvault_ledger_v1_ApplyReputationSignalRequest__Output>
        AuditReport: MessageTypeDefinition<_agentvault_ledger_v1_AuditReport, _agentvault_ledger_v1_AuditReport__Output>
        Balance: MessageTypeDefinition<_agentvault_ledger_v1_Balance, _agentvault_ledger_v1_Balance__Output>
        Balances: MessageTypeDefinition<_agentvault_ledger_v1_Balances, _agentvault_ledger_v1_Balances__Output>
        BatchTransfer: MessageTypeDefinition<_agentvault_ledger_v1_BatchTransfer, _agentvault_ledger_v1_BatchTransfer__Output>
        BatchTransferOutcome: MessageTypeDefinition<_agentvault_ledger_v1_BatchTransferOutcome, _agentvault_ledger_v1_BatchTransferOutcome__Output>
        BridgeFigures: MessageTypeDefinition<_agentvault_ledger_v1_BridgeFigures, _agentvault_ledger_v1_BridgeFigures__Output>
        BridgeFiguresRequest: MessageTypeDefinition<_agentvault_ledger_v1_BridgeFiguresRequest, _agentvault_ledger_v1_BridgeFiguresRequest__Output>
        BridgeMoveRequest: MessageTypeDefinition<_agentvault_ledger_v1_BridgeMoveRequest, _agentvault_ledger_v1_BridgeMoveRequest__Output>
        BridgeMoveResult: MessageTypeDefinition<_agentvault_ledger_v1_BridgeMoveResult, _agentvault_ledger_v1_BridgeMoveResult__Output>
        BurnTokensRequest: MessageTypeDefinition<_agentvault_ledger_v1_BurnTokensRequest, _agentvault_ledger_v1_BurnTokensRequest__Output>
        ChainHead: MessageTypeDefinition<_agentvault_ledger_v1_ChainHead, _agentvault_ledger_v1_ChainHead__Output>
        ChainVerification: MessageTypeDefinition<_agentvault_ledger_v1_ChainVerification, _agentvault_ledger_v1_ChainVerification__Output>
        ClaimPledgeRequest: MessageTypeDefinition<_agentvault_ledger_v1_ClaimPledgeRequest, _agentvault_ledger_v1_ClaimPledgeRequest__Output>
        CreditPledgeRequest: MessageTypeDefinition<_agentvault_ledger_v1_CreditPledgeRequest, _agentvault_ledger_v1_CreditPledgeRequest__Output>
        DecideFundingRequest: MessageTypeDefinition<_agentvault_ledger_v1_DecideFundingRequest, _agentvault_ledger_v1_DecideFundingRequest__Output>
        DeveloperRef: MessageTypeDefinition<_agentvault_ledger_v1_DeveloperRef, _agentvault_ledger_v1_DeveloperRef__Output>
        DeveloperSummary: MessageTypeDefinition<_agentvault_ledger_v1_DeveloperSummary, _agentvault_ledger_v1_DeveloperSummary__Output>
        Empty: MessageTypeDefinition<_agentvault_ledger_v1_Empty, _agentvault_ledger_v1_Empty__Output>
        FeeConfig: MessageTypeDefinition<_agentvault_ledger_v1_FeeConfig, _agentvault_ledger_v1_FeeConfig__Output>
        FundAgentRequest: MessageTypeDefinition<_agentvault_ledger_v1_FundAgentRequest, _agentvault_ledger_v1_FundAgentRequest__Output>
        FundingApproval: MessageTypeDefinition<_agentvault_ledger_v1_FundingApproval, _agentvault_ledger_v1_FundingApproval__Output>
        FundingRequestPage: MessageTypeDefinition<_agentvault_ledger_v1_FundingRequestPage, _agentvault_ledger_v1_FundingRequestPage__Output>
        FundingRequestRecord: MessageTypeDefinition<_agentvault_ledger_v1_FundingRequestRecord, _agentvault_ledger_v1_FundingRequestRecord__Output>
        Hold: MessageTypeDefinition<_agentvault_ledger_v1_Hold, _agentvault_ledger_v1_Hold__Output>
        HoldRef: MessageTypeDefinition<_agentvault_ledger_v1_HoldRef, _agentvault_ledger_v1_HoldRef__Output>
        HoldResult: MessageTypeDefinition<_agentvault_ledger_v1_HoldResult, _agentvault_ledger_v1_HoldResult__Output>
        HoldsAudit: MessageTypeDefinition<_agentvault_ledger_v1_HoldsAudit, _agentvault_ledger_v1_HoldsAudit__Output>
        Idempotency: MessageTypeDefinition<_agentvault_ledger_v1_Idempotency, _agentvault_ledger_v1_Idempotency__Output>
        IssueTokensRequest: MessageTypeDefinition<_agentvault_ledger_v1_IssueTokensRequest, _agentvault_ledger_v1_IssueTokensRequest__Output>
        LedgerService: SubtypeConstructor<typeof grpc.Client, _agentvault_ledger_v1_LedgerServiceClient> & { service: _agentvault_ledger_v1_LedgerServiceDefinition }
        ListFundingRequestsRequest: MessageTypeDefinition<_agentvault_ledger_v1_ListFundingRequestsRequest, _agentvault_ledger_v1_ListFundingRequestsRequest__Output>
        ListTransactionsRequest: MessageTypeDefinition<_agentvault_ledger_v1_ListTransactionsRequest, _agentvault_ledger_v1_ListTransactionsRequest__Output>
        LockFundsRequest: MessageTypeDefinition<_agentvault_ledger_v1_LockFundsRequest, _agentvault_ledger_v1_LockFundsRequest__Output>
        LockFundsResult: MessageTypeDefinition<_agentvault_ledger_v1_LockFundsResult, _agentvault_ledger_v1_LockFundsResult__Output>
        LockedBalance: MessageTypeDefinition<_agentvault_ledger_v1_LockedBalance, _agentvault_ledger_v1_LockedBalance__Output>
        LockedBalances: MessageTypeDefinition<_agentvault_ledger_v1_LockedBalances, _agentvault_ledger_v1_LockedBalances__Output>
        OpenAgentAccountRequest: MessageTypeDefinition<_agentvault_ledger_v1_OpenAgentAccountRequest, _agentvault_ledger_v1_OpenAgentAccountRequest__Output>
        OwnedBalancesRequest: MessageTypeDefinition<_agentvault_ledger_v1_OwnedBalancesRequest, _agentvault_ledger_v1_OwnedBalancesRequest__Output>
        PageRequest: MessageTypeDefinition<_agentvault_ledger_v1_PageRequest, _agentvault_ledger_v1_PageRequest__Output>
        PlaceHoldRequest: MessageTypeDefinition<_agentvault_ledger_v1_PlaceHoldRequest, _agentvault_ledger_v1_PlaceHoldRequest__Output>
        PledgeReversal: MessageTypeDefinition<_agentvault_ledger_v1_PledgeReversal, _agentvault_ledger_v1_PledgeReversal__Output>
        PostHoldRequest: MessageTypeDefinition<_agentvault_ledger_v1_PostHoldRequest, _agentvault_ledger_v1_PostHoldRequest__Output>
        Reputation: MessageTypeDefinition<_agentvault_ledger_v1_Reputation, _agentvault_ledger_v1_Reputation__Output>
        ReputationAdjustment: MessageTypeDefinition<_agentvault_ledger_v1_ReputationAdjustment, _agentvault_ledger_v1_ReputationAdjustment__Output>
        ReputationHistoryEntry: MessageTypeDefinition<_agentvault_ledger_v1_ReputationHistoryEntry, _agentvault_ledger_v1_ReputationHistoryEntry__Output>
        ReputationHistoryPage: MessageTypeDefinition<_agentvault_ledger_v1_ReputationHistoryPage, _agentvault_ledger_v1_ReputationHistoryPage__Output>
        ReputationHistoryRequest: MessageTypeDefinition<_agentvault_ledger_v1_ReputationHistoryRequest, _agentvault_ledger_v1_ReputationHistoryRequest__Output>
        ReputationRankingPage: MessageTypeDefinition<_agentvault_ledger_v1_ReputationRankingPage, _agentvault_ledger_v1_ReputationRankingPage__Output>
        ReputationSignalResult: MessageTypeDefinition<_agentvault_ledger_v1_ReputationSignalResult, _agentvault_ledger_v1_ReputationSignalResult__Output>
        Reputations: MessageTypeDefinition<_agentvault_ledger_v1_Reputations, _agentvault_ledger_v1_Reputations__Output>
        RequestFundingRequest: MessageTypeDefinition<_agentvault_ledger_v1_RequestFundingRequest, _agentvault_ledger_v1_RequestFundingRequest__Output>
        ReversePledgeRequest: MessageTypeDefinition<_agentvault_ledger_v1_ReversePledgeRequest, _agentvault_ledger_v1_ReversePledgeRequest__Output>
        SetAgentSuspendedRequest: MessageTypeDefinition<_agentvault_ledger_v1_SetAgentSuspendedRequest, _agentvault_ledger_v1_SetAgentSuspendedRequest__Output>
        SetTransferFeeRequest: MessageTypeDefinition<_agentvault_ledger_v1_SetTransferFeeRequest, _agentvault_ledger_v1_SetTransferFeeRequest__Output>
        SystemTransferRequest: MessageTypeDefinition<_agentvault_ledger_v1_SystemTransferRequest, _agentvault_ledger_v1_SystemTransferRequest__Output>
        Transaction: MessageTypeDefinition<_agentvault_ledger_v1_Transaction, _agentvault_ledger_v1_Transaction__Output>
        TransactionPage: MessageTypeDefinition<_agentvault_ledger_v1_TransactionPage, _agentvault_ledger_v1_TransactionPage__Output>
        TransactionResult: MessageTypeDefinition<_agentvault_ledger_v1_TransactionResult, _agentvault_ledger_v1_TransactionResult__Output>
        TransferBatchRequest: MessageTypeDefinition<_agentvault_ledger_v1_TransferBatchRequest, _agentvault_ledger_v1_TransferBatchRequest__Output>
        TransferBatchResult: MessageTypeDefinition<_agentvault_ledger_v1_TransferBatchResult, _agentvault_ledger_v1_TransferBatchResult__Output>
        TransferRequest: MessageTypeDefinition<_agentvault_ledger_v1_TransferRequest, _agentvault_ledger_v1_TransferRequest__Output>
        TreasuryPayoutRequest: MessageTypeDefinition<_agentvault_ledger_v1_TreasuryPayoutRequest, _agentvault_ledger_v1_TreasuryPayoutRequest__Output>
        VoidHoldRequest: MessageTypeDefinition<_agentvault_ledger_v1_VoidHoldRequest, _agentvault_ledger_v1_VoidHoldRequest__Output>
        WrappedBalance: MessageTypeDefinition<_agentvault_ledger_v1_WrappedBalance, _agentvault_ledger_v1_WrappedBalance__Output>
        WrappedBalances: MessageTypeDefinition<_agentvault_ledger_v1_WrappedBalances, _agentvault_ledger_v1_WrappedBalances__Output>
      }
    }
  }
}

