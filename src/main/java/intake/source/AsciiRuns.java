package intake.source;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Word-at-a-time tests over byte arrays for the detection scans, which see every byte of
 * a file: eight bytes are read as one {@code long} and tested together, so runs of plain
 * text cost one comparison per word instead of one per byte.
 */
final class AsciiRuns {

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private static final long ONES = 0x0101010101010101L;

	private static final long HIGH_BITS = 0x8080808080808080L;

	private AsciiRuns() {
	}

	/** Whether the eight bytes from {@code index} are all below 0x80. */
	static boolean ascii8(byte[] bytes, int index) {
		return (((long) LONGS.get(bytes, index)) & HIGH_BITS) == 0;
	}

	/**
	 * Whether none of the eight bytes from {@code index}, taken unsigned, is below
	 * {@code bound} (at most 128). Exact: a byte below the bound borrows from the next
	 * one only when a lower byte already answered the question.
	 */
	static boolean noneBelow8(byte[] bytes, int index, int bound) {
		long word = (long) LONGS.get(bytes, index);
		return ((word - ONES * bound) & ~word & HIGH_BITS) == 0;
	}

	/**
	 * The index of the first byte at or after {@code from} that is not ASCII, or
	 * {@code to}.
	 */
	static int skipAscii(byte[] bytes, int from, int to) {
		int i = from;
		while (i + 8 <= to && ascii8(bytes, i)) {
			i += 8;
		}
		while (i < to && bytes[i] >= 0) {
			i++;
		}
		return i;
	}

}
