import { redirect } from '@tanstack/react-router';
import type { RouterContext } from '../../routes/root.tsx';

/** Signed-out pages send someone already signed in straight to the dashboard, as login does. */
export function onlySignedOut({ context }: { context: RouterContext }) {
  if (context.session.get().signedIn) throw redirect({ to: '/' });
}
