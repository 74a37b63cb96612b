import { downloadBlob } from './download';
import { WHITE } from '../domain/charts/chart-theme';

/** Parts of a chart frame that are controls, not content (tabs, buttons): left out of images. */
export const EXPORT_EXCLUDE_ATTRIBUTE = 'data-export-exclude';

const options = {
  backgroundColor: WHITE,
  // Skip the frame's own controls; everything else (title, key, chart, source line) is drawn.
  filter: (node: HTMLElement) =>
    !(node instanceof Element && node.hasAttribute(EXPORT_EXCLUDE_ATTRIBUTE)),
};

/**
 * A PNG of `node` at twice its CSS size, so it stays sharp on slides and high-density screens.
 * html-to-image copies the computed styles into the clone, so the picture matches the screen.
 */
export async function downloadPng(node: HTMLElement, fileName: string): Promise<void> {
  // Loaded on the first download, not with every page that has a chart (issue 15).
  const { toBlob } = await import('html-to-image');
  const blob = await toBlob(node, { ...options, pixelRatio: 2 });
  if (!blob) throw new Error('The browser could not draw the image.');
  downloadBlob(`${fileName}.png`, blob);
}

/**
 * A self-contained SVG of `node`: styles are inlined (and web fonts embedded) by html-to-image,
 * so the file looks the same opened anywhere, with no link back to this site.
 */
export async function downloadSvg(node: HTMLElement, fileName: string): Promise<void> {
  const { toSvg } = await import('html-to-image');
  const dataUrl = await toSvg(node, options);
  const svg = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
  downloadBlob(`${fileName}.svg`, new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
}
