export { gatewayModule } from './main.js';
export { loadGatewayConfig } from './config.js';
