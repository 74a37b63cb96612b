/**
 * A data product's descriptor in the Open Data Product Standard (ODPS v1.0.0), published beside
 * the product's JSON as <id>.odps.yaml. Its one output port is the product's file, and it names
 * the ODCS contract (public/schema/feed-v1.odcs.yaml) the file follows, by id and version.
 * Plain objects only: the app imports odpsUrlOf from here, so YAML stays out of its bundle
 * (scripts/sample-mesh/odps-files.ts writes the files).
 */
import type { ProductDescriptor, ProductStatus } from './product-schema';

/** ODPS lists proposed, draft, active, deprecated and retired; ours are the last four, as is. */
const ODPS_STATUS: Readonly<Record<ProductStatus, string>> = {
  draft: 'draft',
  active: 'active',
  deprecated: 'deprecated',
  retired: 'retired',
};

export interface OdpsContractRef {
  /** The ODCS contract's id. */
  id: string;
  /** The contract version the product's file declares, as ODCS versions it ("1.1.0"). */
  version: string;
}

/** "1.1" (a feed's schemaVersion) as a semantic version, "1.1.0", the form ODCS versions take. */
export const semverOfContract = (schemaVersion: string) =>
  /^\d+\.\d+$/.test(schemaVersion) ? `${schemaVersion}.0` : schemaVersion;

const supportOf = (contact: string) =>
  contact.includes('@') && !/^https?:/.test(contact)
    ? { channel: 'email', tool: 'email', url: `mailto:${contact}`, scope: 'issues' }
    : { channel: 'web', tool: 'other', url: contact, scope: 'issues' };

export function odpsProduct(
  descriptor: ProductDescriptor,
  name: string,
  contract: OdpsContractRef,
) {
  const owns = descriptor.domain.length > 0;
  return {
    apiVersion: 'v1.0.0',
    kind: 'DataProduct',
    id: descriptor.id,
    name,
    version: descriptor.version,
    status: ODPS_STATUS[descriptor.status],
    domain: owns ? descriptor.domain.join(', ') : 'national reference data',
    description: {
      purpose: owns
        ? `Adoption of national interoperability standards by ${descriptor.domain.join(', ')}, published by the system's own team.`
        : 'The reference data every domain product is read against: geography, categories, standards and periods.',
      usage: `Read through the data mesh catalogue; due ${descriptor.sla.latencyDays} days after each quarter ends.`,
    },
    outputPorts: [
      {
        name: 'feed',
        description: 'The product as one JSON file under the feed contract.',
        type: 'file',
        version: contract.version,
        contractId: contract.id,
      },
    ],
    support: [supportOf(descriptor.owner.contact)],
    team: { name: descriptor.owner.team, description: 'Owns and publishes this data product.' },
    customProperties: [
      { property: 'systems', value: [...descriptor.domain] },
      { property: 'sla', value: { ...descriptor.sla } },
      { property: 'changes', value: descriptor.changes.map((change) => ({ ...change })) },
    ],
  };
}

/** Where a product publishes its ODPS file: beside its JSON ("x.json" -> "x.odps.yaml"). */
export function odpsUrlOf(productUrl: string): string | undefined {
  const match = /^(.*)\.json((?:[?#].*)?)$/.exec(productUrl);
  return match ? `${match[1]}.odps.yaml${match[2]}` : undefined;
}
