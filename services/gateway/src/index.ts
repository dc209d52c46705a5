export { startGateway } from './main.js';
export { loadGatewayConfig } from './config.js';
