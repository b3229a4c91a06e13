import type { ShieldMessages } from './shield.id.ts';

// Order Shield in English: the same entries as shield.id.ts.

export const shieldEn: ShieldMessages = {
  reason: {
    name_too_short: 'Name too short',
    address_too_short: 'Address too short',
    phone_velocity: 'Too many from this number',
    ip_velocity: 'Too many from this IP',
    whatsapp_invalid: 'Number not on WhatsApp',
    blocked_word: 'Blocked word',
    blocked_phone: 'Number blocked',
    blocked_ip: 'IP blocked',
    blocked_device: 'Device blocked',
  },
  heldTitle: 'Held by Order Shield',
  heldIntro: (until) =>
    `Not booked with a courier yet. Unless reviewed by ${until}, it is canceled and its stock comes back.`,
  heldIntroBlocked: (until) =>
    `Not booked with a courier and no stock taken yet; the stock is taken when you choose "Not spam". Unless reviewed by ${until}, it is canceled.`,
  /** An order's page once its hold is over: a past-tense line, no decisions left. */
  pastTitle: 'Order Shield history',
  past: {
    shield_released: (by: string | null) => `Released from Order Shield by ${by ?? 'the system'}`,
    shield_spam: (by: string | null) => `Canceled as spam by ${by ?? 'the system'}`,
    shield_expired: (_by: string | null) => 'Canceled automatically: not reviewed while held by Order Shield',
  },
  release: 'Not spam',
  spam: 'Spam',
  ban: 'Block buyer',
  released: 'Order released and processed as usual.',
  spammed: 'Order canceled as spam.',
  banned: (n) => `${n} buyer details added to the block list.`,
  banReason: 'Reason',
  banConfirm: "This buyer's phone and device go on the store's block list.",
  banIncludeIp: "Also block the buyer's IP address",
  banIncludeIpWarning:
    'Careful: one IP is often shared (an office network, a mobile carrier). Orders from other buyers on that IP will be held too.',
  spamConfirm: 'Cancel this order as spam? Stock and vouchers come back.',
  conflict: 'This order was already decided. The page has been reloaded.',
  blocks: {
    intro: 'Orders from a phone, IP or device on this list are held as suspicious. The buyer is not told.',
    kind: { phone: 'Phone', ip: 'IP address', device: 'Device id' },
    kindLabel: 'Kind',
    allKinds: 'All kinds',
    value: 'Value',
    reason: 'Reason',
    addedBy: 'Added by',
    add: 'Add to list',
    added: 'Added to the block list.',
    remove: 'Remove',
    removeNamed: (value) => `Remove ${value} from the block list`,
    removeConfirm: (value) => `Remove ${value} from the block list?`,
    removed: 'Removed from the block list.',
    search: 'Search value or reason',
    none: 'The block list is empty.',
  },
  rules: {
    title: 'Order Shield',
    intro: 'Orders breaking these rules are saved but held in the Suspicious tab, without a courier booking.',
    enabled: 'Rules on',
    minNameLength: 'Minimum name length',
    minAddressLength: 'Minimum address length',
    maxOrdersPerPhonePerHour: 'Max orders per number per hour (0 = no limit)',
    maxOrdersPerIpPerHour: 'Max orders per IP per hour (0 = no limit)',
    holdInvalidWhatsapp: 'Hold numbers not on WhatsApp',
    blockedWords: 'Blocked words (name, address, note)',
    blockedWordsHint: 'Press Enter after each word',
  },
};
