export { startGateway } from './main.js';
