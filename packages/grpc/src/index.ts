export * from './proto.js';
export * from './server.js';
export * from './client.js';
export * from './contract.js';
export { serveInProcess } from './in-process.js';
