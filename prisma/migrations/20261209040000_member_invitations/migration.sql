-- A store adding an existing account invites it: the person accepts or declines (profile.invitations)
ALTER TYPE "MemberStatus" ADD VALUE 'invited';
