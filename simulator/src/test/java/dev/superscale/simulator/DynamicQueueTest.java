package dev.superscale.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DynamicQueueTest {

    private final List<double[]> starts = new ArrayList<>();
    private final DynamicQueue.Listener record = (tag, wait, service, start) -> starts.add(new double[] {tag, wait, start});

    @Test
    void servesFirstComeFirstServed() {
        DynamicQueue queue = new DynamicQueue(1, record);
        queue.arrive(0, 1, 0);
        queue.arrive(0, 1, 1);
        queue.arrive(0.5, 1, 2);
        queue.advanceTo(10);
        assertThat(starts).extracting(s -> s[0]).containsExactly(0.0, 1.0, 2.0);
        assertThat(starts).extracting(s -> s[1]).containsExactly(0.0, 1.0, 1.5);
        assertThat(queue.busyArea()).isEqualTo(3.0);
    }

    @Test
    void aServerAddedLaterStartsWaitingRequestsAtOnce() {
        DynamicQueue queue = new DynamicQueue(1, record);
        queue.arrive(0, 10, 0);
        queue.arrive(0, 10, 1);
        queue.setServers(2, 2);
        assertThat(starts.get(1)[2]).as("started when the second server came, not when the first freed up").isEqualTo(2.0);
    }

    @Test
    void fewerServersDrainInsteadOfCuttingRunningRequests() {
        DynamicQueue queue = new DynamicQueue(2, record);
        queue.arrive(0, 4, 0);
        queue.arrive(0, 4, 1);
        queue.arrive(0, 1, 2);
        queue.setServers(1, 1);
        queue.advanceTo(4);
        assertThat(queue.busy()).as("both running ones finished; the waiting one starts on the one server left").isEqualTo(1);
        assertThat(starts.get(2)[2]).isEqualTo(4.0);
        assertThat(queue.lostInFlight()).isZero();
    }

    @Test
    void aLostZoneTakesItsShareOfRunningRequests() {
        DynamicQueue queue = new DynamicQueue(3, record);
        for (int i = 0; i < 3; i++) {
            queue.arrive(0, 10, i);
        }
        queue.loseServers(1, 1);
        assertThat(queue.servers()).isEqualTo(2);
        assertThat(queue.busy()).isEqualTo(2);
        assertThat(queue.lostInFlight()).isEqualTo(1);
    }
}
