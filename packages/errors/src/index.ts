export * from './domain-error.js';
export * from './grpc-mapping.js';
export * from './problem.js';
