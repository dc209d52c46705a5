export * from './infra.js';
export * from './stack.js';
export * from './http.js';
export * from './nats-server.js';
export * from './raw-http.js';
export * from './smtp-sink.js';
