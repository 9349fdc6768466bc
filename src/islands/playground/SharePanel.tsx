/**
 * A link to this playground's code, version and step, and a button to copy it. The link
 * opens /playground in that state (see src/lib/playground/share.ts).
 */

import { useEffect, useRef, useState } from 'preact/hooks';

interface SharePanelProps {
  url: string;
  onClose(): void;
  uid: string;
}

export function SharePanel({ url, onClose, uid }: SharePanelProps) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.select();
  }, [url]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('done');
    } catch {
      // No clipboard permission (or an insecure context): the selected field is the fallback.
      field.current?.focus();
      field.current?.select();
      setCopied('failed');
    }
  }

  return (
    <div class="pg-share" role="group" aria-label="Share this playground">
      <label class="pg-share__label" for={`${uid}-share`}>
        Link to this code, Python version and step
      </label>
      <div class="pg-share__row">
        <input id={`${uid}-share`} ref={field} class="pg-share__field" type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" class="pg-button" onClick={copy}>
          Copy link
        </button>
        <a class="pg-button pg-button--quiet" href={url}>
          Open in the playground
        </a>
        <button type="button" class="pg-button pg-button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <p class="pg-share__status" role="status">
        {copied === 'done' ? 'Link copied.' : copied === 'failed' ? 'Copying is not allowed here: the link is selected, press Ctrl+C (⌘C) to copy it.' : ''}
      </p>
    </div>
  );
}
