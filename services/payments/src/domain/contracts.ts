import { randomBytes } from 'node:crypto';
import { DomainError, forbidden, notFound, validationError } from '@agentvault/errors';
import { formatAmount, parseAmount } from '@agentvault/ledger/amount';
import type { ContractEventData, ContractEventType } from '@agentvault/contracts/payments-events';
import type { Contract, ContractStatus } from './model.js';
import type { LedgerPort, PaymentsRepositories, PaymentsUnitOfWork } from './ports.js';

/**
 * Escrowed work between agents. The price is held on the client's funds at creation; approval
 * posts the hold to the provider; cancellation before acceptance (or after a deadline passed
 * without submitted work) voids it. Each state change is made under the contract's row lock
 * before the ledger is asked, and the ledger's post and void are idempotent per hold, so a
 * repeated approve or cancel finishes what an interrupted one started and moves money once.
 */

/** The ledger reference of a contract's hold: re-placing under it returns the same hold. */
export const holdReference = (contractId: string) => `contract:${contractId}`;

export const CONTRACT_STATUSES: ContractStatus[] = ['PENDING', 'ABANDONED', 'OPEN', 'ACCEPTED', 'SUBMITTED', 'APPROVED', 'COMPLETED', 'CANCELLED', 'DISPUTED', 'RESOLVED'];

const contractNotFound = (id: string) => notFound(`Contract ${id} not found`);
const wrongState = (c: Contract, action: string) =>
  new DomainError('conflict', `Contract ${c.id} is ${c.status}: cannot ${action}`, { code: 'CONTRACT_INVALID_STATE', context: { contract_id: c.id, status: c.status } });

