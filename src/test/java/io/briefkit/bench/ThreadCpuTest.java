package io.briefkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void theJvmsThreadsAreToldApartByTheNamesTheKernelKnowsThemBy() {
        assertEquals(ThreadCpu.COMPILERS, ThreadCpu.kind("C2 CompilerThre"));
        assertEquals(ThreadCpu.COMPILERS, ThreadCpu.kind("C1 CompilerThre"));
        assertEquals(ThreadCpu.COLLECTOR, ThreadCpu.kind("GC Thread#1"));
        assertEquals(ThreadCpu.COLLECTOR, ThreadCpu.kind("G1 Conc#0"));
        assertEquals(ThreadCpu.CHECKERS, ThreadCpu.kind("html-checker"));
        assertNull(ThreadCpu.kind("java"));
        assertNull(ThreadCpu.kind("ForkJoinPool.co"));
    }

    @Test
    void aThreadsTimeIsUserAndSystemTicksReadAfterItsNameWhateverTheNameHolds() {
        String stat = "4242 (C2 CompilerThre) S 1 4242 4242 0 -1 1077936192 10 0 0 0 3050 12 0 0 20 0 30 0 100 0 0";
        assertEquals(3062, ThreadCpu.ticks(stat));
        String odd = "7 (a) b (c) R 1 7 7 0 -1 0 0 0 0 0 5 6 0 0 20 0 1 0 100 0 0";
        assertEquals(11, ThreadCpu.ticks(odd));
    }

    @Test
    void theLineWrittenAtTheEndIsReadBackAsSecondsByKind() {
        Map<String, Double> seconds = ThreadCpu.parse("JIT compilers=30.5,garbage collector=12.1,HTML checkers=20.8,"
                + "the build's other threads=39.0,total=102.4");
        assertEquals(30.5, seconds.get(ThreadCpu.COMPILERS));
        assertEquals(102.4, seconds.get(ThreadCpu.TOTAL));
        assertTrue(ThreadCpu.parse("").isEmpty());
    }

    @Test
    void aLiveCheckersTimeIsCountedAsTheCheckersNotAsTheBuilds() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux's /proc");
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch read = new CountDownLatch(1);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Thread checker = new Thread(() -> {
            // Spends a quarter of a second of CPU time, by its own clock, then waits to be read.
            while (threads.getCurrentThreadCpuTime() < 250_000_000L) {
                Thread.onSpinWait();
            }
            busy.countDown();
            try {
                read.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "html-checker");
        checker.start();
        try {
            busy.await();
            Map<String, Double> seconds = ThreadCpu.parse(ThreadCpu.ofThisProcess());
            // Only threads alive at the reading are counted by kind, and other tests' checkers may end
            // at any time; this one is alive, so its quarter second is in the checkers' sum whatever they do.
            assertTrue(seconds.get(ThreadCpu.CHECKERS) >= 0.2, "the checker's quarter second: " + seconds);
            assertTrue(seconds.get(ThreadCpu.REST) >= 0, "the rest is what the others leave: " + seconds);
        } finally {
            read.countDown();
            checker.join();
        }
    }
}
