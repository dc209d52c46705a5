import assert from 'node:assert/strict';
import { status } from '@grpc/grpc-js';
import { DomainError, toGrpcError, fromGrpcError, problemBody, notFound } from '../src/index.js';

describe('errors', () => {
  it('round-trips a domain error through gRPC', () => {
    const original = new DomainError('validation_error', 'password is too weak', { code: 'VALIDATION_ERROR', field: 'password' });
    const wire = toGrpcError(original);
    assert.equal(wire.code, status.FAILED_PRECONDITION);
    const back = fromGrpcError({ ...wire, message: '', name: 'Error' });
    assert.equal(back.kind, 'validation_error');
    assert.equal(back.field, 'password');
    assert.equal(back.message, 'password is too weak');
  });

  it('hides unexpected errors behind INTERNAL', () => {
    const wire = toGrpcError(new Error('connection string postgres://secret'));
    assert.equal(wire.code, status.INTERNAL);
    assert.doesNotMatch(String(wire.details), /secret/);
  });

  it('builds the dual-emit body', () => {
    const body = problemBody(notFound('Agent with DID did:x not found'), '/api/v1/agents/by-did/did:x', 'https://docs.example.com/errors');
    assert.deepEqual(body, {
      error: { detail: 'Agent with DID did:x not found', type: 'not_found' },
      type: 'https://docs.example.com/errors/not_found',
      title: 'Not Found',
      status: 404,
      detail: 'Agent with DID did:x not found',
      instance: '/api/v1/agents/by-did/did:x',
    });
  });
});
