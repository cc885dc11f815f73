package dev.jos.output;

import java.util.Arrays;
import java.util.List;

/**
 * CPython 3.11's {@code list.sort}: a stable natural merge sort (runs extended by binary
 * insertion, merged by the powersort policy, with galloping), asking only {@code a < b}.
 *
 * <p>Java's own sort orders consistent data the same way, but Python's {@code <} is not always
 * consistent: a FormattableColumn answers False to anything of another class, while the reverse
 * comparison raises. Which pairs get compared, in which direction, then decides both the order
 * and whether the sort fails, so this follows CPython's sequence of comparisons exactly.
 */
final class PythonListSort<T> {

    /** Python's {@code a < b}; may throw where Python raises. */
    interface LessThan<T> {
        boolean test(T a, T b);
    }

    private static final int MIN_GALLOP = 7;

    private final T[] items;
    private final LessThan<T> lessThan;
    private int minGallop = MIN_GALLOP;
    /** The stack of pending runs: start, length and powersort power of each. */
    private final int[] runStart = new int[64];
    private final int[] runLength = new int[64];
    private final int[] runPower = new int[64];
    private int runCount;

    private PythonListSort(T[] items, LessThan<T> lessThan) {
        this.items = items;
        this.lessThan = lessThan;
    }

    /** Sorts the list in place, as {@code list.sort(reverse=reverse)} with a key function. */
    static <T> void sort(List<T> list, LessThan<T> lessThan, boolean reverse) {
        @SuppressWarnings("unchecked")
        T[] items = (T[]) list.toArray();
        if (items.length < 2) {
            return;
        }
        if (reverse) {
            reverse(items, 0, items.length);
        }
        new PythonListSort<>(items, lessThan).run();
        if (reverse) {
            reverse(items, 0, items.length);
        }
        for (int i = 0; i < items.length; i++) {
            list.set(i, items[i]);
        }
    }

    private void run() {
        int total = items.length;
        int minRun = minimumRun(total);
        int start = 0;
        while (start < total) {
            int remaining = total - start;
            int length = naturalRun(start, total);
            if (length < minRun) {
                int forced = Math.min(remaining, minRun);
                binaryInsertionSort(start, start + forced, start + length);
                length = forced;
            }
            mergeForNewRun(length, total);
            runStart[runCount] = start;
            runLength[runCount] = length;
            runCount++;
            start += length;
        }
        while (runCount > 1) {
            int at = runCount - 2;
            if (at > 0 && runLength[at - 1] < runLength[at + 1]) {
                at--;
            }
            mergeAt(at);
        }
    }

    private boolean less(T a, T b) {
        return lessThan.test(a, b);
    }

    /** 32..64 so that the list splits into a power of two of runs, or the length below 64. */
    private static int minimumRun(int n) {
        int lostBits = 0;
        while (n >= 64) {
            lostBits |= n & 1;
            n >>= 1;
        }
        return n + lostBits;
    }

    /** Length of the run at start, made ascending (a strictly descending run is reversed). */
    private int naturalRun(int start, int end) {
        if (start + 1 == end) {
            return 1;
        }
        int next = start + 2;
        if (less(items[start + 1], items[start])) {
            while (next < end && less(items[next], items[next - 1])) {
                next++;
            }
            reverse(items, start, next);
        } else {
            while (next < end && !less(items[next], items[next - 1])) {
                next++;
            }
        }
        return next - start;
    }

    /** Sorts [from, to) given that [from, sorted) is already in order. */
    private void binaryInsertionSort(int from, int to, int sorted) {
        for (int i = sorted == from ? from + 1 : sorted; i < to; i++) {
            T pivot = items[i];
            int left = from;
            int right = i;
            do {
                int middle = left + ((right - left) >> 1);
                if (less(pivot, items[middle])) {
                    right = middle;
                } else {
                    left = middle + 1;
                }
            } while (left < right);
            System.arraycopy(items, left, items, left + 1, i - left);
            items[left] = pivot;
        }
    }

    /** Powersort: merge the stack while its runs lie deeper than the boundary to the new run. */
    private void mergeForNewRun(int newLength, int total) {
        if (runCount == 0) {
            return;
        }
        int top = runCount - 1;
        int power = power(runStart[top], runLength[top], newLength, total);
        while (runCount > 1 && runPower[runCount - 2] > power) {
            mergeAt(runCount - 2);
        }
        runPower[runCount - 1] = power;
    }

    /** The depth of the boundary between two adjacent runs in the ideal binary merge tree. */
    private static int power(long start, long length1, long length2, long total) {
        long a = 2 * start + length1;
        long b = a + length1 + length2;
        int result = 0;
        while (true) {
            result++;
            if (a >= total) {
                a -= total;
                b -= total;
            } else if (b >= total) {
                return result;
            }
            a <<= 1;
            b <<= 1;
        }
    }

