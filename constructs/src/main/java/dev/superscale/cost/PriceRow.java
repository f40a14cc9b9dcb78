package dev.superscale.cost;

/**
 * One price from a public price page, with where and when it was read.
 *
 * @param id              unique in its table: line items name the rows they used
 * @param target          the target it prices ("aws", "gcp", or a user's own)
 * @param region          the region the price holds in
 * @param service         what it pays for
 * @param unit            what {@code usd} is per
 * @param usd             the price in US dollars
 * @param spot            spot (reclaimable) capacity rather than on-demand
 * @param offering        the provider's name for it ("m7i.xlarge", "Fargate Linux/x86")
 * @param vcpu            vCPUs of an instance row, else 0
 * @param memoryGiB       memory of an instance row, or the top of a capacity tier, else 0
 * @param usableMemoryGiB for Redis nodes: the memory left to data after the provider's reserve, else 0
 * @param minMemoryGiB    for capacity tiers: the smallest capacity billed at this rate, else 0
 * @param nodesPerUnit    how many nodes one priced unit covers (2 for a tier whose rate includes the replica), at least 1
 * @param unitGiBPerHour  for load balancer capacity units: GiB processed per unit-hour, else 0
 * @param perZone         for NAT: one gateway per zone rather than one per deployment
 * @param source          the page the price was read from
 * @param read            the date it was read, YYYY-MM-DD
 * @param estimate        true when the figure was not read off the page as quoted (derived, typical or remembered)
 * @param note            what exactly the row covers
 */
public record PriceRow(
        String id,
        String target,
        String region,
        PricedService service,
        PriceUnit unit,
        double usd,
        boolean spot,
        String offering,
        double vcpu,
        double memoryGiB,
        double usableMemoryGiB,
        double minMemoryGiB,
        int nodesPerUnit,
        double unitGiBPerHour,
        boolean perZone,
        String source,
        String read,
        boolean estimate,
        String note) {

    /** Memory available to Redis data: the usable figure where given, else the whole. */
    public double dataMemoryGiB() {
        return usableMemoryGiB > 0 ? usableMemoryGiB : memoryGiB;
    }
}
