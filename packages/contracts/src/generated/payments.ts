import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AddDisputeEvidenceRequest as _agentvault_payments_v1_AddDisputeEvidenceRequest, AddDisputeEvidenceRequest__Output as _agentvault_payments_v1_AddDisputeEvidenceRequest__Output } from './agentvault/payments/v1/AddDisputeEvidenceRequest.js';
import type { AgentPageRequest as _agentvault_payments_v1_AgentPageRequest, AgentPageRequest__Output as _agentvault_payments_v1_AgentPageRequest__Output } from './agentvault/payments/v1/AgentPageRequest.js';
import type { AttestationPolicy as _agentvault_payments_v1_AttestationPolicy, AttestationPolicy__Output as _agentvault_payments_v1_AttestationPolicy__Output } from './agentvault/payments/v1/AttestationPolicy.js';
import type { AttestationPolicyList as _agentvault_payments_v1_AttestationPolicyList, AttestationPolicyList__Output as _agentvault_payments_v1_AttestationPolicyList__Output } from './agentvault/payments/v1/AttestationPolicyList.js';
import type { AttestationSubmission as _agentvault_payments_v1_AttestationSubmission, AttestationSubmission__Output as _agentvault_payments_v1_AttestationSubmission__Output } from './agentvault/payments/v1/AttestationSubmission.js';
import type { AttestationSubmissionPage as _agentvault_payments_v1_AttestationSubmissionPage, AttestationSubmissionPage__Output as _agentvault_payments_v1_AttestationSubmissionPage__Output } from './agentvault/payments/v1/AttestationSubmissionPage.js';
import type { AuditorFlag as _agentvault_payments_v1_AuditorFlag, AuditorFlag__Output as _agentvault_payments_v1_AuditorFlag__Output } from './agentvault/payments/v1/AuditorFlag.js';
import type { AuditorFlagBulkUpdate as _agentvault_payments_v1_AuditorFlagBulkUpdate, AuditorFlagBulkUpdate__Output as _agentvault_payments_v1_AuditorFlagBulkUpdate__Output } from './agentvault/payments/v1/AuditorFlagBulkUpdate.js';
import type { AuditorFlagEscalation as _agentvault_payments_v1_AuditorFlagEscalation, AuditorFlagEscalation__Output as _agentvault_payments_v1_AuditorFlagEscalation__Output } from './agentvault/payments/v1/AuditorFlagEscalation.js';
import type { AuditorFlagPage as _agentvault_payments_v1_AuditorFlagPage, AuditorFlagPage__Output as _agentvault_payments_v1_AuditorFlagPage__Output } from './agentvault/payments/v1/AuditorFlagPage.js';
import type { AuditorFlagUpdate as _agentvault_payments_v1_AuditorFlagUpdate, AuditorFlagUpdate__Output as _agentvault_payments_v1_AuditorFlagUpdate__Output } from './agentvault/payments/v1/AuditorFlagUpdate.js';
import type { AuditorRule as _agentvault_payments_v1_AuditorRule, AuditorRule__Output as _agentvault_payments_v1_AuditorRule__Output } from './agentvault/payments/v1/AuditorRule.js';
import type { AuditorRuleRef as _agentvault_payments_v1_AuditorRuleRef, AuditorRuleRef__Output as _agentvault_payments_v1_AuditorRuleRef__Output } from './agentvault/payments/v1/AuditorRuleRef.js';
import type { AuditorRules as _agentvault_payments_v1_AuditorRules, AuditorRules__Output as _agentvault_payments_v1_AuditorRules__Output } from './agentvault/payments/v1/AuditorRules.js';
import type { AuditorRulesRequest as _agentvault_payments_v1_AuditorRulesRequest, AuditorRulesRequest__Output as _agentvault_payments_v1_AuditorRulesRequest__Output } from './agentvault/payments/v1/AuditorRulesRequest.js';
import type { AuthorizePaymentRequest as _agentvault_payments_v1_AuthorizePaymentRequest, AuthorizePaymentRequest__Output as _agentvault_payments_v1_AuthorizePaymentRequest__Output } from './agentvault/payments/v1/AuthorizePaymentRequest.js';
import type { AvtpReport as _agentvault_payments_v1_AvtpReport, AvtpReport__Output as _agentvault_payments_v1_AvtpReport__Output } from './agentvault/payments/v1/AvtpReport.js';
import type { BulkUpdateAuditorFlagsRequest as _agentvault_payments_v1_BulkUpdateAuditorFlagsRequest, BulkUpdateAuditorFlagsRequest__Output as _agentvault_payments_v1_BulkUpdateAuditorFlagsRequest__Output } from './agentvault/payments/v1/BulkUpdateAuditorFlagsRequest.js';
import type { Contract as _agentvault_payments_v1_Contract, Contract__Output as _agentvault_payments_v1_Contract__Output } from './agentvault/payments/v1/Contract.js';
import type { ContractAction as _agentvault_payments_v1_ContractAction, ContractAction__Output as _agentvault_payments_v1_ContractAction__Output } from './agentvault/payments/v1/ContractAction.js';
import type { ContractPage as _agentvault_payments_v1_ContractPage, ContractPage__Output as _agentvault_payments_v1_ContractPage__Output } from './agentvault/payments/v1/ContractPage.js';
import type { ContractRef as _agentvault_payments_v1_ContractRef, ContractRef__Output as _agentvault_payments_v1_ContractRef__Output } from './agentvault/payments/v1/ContractRef.js';
import type { CreateAttestationPolicyRequest as _agentvault_payments_v1_CreateAttestationPolicyRequest, CreateAttestationPolicyRequest__Output as _agentvault_payments_v1_CreateAttestationPolicyRequest__Output } from './agentvault/payments/v1/CreateAttestationPolicyRequest.js';
import type { CreateAuditorFlagRequest as _agentvault_payments_v1_CreateAuditorFlagRequest, CreateAuditorFlagRequest__Output as _agentvault_payments_v1_CreateAuditorFlagRequest__Output } from './agentvault/payments/v1/CreateAuditorFlagRequest.js';
import type { CreateContractRequest as _agentvault_payments_v1_CreateContractRequest, CreateContractRequest__Output as _agentvault_payments_v1_CreateContractRequest__Output } from './agentvault/payments/v1/CreateContractRequest.js';
import type { Dispute as _agentvault_payments_v1_Dispute, Dispute__Output as _agentvault_payments_v1_Dispute__Output } from './agentvault/payments/v1/Dispute.js';
import type { DisputePage as _agentvault_payments_v1_DisputePage, DisputePage__Output as _agentvault_payments_v1_DisputePage__Output } from './agentvault/payments/v1/DisputePage.js';
import type { DisputeRef as _agentvault_payments_v1_DisputeRef, DisputeRef__Output as _agentvault_payments_v1_DisputeRef__Output } from './agentvault/payments/v1/DisputeRef.js';
import type { EscalateAuditorFlagRequest as _agentvault_payments_v1_EscalateAuditorFlagRequest, EscalateAuditorFlagRequest__Output as _agentvault_payments_v1_EscalateAuditorFlagRequest__Output } from './agentvault/payments/v1/EscalateAuditorFlagRequest.js';
import type { Evidence as _agentvault_payments_v1_Evidence, Evidence__Output as _agentvault_payments_v1_Evidence__Output } from './agentvault/payments/v1/Evidence.js';
import type { FileDisputeRequest as _agentvault_payments_v1_FileDisputeRequest, FileDisputeRequest__Output as _agentvault_payments_v1_FileDisputeRequest__Output } from './agentvault/payments/v1/FileDisputeRequest.js';
import type { ListAttestationPoliciesRequest as _agentvault_payments_v1_ListAttestationPoliciesRequest, ListAttestationPoliciesRequest__Output as _agentvault_payments_v1_ListAttestationPoliciesRequest__Output } from './agentvault/payments/v1/ListAttestationPoliciesRequest.js';
import type { ListAuditorFlagsRequest as _agentvault_payments_v1_ListAuditorFlagsRequest, ListAuditorFlagsRequest__Output as _agentvault_payments_v1_ListAuditorFlagsRequest__Output } from './agentvault/payments/v1/ListAuditorFlagsRequest.js';
import type { ListDisputesRequest as _agentvault_payments_v1_ListDisputesRequest, ListDisputesRequest__Output as _agentvault_payments_v1_ListDisputesRequest__Output } from './agentvault/payments/v1/ListDisputesRequest.js';
import type { ListMyAttestationsRequest as _agentvault_payments_v1_ListMyAttestationsRequest, ListMyAttestationsRequest__Output as _agentvault_payments_v1_ListMyAttestationsRequest__Output } from './agentvault/payments/v1/ListMyAttestationsRequest.js';
import type { ListMyTokensRequest as _agentvault_payments_v1_ListMyTokensRequest, ListMyTokensRequest__Output as _agentvault_payments_v1_ListMyTokensRequest__Output } from './agentvault/payments/v1/ListMyTokensRequest.js';
import type { PageRequest as _agentvault_payments_v1_PageRequest, PageRequest__Output as _agentvault_payments_v1_PageRequest__Output } from './agentvault/payments/v1/PageRequest.js';
import type { PaymentSettlement as _agentvault_payments_v1_PaymentSettlement, PaymentSettlement__Output as _agentvault_payments_v1_PaymentSettlement__Output } from './agentvault/payments/v1/PaymentSettlement.js';
import type { PaymentToken as _agentvault_payments_v1_PaymentToken, PaymentToken__Output as _agentvault_payments_v1_PaymentToken__Output } from './agentvault/payments/v1/PaymentToken.js';
import type { PaymentTokenPage as _agentvault_payments_v1_PaymentTokenPage, PaymentTokenPage__Output as _agentvault_payments_v1_PaymentTokenPage__Output } from './agentvault/payments/v1/PaymentTokenPage.js';
import type { PaymentVerification as _agentvault_payments_v1_PaymentVerification, PaymentVerification__Output as _agentvault_payments_v1_PaymentVerification__Output } from './agentvault/payments/v1/PaymentVerification.js';
import type { PaymentsServiceClient as _agentvault_payments_v1_PaymentsServiceClient, PaymentsServiceDefinition as _agentvault_payments_v1_PaymentsServiceDefinition } from './agentvault/payments/v1/PaymentsService.js';
import type { Penalties as _agentvault_payments_v1_Penalties, Penalties__Output as _agentvault_payments_v1_Penalties__Output } from './agentvault/payments/v1/Penalties.js';
import type { PutAuditorRuleRequest as _agentvault_payments_v1_PutAuditorRuleRequest, PutAuditorRuleRequest__Output as _agentvault_payments_v1_PutAuditorRuleRequest__Output } from './agentvault/payments/v1/PutAuditorRuleRequest.js';
import type { ReleasePaymentRequest as _agentvault_payments_v1_ReleasePaymentRequest, ReleasePaymentRequest__Output as _agentvault_payments_v1_ReleasePaymentRequest__Output } from './agentvault/payments/v1/ReleasePaymentRequest.js';
import type { ReportAvtpTransactionRequest as _agentvault_payments_v1_ReportAvtpTransactionRequest, ReportAvtpTransactionRequest__Output as _agentvault_payments_v1_ReportAvtpTransactionRequest__Output } from './agentvault/payments/v1/ReportAvtpTransactionRequest.js';
import type { RuleDisputeRequest as _agentvault_payments_v1_RuleDisputeRequest, RuleDisputeRequest__Output as _agentvault_payments_v1_RuleDisputeRequest__Output } from './agentvault/payments/v1/RuleDisputeRequest.js';
import type { SettlePaymentRequest as _agentvault_payments_v1_SettlePaymentRequest, SettlePaymentRequest__Output as _agentvault_payments_v1_SettlePaymentRequest__Output } from './agentvault/payments/v1/SettlePaymentRequest.js';
import type { SubmitAttestationRequest as _agentvault_payments_v1_SubmitAttestationRequest, SubmitAttestationRequest__Output as _agentvault_payments_v1_SubmitAttestationRequest__Output } from './agentvault/payments/v1/SubmitAttestationRequest.js';
import type { SubmitContractWorkRequest as _agentvault_payments_v1_SubmitContractWorkRequest, SubmitContractWorkRequest__Output as _agentvault_payments_v1_SubmitContractWorkRequest__Output } from './agentvault/payments/v1/SubmitContractWorkRequest.js';
import type { UpdateAuditorFlagRequest as _agentvault_payments_v1_UpdateAuditorFlagRequest, UpdateAuditorFlagRequest__Output as _agentvault_payments_v1_UpdateAuditorFlagRequest__Output } from './agentvault/payments/v1/UpdateAuditorFlagRequest.js';
import type { VerifyPaymentRequest as _agentvault_payments_v1_VerifyPaymentRequest, VerifyPaymentRequest__Output as _agentvault_payments_v1_VerifyPaymentRequest__Output } from './agentvault/payments/v1/VerifyPaymentRequest.js';
import type { X402Kind as _agentvault_payments_v1_X402Kind, X402Kind__Output as _agentvault_payments_v1_X402Kind__Output } from './agentvault/payments/v1/X402Kind.js';
import type { X402Request as _agentvault_payments_v1_X402Request, X402Request__Output as _agentvault_payments_v1_X402Request__Output } from './agentvault/payments/v1/X402Request.js';
import type { X402Settlement as _agentvault_payments_v1_X402Settlement, X402Settlement__Output as _agentvault_payments_v1_X402Settlement__Output } from './agentvault/payments/v1/X402Settlement.js';
import type { X402SupportedKinds as _agentvault_payments_v1_X402SupportedKinds, X402SupportedKinds__Output as _agentvault_payments_v1_X402SupportedKinds__Output } from './agentvault/payments/v1/X402SupportedKinds.js';
import type { X402SupportedRequest as _agentvault_payments_v1_X402SupportedRequest, X402SupportedRequest__Output as _agentvault_payments_v1_X402SupportedRequest__Output } from './agentvault/payments/v1/X402SupportedRequest.js';
import type { X402Verification as _agentvault_payments_v1_X402Verification, X402Verification__Output as _agentvault_payments_v1_X402Verification__Output } from './agentvault/payments/v1/X402Verification.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  agentvault: {
    payments: {
      v1: {
        AddDisputeEvidenceRequest: MessageTypeDefinition<_agentvault_payments_v1_AddDisputeEvidenceRequest, _agentvault_payments_v1_AddDisputeEvidenceRequest__Output>
        AgentPageRequest: MessageTypeDefinition<_agentvault_payments_v1_AgentPageRequest, _agentvault_payments_v1_AgentPageRequest__Output>
        AttestationPolicy: MessageTypeDefinition<_agentvault_payments_v1_AttestationPolicy, _agentvault_payments_v1_AttestationPolicy__Output>
        AttestationPolicyList: MessageTypeDefinition<_agentvault_payments_v1_AttestationPolicyList, _agentvault_payments_v1_AttestationPolicyList__Output>
        AttestationSubmission: MessageTypeDefinition<_agentvault_payments_v1_AttestationSubmission, _agentvault_payments_v1_AttestationSubmission__Output>
        AttestationSubmissionPage: MessageTypeDefinition<_agentvault_payments_v1_AttestationSubmissionPage, _agentvault_payments_v1_AttestationSubmissionPage__Output>
        AuditorFlag: MessageTypeDefinition<_agentvault_payments_v1_AuditorFlag, _agentvault_payments_v1_AuditorFlag__Output>
        AuditorFlagBulkUpdate: MessageTypeDefinition<_agentvault_payments_v1_AuditorFlagBulkUpdate, _agentvault_payments_v1_AuditorFlagBulkUpdate__Output>
        AuditorFlagEscalation: MessageTypeDefinition<_agentvault_payments_v1_AuditorFlagEscalation, _agentvault_payments_v1_AuditorFlagEscalation__Output>
        AuditorFlagPage: MessageTypeDefinition<_agentvault_payments_v1_AuditorFlagPage, _agentvault_payments_v1_AuditorFlagPage__Output>
        AuditorFlagUpdate: MessageTypeDefinition<_agentvault_payments_v1_AuditorFlagUpdate, _agentvault_payments_v1_AuditorFlagUpdate__Output>
        AuditorRule: MessageTypeDefinition<_agentvault_payments_v1_AuditorRule, _agentvault_payments_v1_AuditorRule__Output>
        AuditorRuleRef: MessageTypeDefinition<_agentvault_payments_v1_AuditorRuleRef, _agentvault_payments_v1_AuditorRuleRef__Output>
        AuditorRules: MessageTypeDefinition<_agentvault_payments_v1_AuditorRules, _agentvault_payments_v1_AuditorRules__Output>
        AuditorRulesRequest: MessageTypeDefinition<_agentvault_payments_v1_AuditorRulesRequest, _agentvault_payments_v1_AuditorRulesRequest__Output>
        AuthorizePaymentRequest: MessageTypeDefinition<_agentvault_payments_v1_AuthorizePaymentRequest, _agentvault_payments_v1_AuthorizePaymentRequest__Output>
        AvtpReport: MessageTypeDefinition<_agentvault_payments_v1_AvtpReport, _agentvault_payments_v1_AvtpReport__Output>
        BulkUpdateAuditorFlagsRequest: MessageTypeDefinition<_agentvault_payments_v1_BulkUpdateAuditorFlagsRequest, _agentvault_payments_v1_BulkUpdateAuditorFlagsRequest__Output>
        Contract: MessageTypeDefinition<_agentvault_payments_v1_Contract, _agentvault_payments_v1_Contract__Output>
        ContractAction: MessageTypeDefinition<_agentvault_payments_v1_ContractAction, _agentvault_payments_v1_ContractAction__Output>
        ContractPage: MessageTypeDefinition<_agentvault_payments_v1_ContractPage, _agentvault_payments_v1_ContractPage__Output>
        ContractRef: MessageTypeDefinition<_agentvault_payments_v1_ContractRef, _agentvault_payments_v1_ContractRef__Output>
        CreateAttestationPolicyRequest: MessageTypeDefinition<_agentvault_payments_v1_CreateAttestationPolicyRequest, _agentvault_payments_v1_CreateAttestationPolicyRequest__Output>
        CreateAuditorFlagRequest: MessageTypeDefinition<_agentvault_payments_v1_CreateAuditorFlagRequest, _agentvault_payments_v1_CreateAuditorFlagRequest__Output>
        CreateContractRequest: MessageTypeDefinition<_agentvault_payments_v1_CreateContractRequest, _agentvault_payments_v1_CreateContractRequest__Output>
        Dispute: MessageTypeDefinition<_agentvault_payments_v1_Dispute, _agentvault_payments_v1_Dispute__Output>
        DisputePage: MessageTypeDefinition<_agentvault_payments_v1_DisputePage, _agentvault_payments_v1_DisputePage__Output>
        DisputeRef: MessageTypeDefinition<_agentvault_payments_v1_DisputeRef, _agentvault_payments_v1_DisputeRef__Output>
        EscalateAuditorFlagRequest: MessageTypeDefinition<_agentvault_payments_v1_EscalateAuditorFlagRequest, _agentvault_payments_v1_EscalateAuditorFlagRequest__Output>
        Evidence: MessageTypeDefinition<_agentvault_payments_v1_Evidence, _agentvault_payments_v1_Evidence__Output>
        FileDisputeRequest: MessageTypeDefinition<_agentvault_payments_v1_FileDisputeRequest, _agentvault_payments_v1_FileDisputeRequest__Output>
        ListAttestationPoliciesRequest: MessageTypeDefinition<_agentvault_payments_v1_ListAttestationPoliciesRequest, _agentvault_payments_v1_ListAttestationPoliciesRequest__Output>
        ListAuditorFlagsRequest: MessageTypeDefinition<_agentvault_payments_v1_ListAuditorFlagsRequest, _agentvault_payments_v1_ListAuditorFlagsRequest__Output>
        ListDisputesRequest: MessageTypeDefinition<_agentvault_payments_v1_ListDisputesRequest, _agentvault_payments_v1_ListDisputesRequest__Output>
        ListMyAttestationsRequest: MessageTypeDefinition<_agentvault_payments_v1_ListMyAttestationsRequest, _agentvault_payments_v1_ListMyAttestationsRequest__Output>
        ListMyTokensRequest: MessageTypeDefinition<_agentvault_payments_v1_ListMyTokensRequest, _agentvault_payments_v1_ListMyTokensRequest__Output>
        PageRequest: MessageTypeDefinition<_agentvault_payments_v1_PageRequest, _agentvault_payments_v1_PageRequest__Output>
        PaymentSettlement: MessageTypeDefinition<_agentvault_payments_v1_PaymentSettlement, _agentvault_payments_v1_PaymentSettlement__Output>
        PaymentToken: MessageTypeDefinition<_agentvault_payments_v1_PaymentToken, _agentvault_payments_v1_PaymentToken__Output>
        PaymentTokenPage: MessageTypeDefinition<_agentvault_payments_v1_PaymentTokenPage, _agentvault_payments_v1_PaymentTokenPage__Output>
        PaymentVerification: MessageTypeDefinition<_agentvault_payments_v1_PaymentVerification, _agentvault_payments_v1_PaymentVerification__Output>
        PaymentsService: SubtypeConstructor<typeof grpc.Client, _agentvault_payments_v1_PaymentsServiceClient> & { service: _agentvault_payments_v1_PaymentsServiceDefinition }
        Penalties: MessageTypeDefinition<_agentvault_payments_v1_Penalties, _agentvault_payments_v1_Penalties__Output>
        PutAuditorRuleRequest: MessageTypeDefinition<_agentvault_payments_v1_PutAuditorRuleRequest, _agentvault_payments_v1_PutAuditorRuleRequest__Output>
        ReleasePaymentRequest: MessageTypeDefinition<_agentvault_payments_v1_ReleasePaymentRequest, _agentvault_payments_v1_ReleasePaymentRequest__Output>
        ReportAvtpTransactionRequest: MessageTypeDefinition<_agentvault_payments_v1_ReportAvtpTransactionRequest, _agentvault_payments_v1_ReportAvtpTransactionRequest__Output>
        RuleDisputeRequest: MessageTypeDefinition<_agentvault_payments_v1_RuleDisputeRequest, _agentvault_payments_v1_RuleDisputeRequest__Output>
        SettlePaymentRequest: MessageTypeDefinition<_agentvault_payments_v1_SettlePaymentRequest, _agentvault_payments_v1_SettlePaymentRequest__Output>
        SubmitAttestationRequest: MessageTypeDefinition<_agentvault_payments_v1_SubmitAttestationRequest, _agentvault_payments_v1_SubmitAttestationRequest__Output>
        SubmitContractWorkRequest: MessageTypeDefinition<_agentvault_payments_v1_SubmitContractWorkRequest, _agentvault_payments_v1_SubmitContractWorkRequest__Output>
        UpdateAuditorFlagRequest: MessageTypeDefinition<_agentvault_payments_v1_UpdateAuditorFlagRequest, _agentvault_payments_v1_UpdateAuditorFlagRequest__Output>
        VerifyPaymentRequest: MessageTypeDefinition<_agentvault_payments_v1_VerifyPaymentRequest, _agentvault_payments_v1_VerifyPaymentRequest__Output>
        X402Kind: MessageTypeDefinition<_agentvault_payments_v1_X402Kind, _agentvault_payments_v1_X402Kind__Output>
        X402Request: MessageTypeDefinition<_agentvault_payments_v1_X402Request, _agentvault_payments_v1_X402Request__Output>
        X402Settlement: MessageTypeDefinition<_agentvault_payments_v1_X402Settlement, _agentvault_payments_v1_X402Settlement__Output>
        X402SupportedKinds: MessageTypeDefinition<_agentvault_payments_v1_X402SupportedKinds, _agentvault_payments_v1_X402SupportedKinds__Output>
        X402SupportedRequest: MessageTypeDefinition<_agentvault_payments_v1_X402SupportedRequest, _agentvault_payments_v1_X402SupportedRequest__Output>
        X402Verification: MessageTypeDefinition<_agentvault_payments_v1_X402Verification, _agentvault_payments_v1_X402Verification__Output>
      }
    }
  }
}

