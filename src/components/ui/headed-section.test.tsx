import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HeadedSection } from './headed-section';

describe('HeadedSection', () => {
  it.each([
    [undefined, 'nhsuk-heading-m'],
    ['s' as const, 'nhsuk-heading-s'],
    ['l' as const, 'nhsuk-heading-l'],
  ])('with size %s is a region named by an h2 of class %s', (size, headingClass) => {
    render(
      <HeadedSection id="borders" title="Borders" size={size} className="app-x">
        <p>Inside</p>
      </HeadedSection>,
    );
    const region = screen.getByRole('region', { name: 'Borders' });
    expect(region).toHaveClass('app-x');
    expect(region).toHaveTextContent('Inside');
    const heading = screen.getByRole('heading', { level: 2, name: 'Borders' });
    expect(heading).toHaveAttribute('id', 'borders');
    expect(heading).toHaveClass(headingClass);
  });
});
