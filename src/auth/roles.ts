/** Roles, weakest first: each may do everything the ones before it may. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when `has` is `needed` or stronger. */
export function roleAtLeast(has: Role, needed: Role): boolean {
  return ROLES.indexOf(has) >= ROLES.indexOf(needed);
}

/** The strongest role among `values`, ignoring what is not a role; undefined when none is. */
export function strongestRole(values: readonly unknown[]): Role | undefined {
  const roles = values.filter(isRole);
  if (roles.length === 0) return undefined;
  return roles.reduce((best, role) => (roleAtLeast(role, best) ? role : best));
}
