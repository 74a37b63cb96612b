import { expect, it } from 'vitest';
import { keepGlobalParams } from './global-params';

it.each([
  ['', ''],
  ['?example=E54000008', ''],
  ['?cw=transfers%3A20&example=x', '?cw=transfers%3A20'],
  ['?sw=bars:0&cw=identity:1&feed=x', '?cw=identity%3A1&sw=bars%3A0'],
])('keeps only the view-wide parameters of %j', (search, expected) => {
  expect(keepGlobalParams(search)).toBe(expected);
});
