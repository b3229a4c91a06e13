import type { Context } from '../../context.ts';
import { conflict, invalidField } from '../../lib/errors.ts';
import { verifyPassword } from '../../lib/passwords.ts';

/** Email and phone each identify one seller: a clash is a 409 naming the field. */
export async function assertIdentityFree(
  db: Context['db'],
  identity: { email?: string; phone?: string },
  exceptUserId?: string,
): Promise<void> {
  const or = [
    ...(identity.email ? [{ email: identity.email }] : []),
    ...(identity.phone ? [{ phone: identity.phone }] : []),
  ];
  if (or.length === 0) return;
  const clash = await db.user.findFirst({
    where: { OR: or, ...(exceptUserId ? { id: { not: exceptUserId } } : {}) },
    select: { email: true },
  });
  if (!clash) return;
  throw clash.email === identity.email
    ? conflict('This email is already registered', 'email')
    : conflict('This phone number is already registered', 'phone');
}

/** Re-checks the password before a sensitive change; a wrong one is a field error, not a 401. */
export async function assertPassword(passwordHash: string, password: string, field: string): Promise<void> {
  if (!(await verifyPassword(passwordHash, password))) {
    throw invalidField(
      field,
      field === 'password' ? 'Password is incorrect' : 'Current password is incorrect',
    );
  }
}
