/** The part of a tier re-evaluation summary a response shows: who moved up, down, or stayed. */
export const evaluationCounts = ({ up, down, stay }: { up: number; down: number; stay: number }) => ({ up, down, stay })
