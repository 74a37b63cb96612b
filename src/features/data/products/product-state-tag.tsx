import type { ProductState } from '../../../domain/mesh/product-outcome';
import { StatusTag } from '../../../components/ui/status-tag';
import type { TagTone } from '../../../components/ui/status-tag';

/** Each state has its own word and symbol, so colour is never the only cue. */
const TAGS: Record<ProductState | 'pending', { label: string; symbol: string; tone: TagTone }> = {
  ok: { label: 'Healthy', symbol: '✓', tone: 'green' },
  late: { label: 'Late', symbol: '◷', tone: 'yellow' },
  missed: { label: 'Missed a period', symbol: '✕', tone: 'orange' },
  'rejected-rows': { label: 'Rejected rows', symbol: '!', tone: 'yellow' },
  failed: { label: 'Failing its contract', symbol: '✕', tone: 'red' },
  unreachable: { label: 'Unreachable', symbol: '✕', tone: 'red' },
  incompatible: { label: 'Other contract version', symbol: '✕', tone: 'red' },
  pending: { label: 'Loading', symbol: '…', tone: 'grey' },
};

export function stateLabel(state: ProductState | 'pending'): string {
  return TAGS[state].label;
}

export function ProductStateTag({ state }: { state: ProductState | 'pending' }) {
  return <StatusTag {...TAGS[state]} />;
}
