package dev.superscale.capacity;

import java.util.ArrayList;
import java.util.List;

/**
 * The work arriving at one pool: several request classes, each a Poisson stream with its own
 * lognormal service time. Its moments feed the queueing model; its classes feed the simulator.
 */
public record ServiceMix(List<Stream> streams) {

    /** One class of work, for example "cached chart requests". */
    public record Stream(String name, double ratePerSecond, Lognormal serviceSeconds) {
        public Stream {
            if (!(ratePerSecond >= 0)) {
                throw new IllegalArgumentException("rate must be >= 0 for " + name + ", got " + ratePerSecond);
            }
        }
    }

    public ServiceMix {
        streams = List.copyOf(streams);
    }

    public static ServiceMix of(Stream... streams) {
        List<Stream> nonEmpty = new ArrayList<>();
        for (Stream stream : streams) {
            if (stream.ratePerSecond() > 0) {
                nonEmpty.add(stream);
            }
        }
        return new ServiceMix(nonEmpty);
    }

    public static ServiceMix combine(ServiceMix... mixes) {
        List<Stream> all = new ArrayList<>();
        for (ServiceMix mix : mixes) {
            all.addAll(mix.streams);
        }
        return new ServiceMix(all);
    }

    public double ratePerSecond() {
        return streams.stream().mapToDouble(Stream::ratePerSecond).sum();
    }

    public double meanSeconds() {
        double rate = ratePerSecond();
        if (rate == 0) {
            return 0;
        }
        return streams.stream().mapToDouble(s -> s.ratePerSecond() * s.serviceSeconds().mean()).sum() / rate;
    }

    /** Offered load in Erlangs (Little's law: busy servers = arrival rate x mean service time). */
    public double offeredLoad() {
        return streams.stream().mapToDouble(s -> s.ratePerSecond() * s.serviceSeconds().mean()).sum();
    }

    /** Squared coefficient of variation of the mixed service time. */
    public double scv() {
        double rate = ratePerSecond();
        if (rate == 0) {
            return 1;
        }
        double mean = meanSeconds();
        double secondMoment = streams.stream()
                .mapToDouble(s -> s.ratePerSecond() * s.serviceSeconds().secondMoment()).sum() / rate;
        return secondMoment / (mean * mean) - 1;
    }

    /** The p-quantile of the mixed service time, found by bisection on the mixture CDF. */
    public double serviceQuantile(double p) {
        double rate = ratePerSecond();
        if (rate == 0) {
            return 0;
        }
        double lo = 0;
        double hi = streams.stream().mapToDouble(s -> s.serviceSeconds().quantile(0.999999)).max().orElse(1);
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            double cdf = 0;
            for (Stream s : streams) {
                cdf += s.ratePerSecond() / rate * s.serviceSeconds().cdf(mid);
            }
            if (cdf < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
