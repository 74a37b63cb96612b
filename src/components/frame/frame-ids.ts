/** Element ids inside a chart frame, derived from its id so a chart can point at its summary. */
export const summaryIdOf = (frameId: string) => `${frameId}-summary`;
