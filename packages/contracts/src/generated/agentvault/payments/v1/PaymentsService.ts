// Original file: proto/agentvault/payments/v1/payments.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddDisputeEvidenceRequest as _agentvault_payments_v1_AddDisputeEvidenceRequest, AddDisputeEvidenceRequest__Output as _agentvault_payments_v1_AddDisputeEvidenceRequest__Output } from '../../../agentvault/payments/v1/AddDisputeEvidenceRequest.js';
import type { AgentPageRequest as _agentvault_payments_v1_AgentPageRequest, AgentPageRequest__Output as _agentvault_payments_v1_AgentPageRequest__Output } from '../../../agentvault/payments/v1/AgentPageRequest.js';
import type { AttestationPolicy as _agentvault_payments_v1_AttestationPolicy, AttestationPolicy__Output as _agentvault_payments_v1_AttestationPolicy__Output } from '../../../agentvault/payments/v1/AttestationPolicy.js';
import type { AttestationPolicyList as _agentvault_payments_v1_AttestationPolicyList, AttestationPolicyList__Output as _agentvault_payments_v1_AttestationPolicyList__Output } from '../../../agentvault/payments/v1/AttestationPolicyList.js';
import type { AttestationSubmission as _agentvault_payments_v1_AttestationSubmission, AttestationSubmission__Output as _agentvault_payments_v1_AttestationSubmission__Output } from '../../../agentvault/payments/v1/AttestationSubmission.js';
import type { AttestationSubmissionPage as _agentvault_payments_v1_AttestationSubmissionPage, AttestationSubmissionPage__Output as _agentvault_payments_v1_AttestationSubmissionPage__Output } from '../../../agentvault/payments/v1/AttestationSubmissionPage.js';
import type { AuditorFlag as _agentvault_payments_v1_AuditorFlag, AuditorFlag__Output as _agentvault_payments_v1_AuditorFlag__Output } from '../../../agentvault/payments/v1/AuditorFlag.js';
import type { AuditorFlagBulkUpdate as _agentvault_payments_v1_AuditorFlagBulkUpdate, AuditorFlagBulkUpdate__Output as _agentvault_payments_v1_AuditorFlagBulkUpdate__Output } from '../../../agentvault/payments/v1/AuditorFlagBulkUpdate.js';
import type { AuditorFlagEscalation as _agentvault_payments_v1_AuditorFlagEscalation, AuditorFlagEscalation__Output as _agentvault_payments_v1_AuditorFlagEscalation__Output } from '../../../agentvault/payments/v1/AuditorFlagEscalation.js';
import type { AuditorFlagPage as _agentvault_payments_v1_AuditorFlagPage, AuditorFlagPage__Output as _agentvault_payments_v1_AuditorFlagPage__Output } from '../../../agentvault/payments/v1/AuditorFlagPage.js';
import type { AuditorFlagUpdate as _agentvault_payments_v1_AuditorFlagUpdate, AuditorFlagUpdate__Output as _agentvault_payments_v1_AuditorFlagUpdate__Output } from '../../../agentvault/payments/v1/AuditorFlagUpdate.js';
import type { AuditorRule as _agentvault_payments_v1_AuditorRule, AuditorRule__Output as _agentvault_payments_v1_AuditorRule__Output } from '../../../agentvault/payments/v1/AuditorRule.js';
import type { AuditorRuleRef as _agentvault_payments_v1_AuditorRuleRef, AuditorRuleRef__Output as _agentvault_payments_v1_AuditorRuleRef__Output } from '../../../agentvault/payments/v1/AuditorRuleRef.js';
import type { AuditorRules as _agentvault_payments_v1_AuditorRules, AuditorRules__Output as _agentvault_payments_v1_AuditorRules__Output } from '../../../agentvault/payments/v1/AuditorRules.js';
import type { AuditorRulesRequest as _agentvault_payments_v1_AuditorRulesRequest, AuditorRulesRequest__Output as _agentvault_payments_v1_AuditorRulesRequest__Output } from '../../../agentvault/payments/v1/AuditorRulesRequest.js';
import type { AuthorizePaymentRequest as _agentvault_payments_v1_AuthorizePaymentRequest, AuthorizePaymentRequest__Output as _agentvault_payments_v1_AuthorizePaymentRequest__Output } from '../../../agentvault/payments/v1/AuthorizePaymentRequest.js';
import type { AvtpReport as _agentvault_payments_v1_AvtpReport, AvtpReport__Output as _agentvault_payments_v1_AvtpReport__Output } from '../../../agentvault/payments/v1/AvtpReport.js';
import type { BulkUpdateAuditorFlagsRequest as _agentvault_payments_v1_BulkUpdateAuditorFlagsRequest, BulkUpdateAuditorFlagsRequest__Output as _agentvault_payments_v1_BulkUpdateAuditorFlagsRequest__Output } from '../../../agentvault/payments/v1/BulkUpdateAuditorFlagsRequest.js';
import type { Contract as _agentvault_payments_v1_Contract, Contract__Output as _agentvault_payments_v1_Contract__Output } from '../../../agentvault/payments/v1/Contract.js';
import type { ContractAction as _agentvault_payments_v1_ContractAction, ContractAction__Output as _agentvault_payments_v1_ContractAction__Output } from '../../../agentvault/payments/v1/ContractAction.js';
import type { ContractPage as _agentvault_payments_v1_ContractPage, ContractPage__Output as _agentvault_payments_v1_ContractPage__Output } from '../../../agentvault/payments/v1/ContractPage.js';
import type { ContractRef as _agentvault_payments_v1_ContractRef, ContractRef__Output as _agentvault_payments_v1_ContractRef__Output } from '../../../agentvault/payments/v1/ContractRef.js';
import type { CreateAttestationPolicyRequest as _agentvault_payments_v1_CreateAttestationPolicyRequest, CreateAttestationPolicyRequest__Output as _agentvault_payments_v1_CreateAttestationPolicyRequest__Output } from '../../../agentvault/payments/v1/CreateAttestationPolicyRequest.js';
import type { CreateAuditorFlagRequest as _agentvault_payments_v1_CreateAuditorFlagRequest, CreateAuditorFlagRequest__Output as _agentvault_payments_v1_CreateAuditorFlagRequest__Output } from '../../../agentvault/payments/v1/CreateAuditorFlagRequest.js';
import type { CreateContractRequest as _agentvault_payments_v1_CreateContractRequest, CreateContractRequest__Output as _agentvault_payments_v1_CreateContractRequest__Output } from '../../../agentvault/payments/v1/CreateContractRequest.js';
import type { Dispute as _agentvault_payments_v1_Dispute, Dispute__Output as _agentvault_payments_v1_Dispute__Output } from '../../../agentvault/payments/v1/Dispute.js';
import type { DisputePage as _agentvault_payments_v1_DisputePage, DisputePage__Output as _agentvault_payments_v1_DisputePage__Output } from '../../../agentvault/payments/v1/DisputePage.js';
import type { DisputeRef as _agentvault_payments_v1_DisputeRef, DisputeRef__Output as _agentvault_payments_v1_DisputeRef__Output } from '../../../agentvault/payments/v1/DisputeRef.js';
import type { EscalateAuditorFlagRequest as _agentvault_payments_v1_EscalateAuditorFlagRequest, EscalateAuditorFlagRequest__Output as _agentvault_payments_v1_EscalateAuditorFlagRequest__Output } from '../../../agentvault/payments/v1/EscalateAuditorFlagRequest.js';
import type { FileDisputeRequest as _agentvault_payments_v1_FileDisputeRequest, FileDisputeRequest__Output as _agentvault_payments_v1_FileDisputeRequest__Output } from '../../../agentvault/payments/v1/FileDisputeRequest.js';
import type { ListAttestationPoliciesRequest as _agentvault_payments_v1_ListAttestationPoliciesRequest, ListAttestationPoliciesRequest__Output as _agentvault_payments_v1_ListAttestationPoliciesRequest__Output } from '../../../agentvault/payments/v1/ListAttestationPoliciesRequest.js';
import type { ListAuditorFlagsRequest as _agentvault_payments_v1_ListAuditorFlagsRequest, ListAuditorFlagsRequest__Output as _agentvault_payments_v1_ListAuditorFlagsRequest__Output } from '../../../agentvault/payments/v1/ListAuditorFlagsRequest.js';
import type { ListDisputesRequest as _agentvault_payments_v1_ListDisputesRequest, ListDisputesRequest__Output as _agentvault_payments_v1_ListDisputesRequest__Output } from '../../../agentvault/payments/v1/ListDisputesRequest.js';
import type { ListMyAttestationsRequest as _agentvault_payments_v1_ListMyAttestationsRequest, ListMyAttestationsRequest__Output as _agentvault_payments_v1_ListMyAttestationsRequest__Output } from '../../../agentvault/payments/v1/ListMyAttestationsRequest.js';
import type { ListMyTokensRequest as _agentvault_payments_v1_ListMyTokensRequest, ListMyTokensRequest__Output as _agentvault_payments_v1_ListMyTokensRequest__Output } from '../../../agentvault/payments/v1/ListMyTokensRequest.js';
import type { PageRequest as _agentvault_payments_v1_PageRequest, PageRequest__Output as _agentvault_payments_v1_PageRequest__Output } from '../../../agentvault/payments/v1/PageRequest.js';
import type { PaymentSettlement as _agentvault_payments_v1_PaymentSettlement, PaymentSettlement__Output as _agentvault_payments_v1_PaymentSettlement__Output } from '../../../agentvault/payments/v1/PaymentSettlement.js';
import type { PaymentToken as _agentvault_payments_v1_PaymentToken, PaymentToken__Output as _agentvault_payments_v1_PaymentToken__Output } from '../../../agentvault/payments/v1/PaymentToken.js';
import type { PaymentTokenPage as _agentvault_payments_v1_PaymentTokenPage, PaymentTokenPage__Output as _agentvault_payments_v1_PaymentTokenPage__Output } from '../../../agentvault/payments/v1/PaymentTokenPage.js';
import type { PaymentVerification as _agentvault_payments_v1_PaymentVerification, PaymentVerification__Output as _agentvault_payments_v1_PaymentVerification__Output } from '../../../agentvault/payments/v1/PaymentVerification.js';
import type { PutAuditorRuleRequest as _agentvault_payments_v1_PutAuditorRuleRequest, PutAuditorRuleRequest__Output as _agentvault_payments_v1_PutAuditorRuleRequest__Output } from '../../../agentvault/payments/v1/PutAuditorRuleRequest.js';
import type { ReleasePaymentRequest as _agentvault_payments_v1_ReleasePaymentRequest, ReleasePaymentRequest__Output as _agentvault_payments_v1_ReleasePaymentRequest__Output } from '../../../agentvault/payments/v1/ReleasePaymentRequest.js';
import type { ReportAvtpTransactionRequest as _agentvault_payments_v1_ReportAvtpTransactionRequest, ReportAvtpTransactionRequest__Output as _agentvault_payments_v1_ReportAvtpTransactionRequest__Output } from '../../../agentvault/payments/v1/ReportAvtpTransactionRequest.js';
import type { RuleDisputeRequest as _agentvault_payments_v1_RuleDisputeRequest, RuleDisputeRequest__Output as _agentvault_payments_v1_RuleDisputeRequest__Output } from '../../../agentvault/payments/v1/RuleDisputeRequest.js';
import type { SettlePaymentRequest as _agentvault_payments_v1_SettlePaymentRequest, SettlePaymentRequest__Output as _agentvault_payments_v1_SettlePaymentRequest__Output } from '../../../agentvault/payments/v1/SettlePaymentRequest.js';
import type { SubmitAttestationRequest as _agentvault_payments_v1_SubmitAttestationRequest, SubmitAttestationRequest__Output as _agentvault_payments_v1_SubmitAttestationRequest__Output } from '../../../agentvault/payments/v1/SubmitAttestationRequest.js';
import type { SubmitContractWorkRequest as _agentvault_payments_v1_SubmitContractWorkRequest, SubmitContractWorkRequest__Output as _agentvault_payments_v1_SubmitContractWorkRequest__Output } from '../../../agentvault/payments/v1/SubmitContractWorkRequest.js';
import type { UpdateAuditorFlagRequest as _agentvault_payments_v1_UpdateAuditorFlagRequest, UpdateAuditorFlagRequest__Output as _agentvault_payments_v1_UpdateAuditorFlagRequest__Output } from '../../../agentvault/payments/v1/UpdateAuditorFlagRequest.js';
import type { VerifyPaymentRequest as _agentvault_payments_v1_VerifyPaymentRequest, VerifyPaymentRequest__Output as _agentvault_payments_v1_VerifyPaymentRequest__Output } from '../../../agentvault/payments/v1/VerifyPaymentRequest.js';
import type { X402Request as _agentvault_payments_v1_X402Request, X402Request__Output as _agentvault_payments_v1_X402Request__Output } from '../../../agentvault/payments/v1/X402Request.js';
import type { X402Settlement as _agentvault_payments_v1_X402Settlement, X402Settlement__Output as _agentvault_payments_v1_X402Settlement__Output } from '../../../agentvault/payments/v1/X402Settlement.js';
import type { X402SupportedKinds as _agentvault_payments_v1_X402SupportedKinds, X402SupportedKinds__Output as _agentvault_payments_v1_X402SupportedKinds__Output } from '../../../agentvault/payments/v1/X402SupportedKinds.js';
import type { X402SupportedRequest as _agentvault_payments_v1_X402SupportedRequest, X402SupportedRequest__Output as _agentvault_payments_v1_X402SupportedRequest__Output } from '../../../agentvault/payments/v1/X402SupportedRequest.js';
import type { X402Verification as _agentvault_payments_v1_X402Verification, X402Verification__Output as _agentvault_payments_v1_X402Verification__Output } from '../../../agentvault/payments/v1/X402Verification.js';

