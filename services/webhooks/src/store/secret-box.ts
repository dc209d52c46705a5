/**
 * Webhook signing secrets rest sealed (see @agentvault/config's SecretBox), with the webhook id as
 * associated data; rows from before sealing (`plain:`) are read and re-sealed at start.
 */
export { createSecretBox, type SecretBox } from '@agentvault/config';
