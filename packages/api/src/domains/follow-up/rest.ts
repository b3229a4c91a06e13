import { restRoutes } from '../../rest/route.ts';
import { followUpSentMessage } from './service.ts';

const tag = 'Follow up';

export const followUpRest = restRoutes([
  {
    method: 'POST',
    path: '/store/order/follow-up',
    procedure: 'followUp.send',
    summary: 'Follow Up',
    tag,
    message: followUpSentMessage,
    omitData: true,
  },
  {
    method: 'GET',
    path: '/store/order/{id}/follow-up',
    procedure: 'followUp.attempts',
    summary: 'Follow Up Attempts',
    tag,
    message: 'Success',
    input: (req) => ({ invoice: req.params.id }),
  },
  {
    method: 'GET',
    path: '/store/follow-up/template',
    procedure: 'followUp.templates',
    summary: 'Follow-up message templates (per kind of order, `prepaid` or `cod`, and attempt)',
    tag,
    message: 'Success',
  },
  {
    method: 'PUT',
    path: '/store/follow-up/template',
    procedure: 'followUp.saveTemplate',
    summary: 'Save a follow-up message template (`kind`: prepaid, the default, or cod)',
    tag,
    message: 'Template has been successfully saved.',
  },
]);
