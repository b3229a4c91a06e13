-- Before invitations (20261209040000_member_invitations) a store adding staff by an email or phone
-- that already had an account made that account an active member at once, without its consent.
-- Those memberships become invitations, so the person must accept (profile.acceptInvitation) to
-- keep access. The data tells them apart:
--   invitedById set: made by the staff form (a store's owner membership has none)
--   made before the invitations migration finished: by the old code (later ones were invited or
--     made with a new account, and an active one among them was accepted)
--   made over a minute after the account: the account existed already. The form's other path
--     creates the account and the membership in one transaction (at most seconds apart)
-- Only active ones: an inactive one was switched off by the store, and as an invitation the person
-- could switch it back on by accepting. No row of the history table (a reset history): no change.
UPDATE "StoreMember" AS m
SET "status" = 'invited', "updatedAt" = (CURRENT_TIMESTAMP AT TIME ZONE 'UTC')
FROM "User" AS u
WHERE u."id" = m."userId"
  AND m."status" = 'active'
  AND m."invitedById" IS NOT NULL
  AND m."role" <> 'owner'
  AND m."createdAt" > u."createdAt" + INTERVAL '1 minute'
  AND (m."createdAt" AT TIME ZONE 'UTC') < (
    SELECT min(h."finished_at") FROM "_prisma_migrations" AS h
    WHERE h."migration_name" = '20261209040000_member_invitations' AND h."rolled_back_at" IS NULL
  );
