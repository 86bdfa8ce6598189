// Every action name the audit trail records, in one typed list: a new kind of entry is added here
// (and so reviewed), never invented at a call site. Names only, never patient text.
export const AUDIT_ACTIONS = [
  "auth.sign_in", "auth.sign_out_everywhere", "auth.sso_create", "auth.sso_link",
  "user.educator_grant", "user.educator_revoke", "user.role_change",
  "case.create", "case.update", "case.view", "case.export", "case.reveal", "case.teaching_copy", "image.view",
  "comment.create", "comment.update", "comment.delete", "comment.remove",
  "differential.post", "support.add", "support.withdraw",
  "vote.cast", "poll.open", "poll.close", "poll.settings",
  "team.create", "team.invite", "team.invite_accept", "team.leave", "team.member_add", "team.member_remove", "team.role_change", "team.quorum",
  "conference.create", "conference.update", "conference.start", "conference.end", "conference.reveal", "conference.vote_open", "conference.vote_close",
  "agenda.add", "agenda.remove", "agenda.reorder", "agenda.intake", "agenda.consent",
  "mdt.attendance", "mdt.attendance_remove", "mdt.outcome", "mdt.sign_off", "mdt.amend",
  // Text saved although the de-identification guard flagged it, with the author's reason (issue 25).
  "identifiers.override_not_identifying", "identifiers.override_clinical_term", "identifiers.override_public_source", "identifiers.override_consent",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
