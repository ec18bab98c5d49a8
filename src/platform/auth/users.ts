import { and, asc, count, desc, eq, ilike, ne, or, type SQL } from 'drizzle-orm';
import { type Actor, recordAudit } from '../audit/service.ts';
import type { Db } from '../db/client.ts';
import { fetchPage } from '../db/paging.ts';
import { AppError, guarded, notFound } from '../http/errors.ts';
import { containsPattern, parseSort } from '../http/pagination.ts';
import type { PasswordChangedHook } from '../module.ts';
import { agencies } from '../reference/schema.ts';
import { accountColumns } from './account-columns.ts';
import { hashPassword, isAcceptablePassword, verifyPassword } from './password.ts';
import type { Role } from './roles.ts';
import { sessions, users } from './schema.ts';
import { endAllSessions } from './sessions.ts';

const adminAccountColumns = {
  ...accountColumns,
  active: users.active,
  lockedUntil: users.lockedUntil,
  synthetic: users.synthetic,
  createdAt: users.createdAt,
};

type AccountRow = {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  agencyId: string | null;
  agencyName: { ky: string; ru: string; en: string } | null;
  active: boolean;
  lockedUntil: Date | null;
  synthetic: boolean;
  createdAt: Date;
};

export function toAccount(row: AccountRow) {
  return {
    ...row,
    roles: row.roles as Role[],
    lockedUntil:
      row.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function getAccount(db: Db, id: string) {
  const [row] = await db
    .select(adminAccountColumns)
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.id, id));
  if (!row) throw notFound({ user: id });
  return toAccount(row);
}

const sortColumns = {
  username: users.username,
  displayName: users.displayName,
  createdAt: users.createdAt,
};

export async function listAccounts(
  db: Db,
  opts: { q?: string | undefined; page: number; pageSize: number; sort?: string | undefined },
) {
  const filters: SQL[] = [];
  if (opts.q) {
    const like = containsPattern(opts.q);
    filters.push(or(ilike(users.username, like), ilike(users.displayName, like))!);
  }
  const where = filters.length ? and(...filters) : undefined;
  const { field, descending } = parseSort(opts.sort, 'username' as keyof typeof sortColumns);
  const column = sortColumns[field];
  return fetchPage(
    opts,
    (limit, offset) =>
      db
        .select(adminAccountColumns)
        .from(users)
        .leftJoin(agencies, eq(agencies.id, users.agencyId))
        .where(where)
        .orderBy(descending ? desc(column) : asc(column), asc(users.id))
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(users).where(where),
    toAccount,
  );
}

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  agencyId: string | null;
  synthetic?: boolean;
}

export async function createAccount(db: Db, actor: Actor, input: NewAccount) {
  const username = input.username.trim().toLowerCase();
  if (!isAcceptablePassword(input.password, username)) throw new AppError(400, 'password_too_weak');
  const passwordHash = hashPassword(input.password);
  const id = await guarded(() =>
    db.transaction(async (tx) => {
      const [created] = await tx
        .insert(users)
        .values({
          username,
          displayName: input.displayName.trim(),
          passwordHash,
          roles: [...new Set(input.roles)],
          agencyId: input.agencyId,
          synthetic: input.synthetic ?? false,
        })
        .returning({ id: users.id });
      await recordAudit(tx, actor, {
        action: 'user.created',
        entityType: 'user',
        entityId: created!.id,
        details: { after: { username, roles: input.roles, agencyId: input.agencyId } },
      });
      return created!.id;
    }),
  );
  return getAccount(db, id);
}

export interface AccountChange {
  displayName?: string | undefined;
  roles?: Role[] | undefined;
  agencyId?: string | null | undefined;
  active?: boolean | undefined;
  password?: string | undefined;
}

export async function updateAccount(db: Db, actor: Actor, id: string, change: AccountChange) {
  const before = await getAccount(db, id);
  if (change.password !== undefined && !isAcceptablePassword(change.password, before.username)) {
    throw new AppError(400, 'password_too_weak');
  }
  if (
    actor.id === id &&
    (change.active === false || (change.roles && !change.roles.includes('admin')))
  ) {
    // An admin removing their own access could leave the platform with no administrator.
    throw new AppError(400, 'validation_failed', { reason: 'cannot_remove_own_admin_access' });
  }
  const passwordHash = change.password !== undefined ? hashPassword(change.password) : undefined;
  await guarded(() =>
    db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({
          displayName: change.displayName?.trim(),
          roles: change.roles ? [...new Set(change.roles)] : undefined,
          agencyId: change.agencyId,
          active: change.active,
          passwordHash,
          // A reset by the admin also lifts a lockout.
          ...(passwordHash ? { failedLogins: 0, lockedUntil: null } : {}),
          updatedAt: new Date(),
        })
        .where(eq(users.id, id));
      const after = {
        displayName: change.displayName,
        roles: change.roles,
        agencyId: change.agencyId,
        active: change.active,
        passwordReset: passwordHash ? true : undefined,
      };
      const rolesChanged = change.roles !== undefined || change.agencyId !== undefined;
      await recordAudit(tx, actor, {
        action: rolesChanged ? 'user.permissions_changed' : 'user.updated',
        entityType: 'user',
        entityId: id,
        details: {
          before: {
            displayName: before.displayName,
            roles: before.roles,
            agencyId: before.agencyId,
            active: before.active,
          },
          after,
        },
      });
      if (change.active === false || passwordHash) await endAllSessions(tx, id);
    }),
  );
  return getAccount(db, id);
}

export async function changeOwnPassword(
  db: Db,
  actor: Actor & { id: string },
  input: {
    currentPassword: string;
    newPassword: string;
    keepSessionId: string;
    hooks?: readonly PasswordChangedHook[];
  },
) {
  const [user] = await db.select().from(users).where(eq(users.id, actor.id));
  if (!user) throw notFound();
  if (!verifyPassword(user.passwordHash, input.currentPassword)) {
    throw new AppError(401, 'invalid_credentials');
  }
  if (!isAcceptablePassword(input.newPassword, user.username))
    throw new AppError(400, 'password_too_weak');
  const passwordHash = hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, updatedAt: new Date() })
      .where(eq(users.id, actor.id));
    // Other sessions end: a changed password must lock out whoever else held it.
    await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, actor.id), ne(sessions.id, input.keepSessionId)));
    for (const hook of input.hooks ?? []) {
      await hook(tx, actor.id, {
        oldPassword: input.currentPassword,
        newPassword: input.newPassword,
      });
    }
    await recordAudit(tx, actor, {
      action: 'account.password_changed',
      entityType: 'user',
      entityId: actor.id,
    });
  });
}
