/** The primary navigation, in the order leadership, ICS leads and analysts reach for it. */
export const navigationItems = [
  { to: '/', label: 'National picture', end: true },
  { to: '/systems', label: 'Systems', end: false },
  { to: '/compare', label: 'Compare', end: false },
  { to: '/standards', label: 'Standards', end: false },
  { to: '/divides', label: 'Divides', end: false },
  { to: '/say-and-do', label: 'Say and do', end: false },
  { to: '/data', label: 'Data', end: false },
  { to: '/methodology', label: 'Methodology', end: false },
] as const;
