/** The gateway's typed clients, for the route modules (the list of contracts is in index.ts). */
export type { GatewayClients } from './index.js';
