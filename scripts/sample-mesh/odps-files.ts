/**
 * The sample mesh's ODPS descriptors: one beside each published product's JSON (the reference
 * product's beside reference.json), each naming the ODCS contract its file declares. A product
 * whose URL is planted missing publishes neither file.
 */
import { ODCS_CONTRACT_ID } from '../../src/domain/feed/odcs-contract';
import {
  odpsProduct,
  odpsUrlOf,
  renderOdpsProduct,
  semverOfContract,
} from '../../src/domain/mesh/odps-product';
import type { ProductDescriptor } from '../../src/domain/mesh/product-schema';
import type { SampleMesh } from './split-feed';

interface ProductFile {
  metadata: { title: string; schemaVersion: string };
  product: ProductDescriptor;
}

function render(file: Record<string, unknown>): string {
  const { metadata, product } = file as unknown as ProductFile;
  const contract = { id: ODCS_CONTRACT_ID, version: semverOfContract(metadata.schemaVersion) };
  return renderOdpsProduct(odpsProduct(product, metadata.title, contract));
}

/** Path under the mesh folder -> the file's text, in catalogue order. */
export function odpsFiles(mesh: SampleMesh): Map<string, string> {
  const files = new Map<string, string>();
  files.set(odpsUrlOf(mesh.catalogue.reference.url) ?? '', render(mesh.reference));
  for (const [name, product] of mesh.products)
    files.set(odpsUrlOf(`products/${name}`) ?? '', render(product));
  return files;
}
