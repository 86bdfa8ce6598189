// Text inside a form that is not the author's prose about the patient: an @mention of a colleague
// ("@[Dr Ana Ruiz](user:abc)") names a user of Rounds, chosen from the typeahead. It is blanked to
// spaces of the same length before the guard runs, so offsets still point into the real text.
const MENTION_RE = /@\[[^\]\n]{0,200}\]\(user:[^)\s]{1,64}\)/g;

export function maskMentions(text: string): string {
  return text.replace(MENTION_RE, (mention) => " ".repeat(mention.length));
}