    private void mergeAt(int at) {
        int startA = runStart[at];
        int lengthA = runLength[at];
        int startB = runStart[at + 1];
        int lengthB = runLength[at + 1];
        runLength[at] = lengthA + lengthB;
        if (at == runCount - 3) {
            runStart[at + 1] = runStart[at + 2];
            runLength[at + 1] = runLength[at + 2];
            runPower[at + 1] = runPower[at + 2];
        }
        runCount--;

        // the head of A already below B's first item, and the tail of B above A's last, stay put
        int skip = gallopRight(items[startB], items, startA, lengthA, 0);
        startA += skip;
        lengthA -= skip;
        if (lengthA == 0) {
            return;
        }
        lengthB = gallopLeft(items[startA + lengthA - 1], items, startB, lengthB, lengthB - 1);
        if (lengthB <= 0) {
            return;
        }
        if (lengthA <= lengthB) {
            mergeLow(startA, lengthA, startB, lengthB);
        } else {
            mergeHigh(startA, lengthA, startB, lengthB);
        }
    }

    /**
     * Where key goes in the sorted {@code a[base, base + n)}, before any equal items, searching
     * out from {@code base + hint} in steps of 1, 3, 7, ... then bisecting.
     */
    private int gallopLeft(T key, T[] a, int base, int n, int hint) {
        int last = 0;
        int offset = 1;
        if (less(a[base + hint], key)) {
            int maxOffset = n - hint;
            while (offset < maxOffset && less(a[base + hint + offset], key)) {
                last = offset;
                offset = (offset << 1) + 1;
            }
            offset = Math.min(offset, maxOffset);
            last += hint;
            offset += hint;
        } else {
            int maxOffset = hint + 1;
            while (offset < maxOffset && !less(a[base + hint - offset], key)) {
                last = offset;
                offset = (offset << 1) + 1;
            }
            offset = Math.min(offset, maxOffset);
            int previousLast = last;
            last = hint - offset;
            offset = hint - previousLast;
        }
        last++;
        while (last < offset) {
            int middle = last + ((offset - last) >> 1);
            if (less(a[base + middle], key)) {
                last = middle + 1;
            } else {
                offset = middle;
            }
        }
        return offset;
    }

    /** Like {@link #gallopLeft} but after any items equal to key. */
    private int gallopRight(T key, T[] a, int base, int n, int hint) {
        int last = 0;
        int offset = 1;
        if (less(key, a[base + hint])) {
            int maxOffset = hint + 1;
            while (offset < maxOffset && less(key, a[base + hint - offset])) {
                last = offset;
                offset = (offset << 1) + 1;
            }
            offset = Math.min(offset, maxOffset);
            int previousLast = last;
            last = hint - offset;
            offset = hint - previousLast;
        } else {
            int maxOffset = n - hint;
            while (offset < maxOffset && !less(key, a[base + hint + offset])) {
                last = offset;
                offset = (offset << 1) + 1;
            }
            offset = Math.min(offset, maxOffset);
            last += hint;
            offset += hint;
        }
        last++;
        while (last < offset) {
            int middle = last + ((offset - last) >> 1);
            if (less(key, a[base + middle])) {
                offset = middle;
            } else {
                last = middle + 1;
            }
        }
        return offset;
    }

