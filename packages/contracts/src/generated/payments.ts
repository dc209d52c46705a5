import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AddDisputeEvidenceRequest as _agentvault_payments_v1_AddDisputeEvidenceRequest, AddDisputeEvidenceRequest__Output as _agentvault_payments_v1_AddDisputeEvidenceRequest__Output } from './agentvault/payments/v1/AddDisputeEvidenceRequest.js';
import type { AgentPageRequest as _agentvault_payments_v1_AgentPageRequest, AgentPageRequest__Output as _agentvault_payments_v1_AgentPageRequest__Output } from './agentvault/payments/v1/AgentPageRequest.js';
import type { AuthorizePaymentRequest as _agentvault_payments_v1_AuthorizePaymentRequest, AuthorizePaymentRequest__Output as _agentvault_payments_v1_AuthorizePaymentRequest__Output } from './agentvault/payments/v1/AuthorizePaymentRequest.js';
import type { Contract as _agentvault_payments_v1_Contract, Contract__Output as _agentvault_payments_v1_Contract__Output } from './agentvault/payments/v1/Contract.js';
import type { ContractAction as _agentvault_payments_v1_ContractAction, ContractAction__Output as _agentvault_payments_v1_ContractAction__Output } from './agentvault/payments/v1/ContractAction.js';
import type { ContractPage as _agentvault_payments_v1_ContractPage, ContractPage__Output as _agentvault_payments_v1_ContractPage__Output } from './agentvault/payments/v1/ContractPage.js';
import type { ContractRef as _agentvault_payments_v1_ContractRef, ContractRef__Output as _agentvault_payments_v1_ContractRef__Output } from './agentvault/payments/v1/ContractRef.js';
import type { CreateContractRequest as _agentvault_payments_v1_CreateContractRequest, CreateContractRequest__Output as _agentvault_payments_v1_CreateContractRequest__Output } from './agentvault/payments/v1/CreateContractRequest.js';
import type { Dispute as _agentvault_payments_v1_Dispute, Dispute__Output as _agentvault_payments_v1_Dispute__Output } from './agentvault/payments/v1/Dispute.js';
import type { DisputePage as _agentvault_payments_v1_DisputePage, DisputePage__Output as _agentvault_payments_v1_DisputePage__Output } from './agentvault/payments/v1/DisputePage.js';
import type { DisputeRef as _agentvault_payments_v1_DisputeRef, DisputeRef__Output as _agentvault_payments_v1_DisputeRef__Output } from './agentvault/payments/v1/DisputeRef.js';
import type { Evidence as _agentvault_payments_v1_Evidence, Evidence__Output as _agentvault_payments_v1_Evidence__Output } from './agentvault/payments/v1/Evidence.js';
import type { FileDisputeRequest as _agentvault_payments_v1_FileDisputeRequest, FileDisputeRequest__Output as _agentvault_payments_v1_FileDisputeRequest__Output } from './agentvault/payments/v1/FileDisputeRequest.js';
import type { ListDisputesRequest as _agentvault_payments_v1_ListDisputesRequest, ListDisputesRequest__Output as _agentvault_payments_v1_ListDisputesRequest__Output } from './agentvault/payments/v1/ListDisputesRequest.js';
import type { ListMyTokensRequest as _agentvault_payments_v1_ListMyTokensRequest, ListMyTokensRequest__Output as _agentvault_payments_v1_ListMyTokensRequest__Output } from './agentvault/payments/v1/ListMyTokensRequest.js';
import type { PageRequest as _agentvault_payments_v1_PageRequest, PageRequest__Output as _agentvault_payments_v1_PageRequest__Output } from './agentvault/payments/v1/PageRequest.js';
import type { PaymentSettlement as _agentvault_payments_v1_PaymentSettlement, PaymentSettlement__Output as _agentvault_payments_v1_PaymentSettlement__Output } from './agentvault/payments/v1/PaymentSettlement.js';
import type { PaymentToken as _agentvault_payments_v1_PaymentToken, PaymentToken__Output as _agentvault_payments_v1_PaymentToken__Output } from './agentvault/payments/v1/PaymentToken.js';
import type { PaymentTokenPage as _agentvault_payments_v1_PaymentTokenPage, PaymentTokenPage__Output as _agentvault_payments_v1_PaymentTokenPage__Output } from './agentvault/payments/v1/PaymentTokenPage.js';
import type { PaymentVerification as _agentvault_payments_v1_PaymentVerification, PaymentVerification__Output as _agentvault_payments_v1_PaymentVerification__Output } from './agentvault/payments/v1/PaymentVerification.js';
import type { PaymentsServiceClient as _agentvault_payments_v1_PaymentsServiceClient, PaymentsServiceDefinition as _agentvault_payments_v1_PaymentsServiceDefinition } from './agentvault/payments/v1/PaymentsService.js';
import type { Penalties as _agentvault_payments_v1_Penalties, Penalties__Output as _agentvault_payments_v1_Penalties__Output } from './agentvault/payments/v1/Penalties.js';
import type { ReleasePaymentRequest as _agentvault_payments_v1_ReleasePaymentRequest, ReleasePaymentRequest__Output as _agentvault_payments_v1_ReleasePaymentRequest__Output } from './agentvault/payments/v1/ReleasePaymentRequest.js';
import type { RuleDisputeRequest as _agentvault_payments_v1_RuleDisputeRequest, RuleDisputeRequest__Output as _agentvault_payments_v1_RuleDisputeRequest__Output } from './agentvault/payments/v1/RuleDisputeRequest.js';
import type { SettlePaymentRequest as _agentvault_payments_v1_SettlePaymentRequest, SettlePaymentRequest__Output as _agentvault_payments_v1_SettlePaymentRequest__Output } from './agentvault/payments/v1/SettlePaymentRequest.js';
import type { SubmitContractWorkRequest as _agentvault_payments_v1_SubmitContractWorkRequest, SubmitContractWorkRequest__Output as _agentvault_payments_v1_SubmitContractWorkRequest__Output } from './agentvault/payments/v1/SubmitContractWorkRequest.js';
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
        AuthorizePaymentRequest: MessageTypeDefinition<_agentvault_payments_v1_AuthorizePaymentRequest, _agentvault_payments_v1_AuthorizePaymentRequest__Output>
        Contract: MessageTypeDefinition<_agentvault_payments_v1_Contract, _agentvault_payments_v1_Contract__Output>
        ContractAction: MessageTypeDefinition<_agentvault_payments_v1_ContractAction, _agentvault_payments_v1_ContractAction__Output>
        ContractPage: MessageTypeDefinition<_agentvault_payments_v1_ContractPage, _agentvault_payments_v1_ContractPage__Output>
        ContractRef: MessageTypeDefinition<_agentvault_payments_v1_ContractRef, _agentvault_payments_v1_ContractRef__Output>
        CreateContractRequest: MessageTypeDefinition<_agentvault_payments_v1_CreateContractRequest, _agentvault_payments_v1_CreateContractRequest__Output>
        Dispute: MessageTypeDefinition<_agentvault_payments_v1_Dispute, _agentvault_payments_v1_Dispute__Output>
        DisputePage: MessageTypeDefinition<_agentvault_payments_v1_DisputePage, _agentvault_payments_v1_DisputePage__Output>
        DisputeRef: MessageTypeDefinition<_agentvault_payments_v1_DisputeRef, _agentvault_payments_v1_DisputeRef__Output>
        Evidence: MessageTypeDefinition<_agentvault_payments_v1_Evidence, _agentvault_payments_v1_Evidence__Output>
        FileDisputeRequest: MessageTypeDefinition<_agentvault_payments_v1_FileDisputeRequest, _agentvault_payments_v1_FileDisputeRequest__Output>
        ListDisputesRequest: MessageTypeDefinition<_agentvault_payments_v1_ListDisputesRequest, _agentvault_payments_v1_ListDisputesRequest__Output>
        ListMyTokensRequest: MessageTypeDefinition<_agentvault_payments_v1_ListMyTokensRequest, _agentvault_payments_v1_ListMyTokensRequest__Output>
        PageRequest: MessageTypeDefinition<_agentvault_payments_v1_PageRequest, _agentvault_payments_v1_PageRequest__Output>
        PaymentSettlement: MessageTypeDefinition<_agentvault_payments_v1_PaymentSettlement, _agentvault_payments_v1_PaymentSettlement__Output>
        PaymentToken: MessageTypeDefinition<_agentvault_payments_v1_PaymentToken, _agentvault_payments_v1_PaymentToken__Output>
        PaymentTokenPage: MessageTypeDefinition<_agentvault_payments_v1_PaymentTokenPage, _agentvault_payments_v1_PaymentTokenPage__Output>
        PaymentVerification: MessageTypeDefinition<_agentvault_payments_v1_PaymentVerification, _agentvault_payments_v1_PaymentVerification__Output>
        PaymentsService: SubtypeConstructor<typeof grpc.Client, _agentvault_payments_v1_PaymentsServiceClient> & { service: _agentvault_payments_v1_PaymentsServiceDefinition }
        Penalties: MessageTypeDefinition<_agentvault_payments_v1_Penalties, _agentvault_payments_v1_Penalties__Output>
        ReleasePaymentRequest: MessageTypeDefinition<_agentvault_payments_v1_ReleasePaymentRequest, _agentvault_payments_v1_ReleasePaymentRequest__Output>
        RuleDisputeRequest: MessageTypeDefinition<_agentvault_payments_v1_RuleDisputeRequest, _agentvault_payments_v1_RuleDisputeRequest__Output>
        SettlePaymentRequest: MessageTypeDefinition<_agentvault_payments_v1_SettlePaymentRequest, _agentvault_payments_v1_SettlePaymentRequest__Output>
        SubmitContractWorkRequest: MessageTypeDefinition<_agentvault_payments_v1_SubmitContractWorkRequest, _agentvault_payments_v1_SubmitContractWorkRequest__Output>
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

