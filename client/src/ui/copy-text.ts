/**
 * Copies text. The Clipboard API needs a secure context, which a venue's LAN address over plain
 * http is not; then the selected input and the older copy command have to do.
 */
export async function copyText(text: string, input: HTMLInputElement | null): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission refused: fall through to the older way.
    }
  }
  if (input === null) return false;
  input.focus();
  input.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
