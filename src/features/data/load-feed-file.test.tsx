import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LoadFeedFile } from './load-feed-file';

const latin1 = readFileSync('src/testing/fixtures/feeds/broken/encodings/latin1-byte.json');

function renderPicker() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <LoadFeedFile />
    </QueryClientProvider>,
  );
}

describe('Load a feed file', () => {
  it.each([
    [
      'not JSON',
      new File(['<html>'], 'page.json'),
      /The file was not loaded: The feed is not valid JSON/,
    ],
    [
      'not UTF-8',
      new File([new Uint8Array(latin1)], 'latin1.json'),
      /The file was not loaded: The feed is not valid UTF-8: byte 0xF4 at offset 780/,
    ],
  ])('announces a file that is %s, with the reason, as an alert', async (_label, file, reason) => {
    renderPicker();
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    await userEvent.upload(screen.getByLabelText('Load a feed file'), file);
    // The alert is there, empty, from the start; the reason arrives once the file has been read
    // (the parser loads when a file is chosen).
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(reason));
    expect(screen.getByLabelText('Load a feed file')).toHaveAccessibleDescription(reason);
  });
});
