/**
 * The risk of a signed deal failing, spread evenly over the years it is counted over: the chance it
 * holds over the next days given that it has held so far, and the risk left of it. Arithmetic alone,
 * so every engine agrees to the bit. A scenario whose story goes on after a signing uses these with
 * its own risk of the terms agreed.
 */

/** The risk (0–1) and the years it is counted over, and the days since the signing. */
export interface DealRisk {
  risk: number;
  years: number;
  daysSinceSigning: number;
}

// The chance it has failed by day t of the T counted is risk × t / T: after T days it has failed
// with exactly the risk given. Holding over the next days, given it held so far, is the ratio of the
// two survivals.
const survival = ({ risk, years }: DealRisk, t: number) => 1 - (risk * Math.min(t, 365 * years)) / (365 * years);

/** The chance the deal holds over the next `days`, given that it has held so far. */
export function dealHoldChance(deal: DealRisk, days: number): number {
  return survival(deal, deal.daysSinceSigning + days) / survival(deal, deal.daysSinceSigning);
}

/** The risk (0–1) that the deal fails in what is left of the years counted, given that it has held so far; 0 once they are over. */
export function remainingRisk(deal: DealRisk): number {
  const span = 365 * deal.years;
  // Past the years counted there is no risk left (and a certain failure would leave 0 / 0).
  if (deal.daysSinceSigning >= span) return 0;
  return (deal.risk * (span - deal.daysSinceSigning)) / span / survival(deal, deal.daysSinceSigning);
}
