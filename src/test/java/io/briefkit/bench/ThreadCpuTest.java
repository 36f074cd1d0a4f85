package io.briefkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
    void thisProcessesTimeAddsUpToItsTotal() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux's /proc");
        Map<String, Double> seconds = ThreadCpu.parse(ThreadCpu.ofThisProcess());
        double parts = seconds.get(ThreadCpu.COMPILERS) + seconds.get(ThreadCpu.COLLECTOR) + seconds.get(ThreadCpu.CHECKERS)
                + seconds.get(ThreadCpu.REST);
        assertEquals(seconds.get(ThreadCpu.TOTAL), parts, 0.3);
        assertTrue(seconds.get(ThreadCpu.TOTAL) > 0, "a JVM that has run tests has spent CPU time");
    }
}
