/**
 * The mesh's governance rule: a domain product may publish rows only for the systems it owns, and
 * a system has one owner. The catalogue grants ownership in its own order, so the first product to
 * claim a system keeps it and a later claim is refused, whatever order the products arrive in.
 */
import type { Catalogue } from './product-schema';

export interface ClaimConflict {
  system: string;
  /** The product whose claim was refused. */
  product: string;
  /** The product earlier in the catalogue that owns the system. */
  owner: string;
}

export interface Grants {
  /** System code -> the product that owns it. */
  owners: ReadonlyMap<string, string>;
  conflicts: ClaimConflict[];
}

/** Who owns which system, first in the catalogue wins. The reference product owns none. */
export function grantOwnership(catalogue: Pick<Catalogue, 'products'>): Grants {
  const owners = new Map<string, string>();
  const conflicts: ClaimConflict[] = [];
  for (const entry of catalogue.products) {
    for (const system of entry.domain) {
      const owner = owners.get(system);
      if (owner === undefined) owners.set(system, entry.id);
      else if (owner !== entry.id) conflicts.push({ system, product: entry.id, owner });
    }
  }
  return { owners, conflicts };
}

/** Why a row for `system` may not come from `product`, or null when the product owns it. */
export function ownershipProblem(
  system: string,
  product: string,
  declared: ReadonlySet<string>,
  grants: Grants,
): string | null {
  const owner = grants.owners.get(system);
  if (owner === product && declared.has(system)) return null;
  if (owner !== undefined && owner !== product) {
    return `System ${JSON.stringify(system)} belongs to data product "${owner}", which comes first in the catalogue; a product may publish rows only for the systems it owns`;
  }
  if (!declared.has(system)) {
    return `System ${JSON.stringify(system)} is not in this product's domain; a product may publish rows only for the systems it owns`;
  }
  return `System ${JSON.stringify(system)} is in this product's domain, but the catalogue does not grant it; ask the platform team to add it to the catalogue entry`;
}