export interface PaymentsServiceClient extends grpc.Client {
  AcceptContract(argument: _agentvault_payments_v1_ContractAction, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  AcceptContract(argument: _agentvault_payments_v1_ContractAction, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  AcceptContract(argument: _agentvault_payments_v1_ContractAction, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  AcceptContract(argument: _agentvault_payments_v1_ContractAction, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  acceptContract(argument: _agentvault_payments_v1_ContractAction, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  acceptContract(argument: _agentvault_payments_v1_ContractAction, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  acceptContract(argument: _agentvault_payments_v1_ContractAction, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  acceptContract(argument: _agentvault_payments_v1_ContractAction, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  
  AddDisputeEvidence(argument: _agentvault_payments_v1_AddDisputeEvidenceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  AddDisputeEvidence(argument: _agentvault_payments_v1_AddDisputeEvidenceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  AddDisputeEvidence(argument: _agentvault_payments_v1_AddDisputeEvidenceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  AddDisputeEvidence(argument: _agentvault_payments_v1_AddDisputeEvidenceRequest, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  addDisputeEvidence(argument: _agentvault_payments_v1_AddDisputeEvidenceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  addDisputeEvidence(argument: _agentvault_payments_v1_AddDisputeEvidenceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  addDisputeEvidence(argument: _agentvault_payments_v1_AddDisputeEvidenceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  addDisputeEvidence(argument: _agentvault_payments_v1_AddDisputeEvidenceRequest, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  
  ApproveContract(argument: _agentvault_payments_v1_ContractAction, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  ApproveContract(argument: _agentvault_payments_v1_ContractAction, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  ApproveContract(argument: _agentvault_payments_v1_ContractAction, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  ApproveContract(argument: _agentvault_payments_v1_ContractAction, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  approveContract(argument: _agentvault_payments_v1_ContractAction, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  approveContract(argument: _agentvault_payments_v1_ContractAction, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  approveContract(argument: _agentvault_payments_v1_ContractAction, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  approveContract(argument: _agentvault_payments_v1_ContractAction, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  
  AuthorizePayment(argument: _agentvault_payments_v1_AuthorizePaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentToken__Output>): grpc.ClientUnaryCall;
  AuthorizePayment(argument: _agentvault_payments_v1_AuthorizePaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentToken__Output>): grpc.ClientUnaryCall;
  AuthorizePayment(argument: _agentvault_payments_v1_AuthorizePaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentToken__Output>): grpc.ClientUnaryCall;
  AuthorizePayment(argument: _agentvault_payments_v1_AuthorizePaymentRequest, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentToken__Output>): grpc.ClientUnaryCall;
  authorizePayment(argument: _agentvault_payments_v1_AuthorizePaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentToken__Output>): grpc.ClientUnaryCall;
  authorizePayment(argument: _agentvault_payments_v1_AuthorizePaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentToken__Output>): grpc.ClientUnaryCall;
  authorizePayment(argument: _agentvault_payments_v1_AuthorizePaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentToken__Output>): grpc.ClientUnaryCall;
  authorizePayment(argument: _agentvault_payments_v1_AuthorizePaymentRequest, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentToken__Output>): grpc.ClientUnaryCall;
  
  BulkUpdateAuditorFlags(argument: _agentvault_payments_v1_BulkUpdateAuditorFlagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagBulkUpdate__Output>): grpc.ClientUnaryCall;
  BulkUpdateAuditorFlags(argument: _agentvault_payments_v1_BulkUpdateAuditorFlagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagBulkUpdate__Output>): grpc.ClientUnaryCall;
  BulkUpdateAuditorFlags(argument: _agentvault_payments_v1_BulkUpdateAuditorFlagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagBulkUpdate__Output>): grpc.ClientUnaryCall;
  BulkUpdateAuditorFlags(argument: _agentvault_payments_v1_BulkUpdateAuditorFlagsRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagBulkUpdate__Output>): grpc.ClientUnaryCall;
  bulkUpdateAuditorFlags(argument: _agentvault_payments_v1_BulkUpdateAuditorFlagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagBulkUpdate__Output>): grpc.ClientUnaryCall;
  bulkUpdateAuditorFlags(argument: _agentvault_payments_v1_BulkUpdateAuditorFlagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagBulkUpdate__Output>): grpc.ClientUnaryCall;
  bulkUpdateAuditorFlags(argument: _agentvault_payments_v1_BulkUpdateAuditorFlagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagBulkUpdate__Output>): grpc.ClientUnaryCall;
  bulkUpdateAuditorFlags(argument: _agentvault_payments_v1_BulkUpdateAuditorFlagsRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagBulkUpdate__Output>): grpc.ClientUnaryCall;
  
  CancelContract(argument: _agentvault_payments_v1_ContractAction, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  CancelContract(argument: _agentvault_payments_v1_ContractAction, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  CancelContract(argument: _agentvault_payments_v1_ContractAction, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  CancelContract(argument: _agentvault_payments_v1_ContractAction, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  cancelContract(argument: _agentvault_payments_v1_ContractAction, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  cancelContract(argument: _agentvault_payments_v1_ContractAction, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  cancelContract(argument: _agentvault_payments_v1_ContractAction, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  cancelContract(argument: _agentvault_payments_v1_ContractAction, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  
  CreateAttestationPolicy(argument: _agentvault_payments_v1_CreateAttestationPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationPolicy__Output>): grpc.ClientUnaryCall;
  CreateAttestationPolicy(argument: _agentvault_payments_v1_CreateAttestationPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationPolicy__Output>): grpc.ClientUnaryCall;
  CreateAttestationPolicy(argument: _agentvault_payments_v1_CreateAttestationPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationPolicy__Output>): grpc.ClientUnaryCall;
  CreateAttestationPolicy(argument: _agentvault_payments_v1_CreateAttestationPolicyRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationPolicy__Output>): grpc.ClientUnaryCall;
  createAttestationPolicy(argument: _agentvault_payments_v1_CreateAttestationPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationPolicy__Output>): grpc.ClientUnaryCall;
  createAttestationPolicy(argument: _agentvault_payments_v1_CreateAttestationPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationPolicy__Output>): grpc.ClientUnaryCall;
  createAttestationPolicy(argument: _agentvault_payments_v1_CreateAttestationPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationPolicy__Output>): grpc.ClientUnaryCall;
  createAttestationPolicy(argument: _agentvault_payments_v1_CreateAttestationPolicyRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationPolicy__Output>): grpc.ClientUnaryCall;
  
  CreateAuditorFlag(argument: _agentvault_payments_v1_CreateAuditorFlagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlag__Output>): grpc.ClientUnaryCall;
  CreateAuditorFlag(argument: _agentvault_payments_v1_CreateAuditorFlagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlag__Output>): grpc.ClientUnaryCall;
  CreateAuditorFlag(argument: _agentvault_payments_v1_CreateAuditorFlagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlag__Output>): grpc.ClientUnaryCall;
  CreateAuditorFlag(argument: _agentvault_payments_v1_CreateAuditorFlagRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlag__Output>): grpc.ClientUnaryCall;
  createAuditorFlag(argument: _agentvault_payments_v1_CreateAuditorFlagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlag__Output>): grpc.ClientUnaryCall;
  createAuditorFlag(argument: _agentvault_payments_v1_CreateAuditorFlagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlag__Output>): grpc.ClientUnaryCall;
  createAuditorFlag(argument: _agentvault_payments_v1_CreateAuditorFlagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlag__Output>): grpc.ClientUnaryCall;
  createAuditorFlag(argument: _agentvault_payments_v1_CreateAuditorFlagRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlag__Output>): grpc.ClientUnaryCall;
  
  CreateContract(argument: _agentvault_payments_v1_CreateContractRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  CreateContract(argument: _agentvault_payments_v1_CreateContractRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  CreateContract(argument: _agentvault_payments_v1_CreateContractRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  CreateContract(argument: _agentvault_payments_v1_CreateContractRequest, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  createContract(argument: _agentvault_payments_v1_CreateContractRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  createContract(argument: _agentvault_payments_v1_CreateContractRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  createContract(argument: _agentvault_payments_v1_CreateContractRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  createContract(argument: _agentvault_payments_v1_CreateContractRequest, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  
  DeleteAuditorRule(argument: _agentvault_payments_v1_AuditorRuleRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRule__Output>): grpc.ClientUnaryCall;
  DeleteAuditorRule(argument: _agentvault_payments_v1_AuditorRuleRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRule__Output>): grpc.ClientUnaryCall;
  DeleteAuditorRule(argument: _agentvault_payments_v1_AuditorRuleRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRule__Output>): grpc.ClientUnaryCall;
  DeleteAuditorRule(argument: _agentvault_payments_v1_AuditorRuleRef, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRule__Output>): grpc.ClientUnaryCall;
  deleteAuditorRule(argument: _agentvault_payments_v1_AuditorRuleRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRule__Output>): grpc.ClientUnaryCall;
  deleteAuditorRule(argument: _agentvault_payments_v1_AuditorRuleRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRule__Output>): grpc.ClientUnaryCall;
  deleteAuditorRule(argument: _agentvault_payments_v1_AuditorRuleRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRule__Output>): grpc.ClientUnaryCall;
  deleteAuditorRule(argument: _agentvault_payments_v1_AuditorRuleRef, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRule__Output>): grpc.ClientUnaryCall;
  
  EscalateAuditorFlag(argument: _agentvault_payments_v1_EscalateAuditorFlagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagEscalation__Output>): grpc.ClientUnaryCall;
  EscalateAuditorFlag(argument: _agentvault_payments_v1_EscalateAuditorFlagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagEscalation__Output>): grpc.ClientUnaryCall;
  EscalateAuditorFlag(argument: _agentvault_payments_v1_EscalateAuditorFlagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagEscalation__Output>): grpc.ClientUnaryCall;
  EscalateAuditorFlag(argument: _agentvault_payments_v1_EscalateAuditorFlagRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagEscalation__Output>): grpc.ClientUnaryCall;
  escalateAuditorFlag(argument: _agentvault_payments_v1_EscalateAuditorFlagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagEscalation__Output>): grpc.ClientUnaryCall;
  escalateAuditorFlag(argument: _agentvault_payments_v1_EscalateAuditorFlagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagEscalation__Output>): grpc.ClientUnaryCall;
  escalateAuditorFlag(argument: _agentvault_payments_v1_EscalateAuditorFlagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagEscalation__Output>): grpc.ClientUnaryCall;
  escalateAuditorFlag(argument: _agentvault_payments_v1_EscalateAuditorFlagRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagEscalation__Output>): grpc.ClientUnaryCall;
  
  FileDispute(argument: _agentvault_payments_v1_FileDisputeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  FileDispute(argument: _agentvault_payments_v1_FileDisputeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  FileDispute(argument: _agentvault_payments_v1_FileDisputeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  FileDispute(argument: _agentvault_payments_v1_FileDisputeRequest, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  fileDispute(argument: _agentvault_payments_v1_FileDisputeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  fileDispute(argument: _agentvault_payments_v1_FileDisputeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  fileDispute(argument: _agentvault_payments_v1_FileDisputeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  fileDispute(argument: _agentvault_payments_v1_FileDisputeRequest, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  
  GetContract(argument: _agentvault_payments_v1_ContractRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  GetContract(argument: _agentvault_payments_v1_ContractRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  GetContract(argument: _agentvault_payments_v1_ContractRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  GetContract(argument: _agentvault_payments_v1_ContractRef, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  getContract(argument: _agentvault_payments_v1_ContractRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  getContract(argument: _agentvault_payments_v1_ContractRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  getContract(argument: _agentvault_payments_v1_ContractRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  getContract(argument: _agentvault_payments_v1_ContractRef, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  
  GetDispute(argument: _agentvault_payments_v1_DisputeRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  GetDispute(argument: _agentvault_payments_v1_DisputeRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  GetDispute(argument: _agentvault_payments_v1_DisputeRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  GetDispute(argument: _agentvault_payments_v1_DisputeRef, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  getDispute(argument: _agentvault_payments_v1_DisputeRef, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  getDispute(argument: _agentvault_payments_v1_DisputeRef, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  getDispute(argument: _agentvault_payments_v1_DisputeRef, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  getDispute(argument: _agentvault_payments_v1_DisputeRef, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  
  ListAgentContracts(argument: _agentvault_payments_v1_AgentPageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_ContractPage__Output>): grpc.ClientUnaryCall;
  ListAgentContracts(argument: _agentvault_payments_v1_AgentPageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_ContractPage__Output>): grpc.ClientUnaryCall;
  ListAgentContracts(argument: _agentvault_payments_v1_AgentPageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_ContractPage__Output>): grpc.ClientUnaryCall;
  ListAgentContracts(argument: _agentvault_payments_v1_AgentPageRequest, callback: grpc.requestCallback<_agentvault_payments_v1_ContractPage__Output>): grpc.ClientUnaryCall;
  listAgentContracts(argument: _agentvault_payments_v1_AgentPageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_ContractPage__Output>): grpc.ClientUnaryCall;
  listAgentContracts(argument: _agentvault_payments_v1_AgentPageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_ContractPage__Output>): grpc.ClientUnaryCall;
  listAgentContracts(argument: _agentvault_payments_v1_AgentPageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_ContractPage__Output>): grpc.ClientUnaryCall;
  listAgentContracts(argument: _agentvault_payments_v1_AgentPageRequest, callback: grpc.requestCallback<_agentvault_payments_v1_ContractPage__Output>): grpc.ClientUnaryCall;
  
  ListAgentDisputes(argument: _agentvault_payments_v1_AgentPageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_DisputePage__Output>): grpc.ClientUnaryCall;
  ListAgentDisputes(argument: _agentvault_payments_v1_AgentPageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_DisputePage__Output>): grpc.ClientUnaryCall;
  ListAgentDisputes(argument: _agentvault_payments_v1_AgentPageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_DisputePage__Output>): grpc.ClientUnaryCall;
  ListAgentDisputes(argument: _agentvault_payments_v1_AgentPageRequest, callback: grpc.requestCallback<_agentvault_payments_v1_DisputePage__Output>): grpc.ClientUnaryCall;
  listAgentDisputes(argument: _agentvault_payments_v1_AgentPageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_DisputePage__Output>): grpc.ClientUnaryCall;
  listAgentDisputes(argument: _agentvault_payments_v1_AgentPageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_DisputePage__Output>): grpc.ClientUnaryCall;
  listAgentDisputes(argument: _agentvault_payments_v1_AgentPageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_DisputePage__Output>): grpc.ClientUnaryCall;
  listAgentDisputes(argument: _agentvault_payments_v1_AgentPageRequest, callback: grpc.requestCallback<_agentvault_payments_v1_DisputePage__Output>): grpc.ClientUnaryCall;
  
  ListAttestationPolicies(argument: _agentvault_payments_v1_ListAttestationPoliciesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationPolicyList__Output>): grpc.ClientUnaryCall;
  ListAttestationPolicies(argument: _agentvault_payments_v1_ListAttestationPoliciesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationPolicyList__Output>): grpc.ClientUnaryCall;
  ListAttestationPolicies(argument: _agentvault_payments_v1_ListAttestationPoliciesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationPolicyList__Output>): grpc.ClientUnaryCall;
  ListAttestationPolicies(argument: _agentvault_payments_v1_ListAttestationPoliciesRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationPolicyList__Output>): grpc.ClientUnaryCall;
  listAttestationPolicies(argument: _agentvault_payments_v1_ListAttestationPoliciesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationPolicyList__Output>): grpc.ClientUnaryCall;
  listAttestationPolicies(argument: _agentvault_payments_v1_ListAttestationPoliciesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationPolicyList__Output>): grpc.ClientUnaryCall;
  listAttestationPolicies(argument: _agentvault_payments_v1_ListAttestationPoliciesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationPolicyList__Output>): grpc.ClientUnaryCall;
  listAttestationPolicies(argument: _agentvault_payments_v1_ListAttestationPoliciesRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationPolicyList__Output>): grpc.ClientUnaryCall;
  
  ListAuditorFlags(argument: _agentvault_payments_v1_ListAuditorFlagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagPage__Output>): grpc.ClientUnaryCall;
  ListAuditorFlags(argument: _agentvault_payments_v1_ListAuditorFlagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagPage__Output>): grpc.ClientUnaryCall;
  ListAuditorFlags(argument: _agentvault_payments_v1_ListAuditorFlagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagPage__Output>): grpc.ClientUnaryCall;
  ListAuditorFlags(argument: _agentvault_payments_v1_ListAuditorFlagsRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagPage__Output>): grpc.ClientUnaryCall;
  listAuditorFlags(argument: _agentvault_payments_v1_ListAuditorFlagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagPage__Output>): grpc.ClientUnaryCall;
  listAuditorFlags(argument: _agentvault_payments_v1_ListAuditorFlagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagPage__Output>): grpc.ClientUnaryCall;
  listAuditorFlags(argument: _agentvault_payments_v1_ListAuditorFlagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagPage__Output>): grpc.ClientUnaryCall;
  listAuditorFlags(argument: _agentvault_payments_v1_ListAuditorFlagsRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagPage__Output>): grpc.ClientUnaryCall;
  
  ListAuditorRules(argument: _agentvault_payments_v1_AuditorRulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRules__Output>): grpc.ClientUnaryCall;
  ListAuditorRules(argument: _agentvault_payments_v1_AuditorRulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRules__Output>): grpc.ClientUnaryCall;
  ListAuditorRules(argument: _agentvault_payments_v1_AuditorRulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRules__Output>): grpc.ClientUnaryCall;
  ListAuditorRules(argument: _agentvault_payments_v1_AuditorRulesRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRules__Output>): grpc.ClientUnaryCall;
  listAuditorRules(argument: _agentvault_payments_v1_AuditorRulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRules__Output>): grpc.ClientUnaryCall;
  listAuditorRules(argument: _agentvault_payments_v1_AuditorRulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRules__Output>): grpc.ClientUnaryCall;
  listAuditorRules(argument: _agentvault_payments_v1_AuditorRulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRules__Output>): grpc.ClientUnaryCall;
  listAuditorRules(argument: _agentvault_payments_v1_AuditorRulesRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRules__Output>): grpc.ClientUnaryCall;
  
  ListDisputes(argument: _agentvault_payments_v1_ListDisputesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_DisputePage__Output>): grpc.ClientUnaryCall;
  ListDisputes(argument: _agentvault_payments_v1_ListDisputesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_DisputePage__Output>): grpc.ClientUnaryCall;
  ListDisputes(argument: _agentvault_payments_v1_ListDisputesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_DisputePage__Output>): grpc.ClientUnaryCall;
  ListDisputes(argument: _agentvault_payments_v1_ListDisputesRequest, callback: grpc.requestCallback<_agentvault_payments_v1_DisputePage__Output>): grpc.ClientUnaryCall;
  listDisputes(argument: _agentvault_payments_v1_ListDisputesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_DisputePage__Output>): grpc.ClientUnaryCall;
  listDisputes(argument: _agentvault_payments_v1_ListDisputesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_DisputePage__Output>): grpc.ClientUnaryCall;
  listDisputes(argument: _agentvault_payments_v1_ListDisputesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_DisputePage__Output>): grpc.ClientUnaryCall;
  listDisputes(argument: _agentvault_payments_v1_ListDisputesRequest, callback: grpc.requestCallback<_agentvault_payments_v1_DisputePage__Output>): grpc.ClientUnaryCall;
  
  ListMyAttestations(argument: _agentvault_payments_v1_ListMyAttestationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationSubmissionPage__Output>): grpc.ClientUnaryCall;
  ListMyAttestations(argument: _agentvault_payments_v1_ListMyAttestationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationSubmissionPage__Output>): grpc.ClientUnaryCall;
  ListMyAttestations(argument: _agentvault_payments_v1_ListMyAttestationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationSubmissionPage__Output>): grpc.ClientUnaryCall;
  ListMyAttestations(argument: _agentvault_payments_v1_ListMyAttestationsRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationSubmissionPage__Output>): grpc.ClientUnaryCall;
  listMyAttestations(argument: _agentvault_payments_v1_ListMyAttestationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationSubmissionPage__Output>): grpc.ClientUnaryCall;
  listMyAttestations(argument: _agentvault_payments_v1_ListMyAttestationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationSubmissionPage__Output>): grpc.ClientUnaryCall;
  listMyAttestations(argument: _agentvault_payments_v1_ListMyAttestationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationSubmissionPage__Output>): grpc.ClientUnaryCall;
  listMyAttestations(argument: _agentvault_payments_v1_ListMyAttestationsRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationSubmissionPage__Output>): grpc.ClientUnaryCall;
  
  ListMyTokens(argument: _agentvault_payments_v1_ListMyTokensRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentTokenPage__Output>): grpc.ClientUnaryCall;
  ListMyTokens(argument: _agentvault_payments_v1_ListMyTokensRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentTokenPage__Output>): grpc.ClientUnaryCall;
  ListMyTokens(argument: _agentvault_payments_v1_ListMyTokensRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentTokenPage__Output>): grpc.ClientUnaryCall;
  ListMyTokens(argument: _agentvault_payments_v1_ListMyTokensRequest, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentTokenPage__Output>): grpc.ClientUnaryCall;
  listMyTokens(argument: _agentvault_payments_v1_ListMyTokensRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentTokenPage__Output>): grpc.ClientUnaryCall;
  listMyTokens(argument: _agentvault_payments_v1_ListMyTokensRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentTokenPage__Output>): grpc.ClientUnaryCall;
  listMyTokens(argument: _agentvault_payments_v1_ListMyTokensRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentTokenPage__Output>): grpc.ClientUnaryCall;
  listMyTokens(argument: _agentvault_payments_v1_ListMyTokensRequest, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentTokenPage__Output>): grpc.ClientUnaryCall;
  
  ListOpenContracts(argument: _agentvault_payments_v1_PageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_ContractPage__Output>): grpc.ClientUnaryCall;
  ListOpenContracts(argument: _agentvault_payments_v1_PageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_ContractPage__Output>): grpc.ClientUnaryCall;
  ListOpenContracts(argument: _agentvault_payments_v1_PageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_ContractPage__Output>): grpc.ClientUnaryCall;
  ListOpenContracts(argument: _agentvault_payments_v1_PageRequest, callback: grpc.requestCallback<_agentvault_payments_v1_ContractPage__Output>): grpc.ClientUnaryCall;
  listOpenContracts(argument: _agentvault_payments_v1_PageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_ContractPage__Output>): grpc.ClientUnaryCall;
  listOpenContracts(argument: _agentvault_payments_v1_PageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_ContractPage__Output>): grpc.ClientUnaryCall;
  listOpenContracts(argument: _agentvault_payments_v1_PageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_ContractPage__Output>): grpc.ClientUnaryCall;
  listOpenContracts(argument: _agentvault_payments_v1_PageRequest, callback: grpc.requestCallback<_agentvault_payments_v1_ContractPage__Output>): grpc.ClientUnaryCall;
  
  PutAuditorRule(argument: _agentvault_payments_v1_PutAuditorRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRule__Output>): grpc.ClientUnaryCall;
  PutAuditorRule(argument: _agentvault_payments_v1_PutAuditorRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRule__Output>): grpc.ClientUnaryCall;
  PutAuditorRule(argument: _agentvault_payments_v1_PutAuditorRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRule__Output>): grpc.ClientUnaryCall;
  PutAuditorRule(argument: _agentvault_payments_v1_PutAuditorRuleRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRule__Output>): grpc.ClientUnaryCall;
  putAuditorRule(argument: _agentvault_payments_v1_PutAuditorRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRule__Output>): grpc.ClientUnaryCall;
  putAuditorRule(argument: _agentvault_payments_v1_PutAuditorRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRule__Output>): grpc.ClientUnaryCall;
  putAuditorRule(argument: _agentvault_payments_v1_PutAuditorRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRule__Output>): grpc.ClientUnaryCall;
  putAuditorRule(argument: _agentvault_payments_v1_PutAuditorRuleRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorRule__Output>): grpc.ClientUnaryCall;
  
  ReleasePayment(argument: _agentvault_payments_v1_ReleasePaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentToken__Output>): grpc.ClientUnaryCall;
  ReleasePayment(argument: _agentvault_payments_v1_ReleasePaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentToken__Output>): grpc.ClientUnaryCall;
  ReleasePayment(argument: _agentvault_payments_v1_ReleasePaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentToken__Output>): grpc.ClientUnaryCall;
  ReleasePayment(argument: _agentvault_payments_v1_ReleasePaymentRequest, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentToken__Output>): grpc.ClientUnaryCall;
  releasePayment(argument: _agentvault_payments_v1_ReleasePaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentToken__Output>): grpc.ClientUnaryCall;
  releasePayment(argument: _agentvault_payments_v1_ReleasePaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentToken__Output>): grpc.ClientUnaryCall;
  releasePayment(argument: _agentvault_payments_v1_ReleasePaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentToken__Output>): grpc.ClientUnaryCall;
  releasePayment(argument: _agentvault_payments_v1_ReleasePaymentRequest, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentToken__Output>): grpc.ClientUnaryCall;
  
  ReportAvtpTransaction(argument: _agentvault_payments_v1_ReportAvtpTransactionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AvtpReport__Output>): grpc.ClientUnaryCall;
  ReportAvtpTransaction(argument: _agentvault_payments_v1_ReportAvtpTransactionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AvtpReport__Output>): grpc.ClientUnaryCall;
  ReportAvtpTransaction(argument: _agentvault_payments_v1_ReportAvtpTransactionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AvtpReport__Output>): grpc.ClientUnaryCall;
  ReportAvtpTransaction(argument: _agentvault_payments_v1_ReportAvtpTransactionRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AvtpReport__Output>): grpc.ClientUnaryCall;
  reportAvtpTransaction(argument: _agentvault_payments_v1_ReportAvtpTransactionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AvtpReport__Output>): grpc.ClientUnaryCall;
  reportAvtpTransaction(argument: _agentvault_payments_v1_ReportAvtpTransactionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AvtpReport__Output>): grpc.ClientUnaryCall;
  reportAvtpTransaction(argument: _agentvault_payments_v1_ReportAvtpTransactionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AvtpReport__Output>): grpc.ClientUnaryCall;
  reportAvtpTransaction(argument: _agentvault_payments_v1_ReportAvtpTransactionRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AvtpReport__Output>): grpc.ClientUnaryCall;
  
  RuleDispute(argument: _agentvault_payments_v1_RuleDisputeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  RuleDispute(argument: _agentvault_payments_v1_RuleDisputeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  RuleDispute(argument: _agentvault_payments_v1_RuleDisputeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  RuleDispute(argument: _agentvault_payments_v1_RuleDisputeRequest, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  ruleDispute(argument: _agentvault_payments_v1_RuleDisputeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  ruleDispute(argument: _agentvault_payments_v1_RuleDisputeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  ruleDispute(argument: _agentvault_payments_v1_RuleDisputeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  ruleDispute(argument: _agentvault_payments_v1_RuleDisputeRequest, callback: grpc.requestCallback<_agentvault_payments_v1_Dispute__Output>): grpc.ClientUnaryCall;
  
  SettlePayment(argument: _agentvault_payments_v1_SettlePaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentSettlement__Output>): grpc.ClientUnaryCall;
  SettlePayment(argument: _agentvault_payments_v1_SettlePaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentSettlement__Output>): grpc.ClientUnaryCall;
  SettlePayment(argument: _agentvault_payments_v1_SettlePaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentSettlement__Output>): grpc.ClientUnaryCall;
  SettlePayment(argument: _agentvault_payments_v1_SettlePaymentRequest, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentSettlement__Output>): grpc.ClientUnaryCall;
  settlePayment(argument: _agentvault_payments_v1_SettlePaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentSettlement__Output>): grpc.ClientUnaryCall;
  settlePayment(argument: _agentvault_payments_v1_SettlePaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentSettlement__Output>): grpc.ClientUnaryCall;
  settlePayment(argument: _agentvault_payments_v1_SettlePaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentSettlement__Output>): grpc.ClientUnaryCall;
  settlePayment(argument: _agentvault_payments_v1_SettlePaymentRequest, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentSettlement__Output>): grpc.ClientUnaryCall;
  
  SubmitAttestation(argument: _agentvault_payments_v1_SubmitAttestationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationSubmission__Output>): grpc.ClientUnaryCall;
  SubmitAttestation(argument: _agentvault_payments_v1_SubmitAttestationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationSubmission__Output>): grpc.ClientUnaryCall;
  SubmitAttestation(argument: _agentvault_payments_v1_SubmitAttestationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationSubmission__Output>): grpc.ClientUnaryCall;
  SubmitAttestation(argument: _agentvault_payments_v1_SubmitAttestationRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationSubmission__Output>): grpc.ClientUnaryCall;
  submitAttestation(argument: _agentvault_payments_v1_SubmitAttestationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationSubmission__Output>): grpc.ClientUnaryCall;
  submitAttestation(argument: _agentvault_payments_v1_SubmitAttestationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationSubmission__Output>): grpc.ClientUnaryCall;
  submitAttestation(argument: _agentvault_payments_v1_SubmitAttestationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationSubmission__Output>): grpc.ClientUnaryCall;
  submitAttestation(argument: _agentvault_payments_v1_SubmitAttestationRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AttestationSubmission__Output>): grpc.ClientUnaryCall;
  
  SubmitContractWork(argument: _agentvault_payments_v1_SubmitContractWorkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  SubmitContractWork(argument: _agentvault_payments_v1_SubmitContractWorkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  SubmitContractWork(argument: _agentvault_payments_v1_SubmitContractWorkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  SubmitContractWork(argument: _agentvault_payments_v1_SubmitContractWorkRequest, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  submitContractWork(argument: _agentvault_payments_v1_SubmitContractWorkRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  submitContractWork(argument: _agentvault_payments_v1_SubmitContractWorkRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  submitContractWork(argument: _agentvault_payments_v1_SubmitContractWorkRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  submitContractWork(argument: _agentvault_payments_v1_SubmitContractWorkRequest, callback: grpc.requestCallback<_agentvault_payments_v1_Contract__Output>): grpc.ClientUnaryCall;
  
  UpdateAuditorFlag(argument: _agentvault_payments_v1_UpdateAuditorFlagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagUpdate__Output>): grpc.ClientUnaryCall;
  UpdateAuditorFlag(argument: _agentvault_payments_v1_UpdateAuditorFlagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagUpdate__Output>): grpc.ClientUnaryCall;
  UpdateAuditorFlag(argument: _agentvault_payments_v1_UpdateAuditorFlagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagUpdate__Output>): grpc.ClientUnaryCall;
  UpdateAuditorFlag(argument: _agentvault_payments_v1_UpdateAuditorFlagRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagUpdate__Output>): grpc.ClientUnaryCall;
  updateAuditorFlag(argument: _agentvault_payments_v1_UpdateAuditorFlagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagUpdate__Output>): grpc.ClientUnaryCall;
  updateAuditorFlag(argument: _agentvault_payments_v1_UpdateAuditorFlagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagUpdate__Output>): grpc.ClientUnaryCall;
  updateAuditorFlag(argument: _agentvault_payments_v1_UpdateAuditorFlagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagUpdate__Output>): grpc.ClientUnaryCall;
  updateAuditorFlag(argument: _agentvault_payments_v1_UpdateAuditorFlagRequest, callback: grpc.requestCallback<_agentvault_payments_v1_AuditorFlagUpdate__Output>): grpc.ClientUnaryCall;
  
  VerifyPayment(argument: _agentvault_payments_v1_VerifyPaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentVerification__Output>): grpc.ClientUnaryCall;
  VerifyPayment(argument: _agentvault_payments_v1_VerifyPaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentVerification__Output>): grpc.ClientUnaryCall;
  VerifyPayment(argument: _agentvault_payments_v1_VerifyPaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentVerification__Output>): grpc.ClientUnaryCall;
  VerifyPayment(argument: _agentvault_payments_v1_VerifyPaymentRequest, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentVerification__Output>): grpc.ClientUnaryCall;
  verifyPayment(argument: _agentvault_payments_v1_VerifyPaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentVerification__Output>): grpc.ClientUnaryCall;
  verifyPayment(argument: _agentvault_payments_v1_VerifyPaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentVerification__Output>): grpc.ClientUnaryCall;
  verifyPayment(argument: _agentvault_payments_v1_VerifyPaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentVerification__Output>): grpc.ClientUnaryCall;
  verifyPayment(argument: _agentvault_payments_v1_VerifyPaymentRequest, callback: grpc.requestCallback<_agentvault_payments_v1_PaymentVerification__Output>): grpc.ClientUnaryCall;
  
  X402Settle(argument: _agentvault_payments_v1_X402Request, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_X402Settlement__Output>): grpc.ClientUnaryCall;
  X402Settle(argument: _agentvault_payments_v1_X402Request, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_X402Settlement__Output>): grpc.ClientUnaryCall;
  X402Settle(argument: _agentvault_payments_v1_X402Request, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_X402Settlement__Output>): grpc.ClientUnaryCall;
  X402Settle(argument: _agentvault_payments_v1_X402Request, callback: grpc.requestCallback<_agentvault_payments_v1_X402Settlement__Output>): grpc.ClientUnaryCall;
  x402Settle(argument: _agentvault_payments_v1_X402Request, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_X402Settlement__Output>): grpc.ClientUnaryCall;
  x402Settle(argument: _agentvault_payments_v1_X402Request, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_X402Settlement__Output>): grpc.ClientUnaryCall;
  x402Settle(argument: _agentvault_payments_v1_X402Request, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_X402Settlement__Output>): grpc.ClientUnaryCall;
  x402Settle(argument: _agentvault_payments_v1_X402Request, callback: grpc.requestCallback<_agentvault_payments_v1_X402Settlement__Output>): grpc.ClientUnaryCall;
  
  X402Supported(argument: _agentvault_payments_v1_X402SupportedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_X402SupportedKinds__Output>): grpc.ClientUnaryCall;
  X402Supported(argument: _agentvault_payments_v1_X402SupportedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_X402SupportedKinds__Output>): grpc.ClientUnaryCall;
  X402Supported(argument: _agentvault_payments_v1_X402SupportedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_X402SupportedKinds__Output>): grpc.ClientUnaryCall;
  X402Supported(argument: _agentvault_payments_v1_X402SupportedRequest, callback: grpc.requestCallback<_agentvault_payments_v1_X402SupportedKinds__Output>): grpc.ClientUnaryCall;
  x402Supported(argument: _agentvault_payments_v1_X402SupportedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_X402SupportedKinds__Output>): grpc.ClientUnaryCall;
  x402Supported(argument: _agentvault_payments_v1_X402SupportedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_X402SupportedKinds__Output>): grpc.ClientUnaryCall;
  x402Supported(argument: _agentvault_payments_v1_X402SupportedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_X402SupportedKinds__Output>): grpc.ClientUnaryCall;
  x402Supported(argument: _agentvault_payments_v1_X402SupportedRequest, callback: grpc.requestCallback<_agentvault_payments_v1_X402SupportedKinds__Output>): grpc.ClientUnaryCall;
  
  X402Verify(argument: _agentvault_payments_v1_X402Request, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_X402Verification__Output>): grpc.ClientUnaryCall;
  X402Verify(argument: _agentvault_payments_v1_X402Request, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_X402Verification__Output>): grpc.ClientUnaryCall;
  X402Verify(argument: _agentvault_payments_v1_X402Request, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_X402Verification__Output>): grpc.ClientUnaryCall;
  X402Verify(argument: _agentvault_payments_v1_X402Request, callback: grpc.requestCallback<_agentvault_payments_v1_X402Verification__Output>): grpc.ClientUnaryCall;
  x402Verify(argument: _agentvault_payments_v1_X402Request, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_X402Verification__Output>): grpc.ClientUnaryCall;
  x402Verify(argument: _agentvault_payments_v1_X402Request, metadata: grpc.Metadata, callback: grpc.requestCallback<_agentvault_payments_v1_X402Verification__Output>): grpc.ClientUnaryCall;
  x402Verify(argument: _agentvault_payments_v1_X402Request, options: grpc.CallOptions, callback: grpc.requestCallback<_agentvault_payments_v1_X402Verification__Output>): grpc.ClientUnaryCall;
  x402Verify(argument: _agentvault_payments_v1_X402Request, callback: grpc.requestCallback<_agentvault_payments_v1_X402Verification__Output>): grpc.ClientUnaryCall;
  
}

export interface PaymentsServiceHandlers extends grpc.UntypedServiceImplementation {
  AcceptContract: grpc.handleUnaryCall<_agentvault_payments_v1_ContractAction__Output, _agentvault_payments_v1_Contract>;
  
  AddDisputeEvidence: grpc.handleUnaryCall<_agentvault_payments_v1_AddDisputeEvidenceRequest__Output, _agentvault_payments_v1_Dispute>;
  
  ApproveContract: grpc.handleUnaryCall<_agentvault_payments_v1_ContractAction__Output, _agentvault_payments_v1_Contract>;
  
  AuthorizePayment: grpc.handleUnaryCall<_agentvault_payments_v1_AuthorizePaymentRequest__Output, _agentvault_payments_v1_PaymentToken>;
  
  BulkUpdateAuditorFlags: grpc.handleUnaryCall<_agentvault_payments_v1_BulkUpdateAuditorFlagsRequest__Output, _agentvault_payments_v1_AuditorFlagBulkUpdate>;
  
  CancelContract: grpc.handleUnaryCall<_agentvault_payments_v1_ContractAction__Output, _agentvault_payments_v1_Contract>;
  
  CreateAttestationPolicy: grpc.handleUnaryCall<_agentvault_payments_v1_CreateAttestationPolicyRequest__Output, _agentvault_payments_v1_AttestationPolicy>;
  
  CreateAuditorFlag: grpc.handleUnaryCall<_agentvault_payments_v1_CreateAuditorFlagRequest__Output, _agentvault_payments_v1_AuditorFlag>;
  
  CreateContract: grpc.handleUnaryCall<_agentvault_payments_v1_CreateContractRequest__Output, _agentvault_payments_v1_Contract>;
  
  DeleteAuditorRule: grpc.handleUnaryCall<_agentvault_payments_v1_AuditorRuleRef__Output, _agentvault_payments_v1_AuditorRule>;
  
  EscalateAuditorFlag: grpc.handleUnaryCall<_agentvault_payments_v1_EscalateAuditorFlagRequest__Output, _agentvault_payments_v1_AuditorFlagEscalation>;
  
  FileDispute: grpc.handleUnaryCall<_agentvault_payments_v1_FileDisputeRequest__Output, _agentvault_payments_v1_Dispute>;
  
  GetContract: grpc.handleUnaryCall<_agentvault_payments_v1_ContractRef__Output, _agentvault_payments_v1_Contract>;
  
  GetDispute: grpc.handleUnaryCall<_agentvault_payments_v1_DisputeRef__Output, _agentvault_payments_v1_Dispute>;
  
  ListAgentContracts: grpc.handleUnaryCall<_agentvault_payments_v1_AgentPageRequest__Output, _agentvault_payments_v1_ContractPage>;
  
  ListAgentDisputes: grpc.handleUnaryCall<_agentvault_payments_v1_AgentPageRequest__Output, _agentvault_payments_v1_DisputePage>;
  
  ListAttestationPolicies: grpc.handleUnaryCall<_agentvault_payments_v1_ListAttestationPoliciesRequest__Output, _agentvault_payments_v1_AttestationPolicyList>;
  
  ListAuditorFlags: grpc.handleUnaryCall<_agentvault_payments_v1_ListAuditorFlagsRequest__Output, _agentvault_payments_v1_AuditorFlagPage>;
  
  ListAuditorRules: grpc.handleUnaryCall<_agentvault_payments_v1_AuditorRulesRequest__Output, _agentvault_payments_v1_AuditorRules>;
  
  ListDisputes: grpc.handleUnaryCall<_agentvault_payments_v1_ListDisputesRequest__Output, _agentvault_payments_v1_DisputePage>;
  
  ListMyAttestations: grpc.handleUnaryCall<_agentvault_payments_v1_ListMyAttestationsRequest__Output, _agentvault_payments_v1_AttestationSubmissionPage>;
  
  ListMyTokens: grpc.handleUnaryCall<_agentvault_payments_v1_ListMyTokensRequest__Output, _agentvault_payments_v1_PaymentTokenPage>;
  
  ListOpenContracts: grpc.handleUnaryCall<_agentvault_payments_v1_PageRequest__Output, _agentvault_payments_v1_ContractPage>;
  
  PutAuditorRule: grpc.handleUnaryCall<_agentvault_payments_v1_PutAuditorRuleRequest__Output, _agentvault_payments_v1_AuditorRule>;
  
  ReleasePayment: grpc.handleUnaryCall<_agentvault_payments_v1_ReleasePaymentRequest__Output, _agentvault_payments_v1_PaymentToken>;
  
  ReportAvtpTransaction: grpc.handleUnaryCall<_agentvault_payments_v1_ReportAvtpTransactionRequest__Output, _agentvault_payments_v1_AvtpReport>;
  
  RuleDispute: grpc.handleUnaryCall<_agentvault_payments_v1_RuleDisputeRequest__Output, _agentvault_payments_v1_Dispute>;
  
  SettlePayment: grpc.handleUnaryCall<_agentvault_payments_v1_SettlePaymentRequest__Output, _agentvault_payments_v1_PaymentSettlement>;
  
  SubmitAttestation: grpc.handleUnaryCall<_agentvault_payments_v1_SubmitAttestationRequest__Output, _agentvault_payments_v1_AttestationSubmission>;
  
  SubmitContractWork: grpc.handleUnaryCall<_agentvault_payments_v1_SubmitContractWorkRequest__Output, _agentvault_payments_v1_Contract>;
  
  UpdateAuditorFlag: grpc.handleUnaryCall<_agentvault_payments_v1_UpdateAuditorFlagRequest__Output, _agentvault_payments_v1_AuditorFlagUpdate>;
  
  VerifyPayment: grpc.handleUnaryCall<_agentvault_payments_v1_VerifyPaymentRequest__Output, _agentvault_payments_v1_PaymentVerification>;
  
  X402Settle: grpc.handleUnaryCall<_agentvault_payments_v1_X402Request__Output, _agentvault_payments_v1_X402Settlement>;
  
  X402Supported: grpc.handleUnaryCall<_agentvault_payments_v1_X402SupportedRequest__Output, _agentvault_payments_v1_X402SupportedKinds>;
  
  X402Verify: grpc.handleUnaryCall<_agentvault_payments_v1_X402Request__Output, _agentvault_payments_v1_X402Verification>;
  
}

export interface PaymentsServiceDefinition extends grpc.ServiceDefinition {
  AcceptContract: MethodDefinition<_agentvault_payments_v1_ContractAction, _agentvault_payments_v1_Contract, _agentvault_payments_v1_ContractAction__Output, _agentvault_payments_v1_Contract__Output>
  AddDisputeEvidence: MethodDefinition<_agentvault_payments_v1_AddDisputeEvidenceRequest, _agentvault_payments_v1_Dispute, _agentvault_payments_v1_AddDisputeEvidenceRequest__Output, _agentvault_payments_v1_Dispute__Output>
  ApproveContract: MethodDefinition<_agentvault_payments_v1_ContractAction, _agentvault_payments_v1_Contract, _agentvault_payments_v1_ContractAction__Output, _agentvault_payments_v1_Contract__Output>
  AuthorizePayment: MethodDefinition<_agentvault_payments_v1_AuthorizePaymentRequest, _agentvault_payments_v1_PaymentToken, _agentvault_payments_v1_AuthorizePaymentRequest__Output, _agentvault_payments_v1_PaymentToken__Output>
  BulkUpdateAuditorFlags: MethodDefinition<_agentvault_payments_v1_BulkUpdateAuditorFlagsRequest, _agentvault_payments_v1_AuditorFlagBulkUpdate, _agentvault_payments_v1_BulkUpdateAuditorFlagsRequest__Output, _agentvault_payments_v1_AuditorFlagBulkUpdate__Output>
  CancelContract: MethodDefinition<_agentvault_payments_v1_ContractAction, _agentvault_payments_v1_Contract, _agentvault_payments_v1_ContractAction__Output, _agentvault_payments_v1_Contract__Output>
  CreateAttestationPolicy: MethodDefinition<_agentvault_payments_v1_CreateAttestationPolicyRequest, _agentvault_payments_v1_AttestationPolicy, _agentvault_payments_v1_CreateAttestationPolicyRequest__Output, _agentvault_payments_v1_AttestationPolicy__Output>
  CreateAuditorFlag: MethodDefinition<_agentvault_payments_v1_CreateAuditorFlagRequest, _agentvault_payments_v1_AuditorFlag, _agentvault_payments_v1_CreateAuditorFlagRequest__Output, _agentvault_payments_v1_AuditorFlag__Output>
  CreateContract: MethodDefinition<_agentvault_payments_v1_CreateContractRequest, _agentvault_payments_v1_Contract, _agentvault_payments_v1_CreateContractRequest__Output, _agentvault_payments_v1_Contract__Output>
  DeleteAuditorRule: MethodDefinition<_agentvault_payments_v1_AuditorRuleRef, _agentvault_payments_v1_AuditorRule, _agentvault_payments_v1_AuditorRuleRef__Output, _agentvault_payments_v1_AuditorRule__Output>
  EscalateAuditorFlag: MethodDefinition<_agentvault_payments_v1_EscalateAuditorFlagRequest, _agentvault_payments_v1_AuditorFlagEscalation, _agentvault_payments_v1_EscalateAuditorFlagRequest__Output, _agentvault_payments_v1_AuditorFlagEscalation__Output>
  FileDispute: MethodDefinition<_agentvault_payments_v1_FileDisputeRequest, _agentvault_payments_v1_Dispute, _agentvault_payments_v1_FileDisputeRequest__Output, _agentvault_payments_v1_Dispute__Output>
  GetContract: MethodDefinition<_agentvault_payments_v1_ContractRef, _agentvault_payments_v1_Contract, _agentvault_payments_v1_ContractRef__Output, _agentvault_payments_v1_Contract__Output>
  GetDispute: MethodDefinition<_agentvault_payments_v1_DisputeRef, _agentvault_payments_v1_Dispute, _agentvault_payments_v1_DisputeRef__Output, _agentvault_payments_v1_Dispute__Output>
  ListAgentContracts: MethodDefinition<_agentvault_payments_v1_AgentPageRequest, _agentvault_payments_v1_ContractPage, _agentvault_payments_v1_AgentPageRequest__Output, _agentvault_payments_v1_ContractPage__Output>
  ListAgentDisputes: MethodDefinition<_agentvault_payments_v1_AgentPageRequest, _agentvault_payments_v1_DisputePage, _agentvault_payments_v1_AgentPageRequest__Output, _agentvault_payments_v1_DisputePage__Output>
  ListAttestationPolicies: MethodDefinition<_agentvault_payments_v1_ListAttestationPoliciesRequest, _agentvault_payments_v1_AttestationPolicyList, _agentvault_payments_v1_ListAttestationPoliciesRequest__Output, _agentvault_payments_v1_AttestationPolicyList__Output>
  ListAuditorFlags: MethodDefinition<_agentvault_payments_v1_ListAuditorFlagsRequest, _agentvault_payments_v1_AuditorFlagPage, _agentvault_payments_v1_ListAuditorFlagsRequest__Output, _agentvault_payments_v1_AuditorFlagPage__Output>
  ListAuditorRules: MethodDefinition<_agentvault_payments_v1_AuditorRulesRequest, _agentvault_payments_v1_AuditorRules, _agentvault_payments_v1_AuditorRulesRequest__Output, _agentvault_payments_v1_AuditorRules__Output>
  ListDisputes: MethodDefinition<_agentvault_payments_v1_ListDisputesRequest, _agentvault_payments_v1_DisputePage, _agentvault_payments_v1_ListDisputesRequest__Output, _agentvault_payments_v1_DisputePage__Output>
  ListMyAttestations: MethodDefinition<_agentvault_payments_v1_ListMyAttestationsRequest, _agentvault_payments_v1_AttestationSubmissionPage, _agentvault_payments_v1_ListMyAttestationsRequest__Output, _agentvault_payments_v1_AttestationSubmissionPage__Output>
  ListMyTokens: MethodDefinition<_agentvault_payments_v1_ListMyTokensRequest, _agentvault_payments_v1_PaymentTokenPage, _agentvault_payments_v1_ListMyTokensRequest__Output, _agentvault_payments_v1_PaymentTokenPage__Output>
  ListOpenContracts: MethodDefinition<_agentvault_payments_v1_PageRequest, _agentvault_payments_v1_ContractPage, _agentvault_payments_v1_PageRequest__Output, _agentvault_payments_v1_ContractPage__Output>
  PutAuditorRule: MethodDefinition<_agentvault_payments_v1_PutAuditorRuleRequest, _agentvault_payments_v1_AuditorRule, _agentvault_payments_v1_PutAuditorRuleRequest__Output, _agentvault_payments_v1_AuditorRule__Output>
  ReleasePayment: MethodDefinition<_agentvault_payments_v1_ReleasePaymentRequest, _agentvault_payments_v1_PaymentToken, _agentvault_payments_v1_ReleasePaymentRequest__Output, _agentvault_payments_v1_PaymentToken__Output>
  ReportAvtpTransaction: MethodDefinition<_agentvault_payments_v1_ReportAvtpTransactionRequest, _agentvault_payments_v1_AvtpReport, _agentvault_payments_v1_ReportAvtpTransactionRequest__Output, _agentvault_payments_v1_AvtpReport__Output>
  RuleDispute: MethodDefinition<_agentvault_payments_v1_RuleDisputeRequest, _agentvault_payments_v1_Dispute, _agentvault_payments_v1_RuleDisputeRequest__Output, _agentvault_payments_v1_Dispute__Output>
  SettlePayment: MethodDefinition<_agentvault_payments_v1_SettlePaymentRequest, _agentvault_payments_v1_PaymentSettlement, _agentvault_payments_v1_SettlePaymentRequest__Output, _agentvault_payments_v1_PaymentSettlement__Output>
  SubmitAttestation: MethodDefinition<_agentvault_payments_v1_SubmitAttestationRequest, _agentvault_payments_v1_AttestationSubmission, _agentvault_payments_v1_SubmitAttestationRequest__Output, _agentvault_payments_v1_AttestationSubmission__Output>
  SubmitContractWork: MethodDefinition<_agentvault_payments_v1_SubmitContractWorkRequest, _agentvault_payments_v1_Contract, _agentvault_payments_v1_SubmitContractWorkRequest__Output, _agentvault_payments_v1_Contract__Output>
  UpdateAuditorFlag: MethodDefinition<_agentvault_payments_v1_UpdateAuditorFlagRequest, _agentvault_payments_v1_AuditorFlagUpdate, _agentvault_payments_v1_UpdateAuditorFlagRequest__Output, _agentvault_payments_v1_AuditorFlagUpdate__Output>
  VerifyPayment: MethodDefinition<_agentvault_payments_v1_VerifyPaymentRequest, _agentvault_payments_v1_PaymentVerification, _agentvault_payments_v1_VerifyPaymentRequest__Output, _agentvault_payments_v1_PaymentVerification__Output>
  X402Settle: MethodDefinition<_agentvault_payments_v1_X402Request, _agentvault_payments_v1_X402Settlement, _agentvault_payments_v1_X402Request__Output, _agentvault_payments_v1_X402Settlement__Output>
  X402Supported: MethodDefinition<_agentvault_payments_v1_X402SupportedRequest, _agentvault_payments_v1_X402SupportedKinds, _agentvault_payments_v1_X402SupportedRequest__Output, _agentvault_payments_v1_X402SupportedKinds__Output>
  X402Verify: MethodDefinition<_agentvault_payments_v1_X402Request, _agentvault_payments_v1_X402Verification, _agentvault_payments_v1_X402Request__Output, _agentvault_payments_v1_X402Verification__Output>
}
