import type { authId } from './auth.id.ts';

export const authEn: typeof authId = {
  toRegister: 'No account yet? Register a new store',
  toForgot: 'Forgot password?',
  toLogin: 'Already have an account? Log in',
  register: {
    title: 'Register a new store',
    subtitle: 'Free. Your account and store are ready to use at once.',
    name: 'Your name',
    email: 'Email',
    phone: 'Mobile number (WhatsApp)',
    phonePlaceholder: '0812…',
    phoneHint: 'Password reset codes are sent to this WhatsApp number.',
    password: 'Password',
    passwordHint: 'At least 8 characters.',
    storeName: 'Store name',
    storeNameHint: 'Optional; you can change it later.',
    submit: 'Register',
    tooMany: 'Too many registrations from this network. Wait a moment, then try again.',
  },
  forgot: {
    title: 'Forgot password',
    subtitle: "Enter your account's email or mobile number. We send a reset code to its WhatsApp.",
    submit: 'Send code',
    tooMany: 'A code was requested too often. Wait a moment, then try again.',
    unavailable: 'WhatsApp cannot send messages right now. Try again in a few minutes.',
  },
  reset: {
    title: 'Choose a new password',
    sent: 'If that account exists, a reset code was sent to its WhatsApp. The code is valid for 30 minutes.',
    token: 'Code from WhatsApp',
    password: 'New password',
    submit: 'Save password',
    invalid: 'The code is wrong or has expired. Ask for a new one.',
    again: 'Ask for a new code',
    done: 'Your password was changed. Log in with the new password.',
  },
  validation: {
    'This email is already registered': 'This email is already registered. Log in, or use "Forgot password".',
    'This phone number is already registered':
      'This mobile number is already registered. Log in, or use "Forgot password".',
    'Invalid reset token': 'The code is incomplete. Copy the whole code from WhatsApp.',
  },
};
