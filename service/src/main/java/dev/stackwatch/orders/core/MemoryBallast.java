package dev.stackwatch.orders.core;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import sun.misc.Unsafe;

/**
 * Native memory held on purpose, for the memory drill: it drives the process past its container's
 * memory limit so the kernel's OOM killer ends it. The memory is outside the JVM's own limits on
 * purpose: heap arrays (-Xmx, MaxRAMPercentage) or direct buffers (MaxDirectMemorySize) would end
 * in a Java OutOfMemoryError before the container limit, never in the OOM kill being drilled.
 * Every page is written, so the memory counts in the process's RSS and the container's cgroup.
 * {@link #release()} frees it to malloc, which may keep the pages for reuse instead of returning
 * them to the kernel.
 */
public class MemoryBallast {
    public static final long CHUNK_BYTES = 1024 * 1024;
    private static final Unsafe UNSAFE = unsafe();

    private final long limitBytes;
    private final List<Long> chunks = new ArrayList<>();

    /** limitBytes: the most this ballast ever holds (0 when the drill is off). */
    public MemoryBallast(long limitBytes) {
        if (limitBytes < 0) {
            throw new IllegalArgumentException("memory ballast limit must not be negative, got " + limitBytes);
        }
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }

    public synchronized long allocatedBytes() {
        return chunks.size() * CHUNK_BYTES;
    }

    /** Allocates and writes {@code count} more chunks; refuses to go past the limit. */
    public synchronized void allocateChunks(long count) {
        if (count < 0 || allocatedBytes() + count * CHUNK_BYTES > limitBytes) {
            throw new IllegalArgumentException("allocating " + count + " MiB more would pass the ballast limit of "
                    + limitBytes / CHUNK_BYTES + " MiB (" + allocatedBytes() / CHUNK_BYTES + " MiB held)");
        }
        for (long i = 0; i < count; i++) {
            final long address = UNSAFE.allocateMemory(CHUNK_BYTES);
            UNSAFE.setMemory(address, CHUNK_BYTES, (byte) 1);
            chunks.add(address);
        }
    }

    public synchronized void release() {
        chunks.forEach(UNSAFE::freeMemory);
        chunks.clear();
    }

    @Override
    public synchronized String toString() {
        return "ballastMiB=" + allocatedBytes() / CHUNK_BYTES + " of " + limitBytes / CHUNK_BYTES;
    }

    private static Unsafe unsafe() {
        try {
            final Field field = Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            return (Unsafe) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("sun.misc.Unsafe is not available for the memory ballast", e);
        }
    }
}
