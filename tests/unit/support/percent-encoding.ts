/** The text percent-encoded `layers` times over, as a link passed through that many systems. */
export const percentEncodedTimes = (text: string, layers: number): string => (layers === 0 ? text : percentEncodedTimes(encodeURIComponent(text), layers - 1));
