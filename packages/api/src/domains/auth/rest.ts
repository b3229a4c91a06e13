import { restRoutes } from '../../rest/route.ts';

export const authRest = restRoutes([
  { method: 'POST', path: '/auth/register', procedure: 'auth.register', summary: 'Register a seller and their store', tag: 'auth', auth: 'public', message: 'Registration successful', status: 201 },
  { method: 'POST', path: '/auth/login', procedure: 'auth.login', summary: 'Log in with email or phone', tag: 'auth', auth: 'public', message: 'Login successful' },
  { method: 'POST', path: '/auth/refresh', procedure: 'auth.refresh', summary: 'Rotate the refresh token for a new token pair', tag: 'auth', auth: 'public', message: 'Token refreshed' },
  { method: 'POST', path: '/auth/logout', procedure: 'auth.logout', summary: 'End the current session', tag: 'auth', auth: 'seller', message: 'Logged out', omitData: true },
  { method: 'POST', path: '/auth/forgot-password', procedure: 'auth.forgotPassword', summary: 'Send a one-time reset code over WhatsApp', tag: 'auth', auth: 'public', message: (d) => (d as { message: string }).message, omitData: true },
  { method: 'POST', path: '/auth/reset-password', procedure: 'auth.resetPassword', summary: 'Set a new password with a reset code', tag: 'auth', auth: 'public', message: (d) => (d as { message: string }).message, omitData: true },
]);
