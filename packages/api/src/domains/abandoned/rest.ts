import { restRoutes } from '../../rest/route.ts';

const tag = 'Order';

export const abandonedRest = restRoutes([
  {
    method: 'GET',
    path: '/store/abandoned',
    procedure: 'abandoned.list',
    summary: 'Abandoned checkouts (`?form_id=&state=open|recovered|followed_up&q=&cursor=&limit=`)',
    tag,
    message: 'Success',
  },
  {
    method: 'POST',
    path: '/store/abandoned/{id}/follow-up',
    procedure: 'abandoned.followUp',
    summary: 'Follow up an abandoned checkout on WhatsApp (answers the wa.me link too)',
    tag,
    message: (data) =>
      data.sent
        ? 'Follow-up message has been sent.'
        : 'WhatsApp is unavailable right now; use the link to follow up by hand.',
  },
]);
