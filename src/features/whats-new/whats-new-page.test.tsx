import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { WhatsNewPage } from './whats-new-page';

describe('WhatsNewPage', () => {
  it('links an entry to the page it is about', () => {
    render(
      <MemoryRouter initialEntries={['/whats-new']}>
        <WhatsNewPage />
      </MemoryRouter>,
    );
    const entry = screen.getByRole('article', {
      name: 'Access our data: every file, with examples',
    });
    expect(within(entry).getByRole('link', { name: 'Go to Access our data' })).toHaveAttribute(
      'href',
      '/access-our-data',
    );
  });

  it('gives no page link to an entry without one', () => {
    render(
      <MemoryRouter initialEntries={['/whats-new']}>
        <WhatsNewPage />
      </MemoryRouter>,
    );
    const entry = screen.getByRole('article', {
      name: 'Works offline with the last data that loaded',
    });
    expect(within(entry).queryAllByRole('link')).toEqual([]);
  });
});
