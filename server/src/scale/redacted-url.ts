/** A connection URL fit for a log line or an error message: any password replaced. */
export function redactedUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return '(an unparsable URL)';
  }
}
