export * from './platform.js';
export * from './service.js';
export * from './runner.js';
