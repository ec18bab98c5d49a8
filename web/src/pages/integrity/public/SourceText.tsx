import { Anchor } from '@mantine/core';
import { Fragment } from 'react';

const URL_PART = /^https?:\/\/\S+$/;

/** Shows a readable address: percent-escapes decoded, where they decode. */
function readable(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/**
 * Where a record comes from, as the register gives it: parts separated by "; ", the web
 * addresses among them as links (opened in a new tab).
 */
export function SourceText({ source }: { source: string }) {
  const parts = source.split(/;\s+/).filter(Boolean);
  return (
    <>
      {parts.map((part, k) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text
        <Fragment key={k}>
          {k > 0 && '; '}
          {URL_PART.test(part) ? (
            <Anchor href={part} target="_blank" rel="noopener noreferrer" size="sm">
              {readable(part)}
            </Anchor>
          ) : (
            part
          )}
        </Fragment>
      ))}
    </>
  );
}
