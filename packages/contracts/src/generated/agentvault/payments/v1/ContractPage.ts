// Original file: proto/agentvault/payments/v1/payments.proto

import type { Contract as _agentvault_payments_v1_Contract, Contract__Output as _agentvault_payments_v1_Contract__Output } from '../../../agentvault/payments/v1/Contract.js';

export interface ContractPage {
  'items'?: (_agentvault_payments_v1_Contract)[];
  'total'?: (number);
}

export interface ContractPage__Output {
  'items': (_agentvault_payments_v1_Contract__Output)[];
  'total': (number);
}
