import type { Database } from '@agentvault/db';
import { connectNatsBus, createEmbeddedBus, type Bus } from '@agentvault/events';
import type { Logger } from '@agentvault/observability';
import type { PlatformConfig } from '@agentvault/runtime';

/** NATS JetStream when NATS_URL is set; otherwise the embedded bus in its own schema. */
export async function connectBus(platform: PlatformConfig, openDatabase: (schema: string) => Promise<Database>, logger: Logger): Promise<Bus> {
  if (platform.NATS_URL) {
    return connectNatsBus({ url: platform.NATS_URL, stream: platform.NATS_STREAM, subjectPrefix: platform.NATS_SUBJECT_PREFIX, logger });
  }
  const database = await openDatabase('eventbus');
  const bus = await createEmbeddedBus({ database, logger });
  return {
    kind: bus.kind,
    publish: (event) => bus.publish(event),
    subscribe: (options) => bus.subscribe(options),
    ping: () => bus.ping(),
    close: async () => {
      await bus.close();
      await database.close();
    },
  };
}
