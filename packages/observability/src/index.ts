export { createLogger, redactSecrets, isSecretKey, REDACTED, type Logger, type LoggerOptions } from './logger.js';
export { metricsRegistry, counter, histogram, gauge, Counter, Gauge, Histogram, Registry } from './metrics.js';
export {
  startOpsServer,
  readinessReport,
  createOpsHandler,
  DEFAULT_CHECK_TIMEOUT_MS,
  type ReadinessCheck,
  type OpsServerOptions,
  type OpsHandlerOptions,
} from './ops-server.js';
export { addGrpcHealth, checkGrpcHealth, closeGrpcHealthClients, type GrpcHealth } from './grpc-health.js';
export { createShutdown, DEFAULT_CLOSE_TIMEOUT_MS, type Shutdown, type ShutdownOptions } from './shutdown.js';
export { currentTrace, runInTrace, newTraceId, traceIdFromTraceparent, TRACE_ID_METADATA, REQUEST_ID_METADATA, type TraceContext } from './trace.js';
