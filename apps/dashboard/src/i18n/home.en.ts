import type { homeId } from './home.id.ts';

export const homeEn: typeof homeId = {
  greeting: (name: string) => `Hello, ${name}`,
  intro: 'Your store’s orders at a glance.',
  toPay: 'Awaiting payment',
  toProcess: 'To process',
  toShip: 'Ready to ship',
  allOrders: 'All orders',
  openOrders: 'Open the order list',
  held: {
    title: 'Held orders to review',
    suspicious: (n: number) =>
      `${n} ${n === 1 ? 'order' : 'orders'} held by Order Shield: review before they are cancelled`,
    awaiting: (n: number) =>
      `${n} COD ${n === 1 ? 'order waits' : 'orders wait'} for the buyer's confirmation`,
  },
  invitations: {
    title: 'Invitations to join',
    intro: 'These stores added you to their team. You can open a store only after you accept.',
    invite: (store: string, role: string) => `${store} · ${role}`,
    from: (name: string | null, date: string) => (name ? `Invited by ${name}, ${date}` : `Invited ${date}`),
    accept: 'Accept',
    decline: 'Decline',
    acceptNamed: (store: string) => `Accept the invitation of ${store}`,
    declineNamed: (store: string) => `Decline the invitation of ${store}`,
    accepted: (store: string) => `You are now on the team of ${store}.`,
    joinedTitle: (store: string) => `Joined ${store}`,
    joinedBody: 'Open this store now, or later from the store switcher at the top.',
    switchTo: (store: string) => `Open ${store} now`,
    stay: 'Not now',
    declined: 'Invitation declined.',
  },
  onboarding: {
    title: 'Set up your store',
    progress: (done: number, total: number) => `${done} of ${total} steps done`,
    done: 'Done',
    notDone: 'Not yet',
    hide: 'Hide',
    steps: {
      storeProfile: {
        title: 'Complete your store profile',
        description: 'Add a logo and the customer-service WhatsApp number buyers contact.',
      },
      warehouse: {
        title: 'Add a warehouse',
        description: 'Couriers pick parcels up from your warehouse address.',
      },
      bankAccount: {
        title: 'Add a bank account',
        description: 'Buyers paying by transfer pay into your active accounts.',
      },
      product: {
        title: 'Add your first product',
        description: 'Products with their variants and stock are what your order forms sell.',
      },
      subdomain: {
        title: 'Choose your subdomain',
        description: 'Your order forms are served at your-name.bosonline.id.',
      },
    },
  },
  recap: {
    title: 'Sales',
    today: 'Today',
    week: 'Last 7 days',
    month: 'Last 30 days',
    orders: 'Orders placed',
    sold: 'Sold',
    revenue: 'Revenue',
    note: 'By the day orders were created (WIB). Sold and revenue leave out orders on hold (waiting for the buyer’s confirmation or held by Order Shield) and canceled ones.',
  },
  chart: {
    title: 'Sales in the last 30 days',
    metric: 'Show',
    revenue: 'Revenue',
    orders: 'Orders',
    summary: (orders: number, sold: number, revenue: string, best: string | null) =>
      `${orders} orders placed, ${sold} sold, ${revenue} revenue in the last 30 days.${best ? ` Best day: ${best}.` : ''}`,
    emptyTitle: 'No orders yet',
    empty: 'The sales chart shows here once the first order of the last 30 days comes in.',
    emptyAction: 'Set up an order form',
  },
  announcements: { title: 'Announcements', empty: 'No announcements yet.' },
  tips: { title: 'Selling tips', empty: 'No tips yet.' },
  readMore: 'Read more',
  notifications: {
    title: 'Notifications',
    button: (unread: number) => (unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'),
    markAllRead: 'Mark all as read',
    markRead: 'Mark as read',
    unread: 'Unread',
    empty: 'No notifications yet.',
    open: 'View',
    close: 'Close notifications',
  },
};