    /** Merges runs A and B, A the shorter, front to back with A copied aside. */
    private void mergeLow(int startA, int lengthA, int startB, int lengthB) {
        T[] a = Arrays.copyOfRange(items, startA, startA + lengthA);
        int ia = 0;
        int ib = startB;
        int out = startA;
        int na = lengthA;
        int nb = lengthB;
        items[out++] = items[ib++];
        nb--;
        if (nb == 0) {
            System.arraycopy(a, ia, items, out, na);
            return;
        }
        if (na == 1) {
            System.arraycopy(items, ib, items, out, nb);
            items[out + nb] = a[ia];
            return;
        }
        int gallop = minGallop;
        while (true) {
            int winsA = 0;
            int winsB = 0;
            // one item at a time, until one run keeps winning
            while (true) {
                if (less(items[ib], a[ia])) {
                    items[out++] = items[ib++];
                    winsB++;
                    winsA = 0;
                    if (--nb == 0) {
                        System.arraycopy(a, ia, items, out, na);
                        return;
                    }
                    if (winsB >= gallop) {
                        break;
                    }
                } else {
                    items[out++] = a[ia++];
                    winsA++;
                    winsB = 0;
                    if (--na == 1) {
                        System.arraycopy(items, ib, items, out, nb);
                        items[out + nb] = a[ia];
                        return;
                    }
                    if (winsA >= gallop) {
                        break;
                    }
                }
            }
            // then in blocks found by galloping, for as long as the blocks stay long
            gallop++;
            do {
                gallop -= gallop > 1 ? 1 : 0;
                minGallop = gallop;
                winsA = gallopRight(items[ib], a, ia, na, 0);
                if (winsA > 0) {
                    System.arraycopy(a, ia, items, out, winsA);
                    out += winsA;
                    ia += winsA;
                    na -= winsA;
                    if (na == 1) {
                        System.arraycopy(items, ib, items, out, nb);
                        items[out + nb] = a[ia];
                        return;
                    }
                    if (na == 0) {
                        return;
                    }
                }
                items[out++] = items[ib++];
                if (--nb == 0) {
                    System.arraycopy(a, ia, items, out, na);
                    return;
                }
                winsB = gallopLeft(a[ia], items, ib, nb, 0);
                if (winsB > 0) {
                    System.arraycopy(items, ib, items, out, winsB);
                    out += winsB;
                    ib += winsB;
                    nb -= winsB;
                    if (nb == 0) {
                        System.arraycopy(a, ia, items, out, na);
                        return;
                    }
                }
                items[out++] = a[ia++];
                if (--na == 1) {
                    System.arraycopy(items, ib, items, out, nb);
                    items[out + nb] = a[ia];
                    return;
                }
            } while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP);
            gallop++;
            minGallop = gallop;
        }
    }

    /** Merges runs A and B, B the shorter, back to front with B copied aside. */
    private void mergeHigh(int startA, int lengthA, int startB, int lengthB) {
        T[] b = Arrays.copyOfRange(items, startB, startB + lengthB);
        int ia = startA + lengthA - 1;
        int ib = lengthB - 1;
        int out = startB + lengthB - 1;
        int na = lengthA;
        int nb = lengthB;
        items[out--] = items[ia--];
        na--;
        if (na == 0) {
            System.arraycopy(b, 0, items, out - (nb - 1), nb);
            return;
        }
        if (nb == 1) {
            copyRestOfA(ia, out, na, b[ib]);
            return;
        }
        int gallop = minGallop;
        while (true) {
            int winsA = 0;
            int winsB = 0;
            while (true) {
                if (less(b[ib], items[ia])) {
                    items[out--] = items[ia--];
                    winsA++;
                    winsB = 0;
                    if (--na == 0) {
                        System.arraycopy(b, 0, items, out - (nb - 1), nb);
                        return;
                    }
                    if (winsA >= gallop) {
                        break;
                    }
                } else {
                    items[out--] = b[ib--];
                    winsB++;
                    winsA = 0;
                    if (--nb == 1) {
                        copyRestOfA(ia, out, na, b[ib]);
                        return;
                    }
                    if (winsB >= gallop) {
                        break;
                    }
                }
            }
            gallop++;
            do {
                gallop -= gallop > 1 ? 1 : 0;
                minGallop = gallop;
                winsA = na - gallopRight(b[ib], items, startA, na, na - 1);
                if (winsA > 0) {
                    out -= winsA;
                    ia -= winsA;
                    System.arraycopy(items, ia + 1, items, out + 1, winsA);
                    na -= winsA;
                    if (na == 0) {
                        System.arraycopy(b, 0, items, out - (nb - 1), nb);
                        return;
                    }
                }
                items[out--] = b[ib--];
                if (--nb == 1) {
                    copyRestOfA(ia, out, na, b[ib]);
                    return;
                }
                winsB = nb - gallopLeft(items[ia], b, 0, nb, nb - 1);
                if (winsB > 0) {
                    out -= winsB;
                    ib -= winsB;
                    System.arraycopy(b, ib + 1, items, out + 1, winsB);
                    nb -= winsB;
                    if (nb == 1) {
                        copyRestOfA(ia, out, na, b[ib]);
                        return;
                    }
                    if (nb == 0) {
                        return;
                    }
                }
                items[out--] = items[ia--];
                if (--na == 0) {
                    System.arraycopy(b, 0, items, out - (nb - 1), nb);
                    return;
                }
            } while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP);
            gallop++;
            minGallop = gallop;
        }
    }

    /** The last item of B belongs before what is left of A: shift A up, then place it. */
    private void copyRestOfA(int ia, int out, int na, T firstOfB) {
        System.arraycopy(items, ia - na + 1, items, out - na + 1, na);
        items[out - na] = firstOfB;
    }

    private static void reverse(Object[] array, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            Object swap = array[i];
            array[i] = array[j];
            array[j] = swap;
        }
    }
}
