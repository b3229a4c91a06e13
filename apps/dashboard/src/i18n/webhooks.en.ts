import type { WebhookMessages } from './webhooks.id.ts';

// Settings → Webhook in English: the same entries as webhooks.id.ts.

export const webhooksEn: WebhookMessages = {
  intro:
    'Send order events to your own systems (ERP, warehouse, chatbot). Every delivery is signed with the webhook secret (X-Bos-Signature header).',
  add: 'Add webhook',
  addTitle: 'New webhook',
  url: 'Destination URL',
  urlHint: 'Must be https:// on a public address.',
  events: 'Events',
  eventNames: {
    'order.created': 'Order created',
    'order.status_changed': 'Order status changed',
    'order.paid': 'Order paid',
    'order.awb_assigned': 'AWB assigned',
    'order.delivered': 'Order delivered',
    'order.returned': 'Order returned',
  },
  emptyTitle: 'No webhooks yet',
  empty: "Add your system's URL to receive order events automatically.",
  active: 'Active',
  inactive: 'Inactive',
  activate: 'Enable',
  deactivate: 'Disable',
  created: 'Webhook added.',
  deleted: 'Webhook deleted.',
  confirmDelete: (url: string) => `Delete the webhook to ${url}? Deliveries not sent yet go with it.`,
  secretTitle: 'Signing secret',
  secretOnce:
    'Save this secret now: this is the only time it is shown. Your system uses it to check the X-Bos-Signature header.',
  secretDone: 'I have saved it',
  rotate: 'Rotate secret',
  confirmRotate:
    'Rotate the secret now? The old one stops working at once; deliveries that fail because of it are retried for 24 hours.',
  ping: 'Send test',
  pingOk: (status: number) => `Test sent: your system answered ${status}.`,
  pingFailed: (reason: string) => `Test failed: ${reason}`,
  log: 'Delivery log',
  hideLog: 'Hide log',
  logEmpty: 'No deliveries yet.',
  event: 'Event',
  status: 'Status',
  answer: 'Answer',
  attempts: (n: number) => `${n} ${n === 1 ? 'attempt' : 'attempts'}`,
  nextAttempt: (at: string) => `next try ${at}`,
  deliveryStatus: { pending: 'Pending', delivered: 'Delivered', failed: 'Failed' },
  redeliver: 'Redeliver',
  redelivered: 'Queued to be sent again.',
  more: 'Load more',
  noAnswer: 'no answer',
};
