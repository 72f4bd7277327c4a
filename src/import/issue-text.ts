import { issueMessage, type ImportIssue, type Lang } from './messages';

/** The wording of an issue; a code from a newer version of the app falls back to its stored message. */
export function issueText(issue: ImportIssue, lang: Lang): string {
  try {
    return issueMessage(issue, lang);
  } catch {
    return issue.message;
  }
}