export class ContractService {
  constructor(
    private readonly uow: PaymentsUnitOfWork,
    private readonly ledger: LedgerPort,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(input: { clientDid: string; providerDid?: string; description: string; price: unknown; deadline: string }) {
    const price = parseAmount(input.price, 'price');
    const description = (input.description ?? '').trim();
    if (!description || description.length > 4000) throw validationError('description must be 1 to 4000 characters', 'description');
    const deadline = new Date(input.deadline);
    if (!input.deadline || Number.isNaN(deadline.getTime())) throw validationError('deadline must be an RFC 3339 time', 'deadline');
    if (deadline.getTime() <= this.now().getTime()) throw validationError('deadline must be in the future', 'deadline');
    if (input.providerDid && input.providerDid === input.clientDid) throw validationError('a client cannot contract itself', 'provider_agent_did');
    const id = 'ctr_' + randomBytes(12).toString('hex');
    const at = this.now();
    const pending: Contract = {
      id, clientDid: input.clientDid, providerDid: input.providerDid || null, description, price, deadline, status: 'PENDING', resultPointer: null,
      holdId: null, transactionId: null, disputeId: null, createdAt: at, updatedAt: at, acceptedAt: null, submittedAt: null, completedAt: null,
    };
    // Recorded first: a crash after the hold is placed leaves a PENDING row the sweep finds by its reference.
    await this.uow.run((repos) => repos.contracts.insert(pending));
    const hold = await this.ledger.placeHold({ payerDid: input.clientDid, receiverDid: input.providerDid || undefined, amount: price, reference: holdReference(id), purpose: `contract ${id}` });
    const opened = await this.transition(id, async (c, repos) => {
      if (c.status !== 'PENDING') return c;
      return this.save(repos, c, { status: 'OPEN', holdId: hold.holdId }, 'contract.created');
    });
    if (opened.status !== 'OPEN' || opened.holdId !== hold.holdId) {
      // The sweep gave up on this creation while the ledger was answering: nothing stays held.
      await this.ledger.voidHold({ holdId: hold.holdId, reason: `contract ${id} creation abandoned` });
      throw new DomainError('service_unavailable', `Contract ${id} could not be created in time; nothing is held, please retry`, { code: 'CONTRACT_CREATION_ABANDONED' });
    }
    return opened;
  }

  /**
   * Creations interrupted between recording the contract and confirming its hold: the contract is
   * ABANDONED and the hold placed under its reference, if any, voided. `graceMs` must exceed the
   * ledger call's deadline so that a creation still in flight is not undone under it.
   */
  async sweepPending(graceMs: number, limit = 100): Promise<number> {
    const stale = await this.uow.read.contracts.stalePending(new Date(this.now().getTime() - graceMs), limit);
    for (const c of stale) {
      const hold = await this.ledger.findHold(holdReference(c.id));
      if (hold && hold.status === 'pending') await this.ledger.voidHold({ holdId: hold.holdId, reason: `contract ${c.id} creation abandoned` });
      await this.transition(c.id, async (current, repos) =>
        current.status === 'PENDING' ? this.save(repos, current, { status: 'ABANDONED', holdId: hold?.holdId ?? null }, null) : current);
    }
    return stale.length;
  }

  async get(id: string) {
    const contract = await this.uow.read.contracts.get(id);
    if (!contract) throw contractNotFound(id);
    return contract;
  }

  listOpen(limit: number, offset: number) {
    return this.uow.read.contracts.list({ status: 'OPEN', limit, offset });
  }

  listForAgent(agentDid: string, status: string | undefined, limit: number, offset: number) {
    if (status && !CONTRACT_STATUSES.includes(status as ContractStatus)) throw validationError(`status must be one of ${CONTRACT_STATUSES.join(', ')}`, 'status');
    return this.uow.read.contracts.list({ agentDid, status: (status || undefined) as ContractStatus | undefined, limit, offset });
  }

  async accept(input: { contractId: string; agentDid: string }) {
    return this.transition(input.contractId, async (c, repos) => {
      if (c.clientDid === input.agentDid) throw forbidden('The client cannot accept its own contract');
      if (c.providerDid && c.providerDid !== input.agentDid) throw forbidden('This contract names another provider');
      if (c.status !== 'OPEN') throw wrongState(c, 'accept');
      if (c.deadline.getTime() <= this.now().getTime()) throw new DomainError('validation_error', 'The contract deadline has passed', { code: 'CONTRACT_DEADLINE_PASSED' });
      const at = this.now();
      return this.save(repos, c, { status: 'ACCEPTED', providerDid: input.agentDid, acceptedAt: at }, 'contract.accepted');
    });
  }

  async submit(input: { contractId: string; agentDid: string; resultPointer: string }) {
    const pointer = (input.resultPointer ?? '').trim();
    if (!pointer || pointer.length > 2048) throw validationError('result_pointer must be 1 to 2048 characters', 'result_pointer');
    return this.transition(input.contractId, async (c, repos) => {
      if (c.providerDid !== input.agentDid) throw forbidden('Only the contract provider can submit work');
      if (c.status !== 'ACCEPTED') throw wrongState(c, 'submit work');
      return this.save(repos, c, { status: 'SUBMITTED', resultPointer: pointer, submittedAt: this.now() }, 'contract.submitted');
    });
  }

  /** The client approves the submitted work: the held price goes to the provider, once. */
  async approve(input: { contractId: string; agentDid: string }) {
    const approved = await this.transition(input.contractId, async (c, repos) => {
      if (c.clientDid !== input.agentDid) throw forbidden('Only the contract client can approve completion');
      if (c.status === 'APPROVED' || c.status === 'COMPLETED') return c;
      if (c.status !== 'SUBMITTED') throw wrongState(c, 'approve completion');
      return this.save(repos, c, { status: 'APPROVED' }, null);
    });
    if (approved.status === 'COMPLETED') return approved;
    return this.payProvider(approved, 'COMPLETED', 'contract.completed');
  }

  /** Before acceptance, or once the deadline passed without submitted work: the client gets the price back. */
  async cancel(input: { contractId: string; agentDid: string }) {
    const cancelled = await this.transition(input.contractId, async (c, repos) => {
      if (c.clientDid !== input.agentDid) throw forbidden('Only the contract client can cancel it');
      if (c.status === 'CANCELLED') return c;
      const overdue = c.status === 'ACCEPTED' && c.deadline.getTime() <= this.now().getTime();
      if (c.status !== 'OPEN' && !overdue) {
        throw new DomainError('conflict', c.status === 'ACCEPTED' ? 'An accepted contract can be cancelled only after its deadline passed without submitted work' : `Contract ${c.id} is ${c.status}: cannot cancel`, {
          code: 'CONTRACT_INVALID_STATE', context: { contract_id: c.id, status: c.status },
        });
      }
      return this.save(repos, c, { status: 'CANCELLED' }, 'contract.cancelled');
    });
    await this.ledger.voidHold({ holdId: cancelled.holdId!, reason: `contract ${cancelled.id} cancelled` });
    return cancelled;
  }

  /** A dispute was filed on the contract: its hold waits for the ruling. */
  async markDisputed(repos: PaymentsRepositories, contractId: string, disputeId: string) {
    const c = await repos.contracts.lock(contractId);
    if (!c) throw contractNotFound(contractId);
    if (c.status !== 'ACCEPTED' && c.status !== 'SUBMITTED') {
      throw new DomainError('conflict', `Contract ${c.id} is ${c.status}: only accepted or submitted contracts can be disputed`, { code: 'CONTRACT_INVALID_STATE' });
    }
    return this.save(repos, c, { status: 'DISPUTED', disputeId }, 'contract.disputed');
  }

  /** The ruling decides: the provider is paid or the client refunded; the contract is RESOLVED. */
  async resolve(contractId: string, payProvider: boolean) {
    const c = await this.get(contractId);
    if (c.status === 'RESOLVED') return c;
    if (payProvider) return this.payProvider(c, 'RESOLVED', 'contract.resolved');
    await this.ledger.voidHold({ holdId: c.holdId!, reason: `contract ${c.id} refunded by ruling` });
    return this.transition(contractId, async (current, repos) => (current.status === 'RESOLVED' ? current : this.save(repos, current, { status: 'RESOLVED' }, 'contract.resolved')));
  }

  private async payProvider(c: Contract, status: 'COMPLETED' | 'RESOLVED', event: ContractEventType) {
    const posted = await this.ledger.postHold({ holdId: c.holdId!, receiverDid: c.providerDid! });
    return this.transition(c.id, async (current, repos) => {
      if (current.status === status) return current;
      return this.save(repos, current, { status, transactionId: posted.transactionId, completedAt: this.now() }, event);
    });
  }

  private transition(id: string, change: (c: Contract, repos: PaymentsRepositories) => Promise<Contract>) {
    return this.uow.run(async (repos) => {
      const c = await repos.contracts.lock(id);
      if (!c) throw contractNotFound(id);
      return change(c, repos);
    });
  }

  private async save(repos: PaymentsRepositories, c: Contract, changes: Partial<Contract>, event: ContractEventType | null): Promise<Contract> {
    const next: Contract = { ...c, ...changes, updatedAt: this.now() };
    await repos.contracts.update(c.id, { ...changes, updatedAt: next.updatedAt });
    if (event) await repos.outbox.emit({ type: event, subject: next.clientDid, data: contractEventData(next) });
    return next;
  }
}

export function contractEventData(c: Contract): ContractEventData {
  return {
    contract_id: c.id,
    client_agent_did: c.clientDid,
    provider_agent_did: c.providerDid,
    price: formatAmount(c.price),
    status: c.status,
    transaction_id: c.transactionId,
  };
}
