/** The notification outbox: messages written in the caller's transaction, delivered by jobs. */

export { deliverMessageHandler } from './message-delivery';
export { httpGatewayProvider, type MessageProvider, manualProvider, providerFor } from './message-providers';
export { MESSAGE_KINDS, type MessageKind } from './message-templates';
export { outboxRoutes } from './outbox.routes';
export { DELIVER_JOB, openMessageByHand, type QueueMessageInput, queueMessage } from './outbox.service';
export { signCallback } from './outbox-callback';
export { maskPhone, normalizeIndonesianPhone, waMeLink } from './phone-numbers';
