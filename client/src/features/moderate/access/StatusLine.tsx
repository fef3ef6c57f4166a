/**
 * A result line that screen readers announce. The region is always in the page, empty until
 * there is news, because a live region that appears together with its text is often not read.
 */
export function StatusLine({ text, tone }: { text: string | null; tone?: 'done' | 'problem' }) {
  return (
    <p role="status" className={tone === 'problem' ? 'field-error' : 'hint'}>
      {text ?? ''}
    </p>
  );
}
