import { describe, expect, it } from 'vitest';
import { odpsProduct, odpsUrlOf, semverOfContract } from './odps-product';
import type { ProductDescriptor, ProductStatus } from './product-schema';

const descriptor: ProductDescriptor = {
  id: 'north-vale',
  domain: ['S1', 'S2'],
  owner: { team: 'North Vale ICB digital team', contact: 'digital@example.org' },
  version: '1.2.0',
  status: 'active',
  sla: { frequency: 'quarterly', latencyDays: 14 },
  changes: [{ date: '2026-01-05', version: '1.2.0', summary: 'Added S2.' }],
  alignment: 'domain',
};
const contract = { id: 'interop-readiness-feed', version: '1.1.0' };

describe('odpsProduct', () => {
  it('gives the keys ODPS v1.0.0 requires, and names the contract on its output port', () => {
    expect(odpsProduct(descriptor, 'North Vale', contract)).toMatchObject({
      apiVersion: 'v1.0.0',
      kind: 'DataProduct',
      id: 'north-vale',
      name: 'North Vale',
      version: '1.2.0',
      status: 'active',
      domain: 'S1, S2',
      outputPorts: [{ name: 'feed', version: '1.1.0', contractId: 'interop-readiness-feed' }],
      team: { name: 'North Vale ICB digital team' },
      support: [{ url: 'mailto:digital@example.org', tool: 'email' }],
    });
  });

  it.each<[ProductStatus, string]>([
    ['draft', 'draft'],
    ['active', 'active'],
    ['deprecated', 'deprecated'],
    ['retired', 'retired'],
  ])('maps status %s to ODPS %s', (status, expected) => {
    expect(odpsProduct({ ...descriptor, status }, 'x', contract).status).toBe(expected);
  });

  it('keeps a web contact as a web address and says what the reference product covers', () => {
    const reference = {
      ...descriptor,
      domain: [],
      owner: { team: 'Platform', contact: 'https://example.org/help' },
    };
    const product = odpsProduct(reference, 'Reference', contract);
    expect(product.support).toEqual([
      { channel: 'web', tool: 'other', url: 'https://example.org/help', scope: 'issues' },
    ]);
    expect(product.domain).toBe('national reference data');
  });

  it('keeps the descriptor’s systems, SLA and changes as custom properties', () => {
    expect(odpsProduct(descriptor, 'x', contract).customProperties).toEqual([
      { property: 'systems', value: ['S1', 'S2'] },
      { property: 'sla', value: { frequency: 'quarterly', latencyDays: 14 } },
      { property: 'changes', value: descriptor.changes },
    ]);
  });
});

describe('semverOfContract', () => {
  it.each([
    ['1.1', '1.1.0'],
    ['2.0', '2.0.0'],
    ['1.1.0', '1.1.0'],
    ['v1', 'v1'],
  ])('%s -> %s', (input, expected) => {
    expect(semverOfContract(input)).toBe(expected);
  });
});

describe('odpsUrlOf (the ODPS file sits beside the product JSON)', () => {
  it.each<[string, string | undefined]>([
    ['products/somerset.json', 'products/somerset.odps.yaml'],
    ['reference.json', 'reference.odps.yaml'],
    ['https://example.org/mesh/x.json?v=2', 'https://example.org/mesh/x.odps.yaml?v=2'],
    ['https://example.org/mesh/x', undefined],
    ['products/x.json.bak', undefined],
  ])('%s -> %s', (url, expected) => {
    expect(odpsUrlOf(url)).toBe(expected);
  });
});
