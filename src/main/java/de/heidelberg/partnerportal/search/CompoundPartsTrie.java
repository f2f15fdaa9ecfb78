package de.heidelberg.partnerportal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The words of a {@link CharArraySet} (case-sensitive, as the compound filter's dictionary is loaded)
 * as a trie: from a node, {@link #next} follows one character. Nodes are ints; each node's children
 * are a short sorted array of characters, searched linearly (a word list of a few hundred parts has a
 * few children per node).
 */
final class CompoundPartsTrie {

    static final int ROOT = 0;
    /** Latin letters with their accents and umlauts, and everything before them. */
    private static final int FIRST_CHARS = 0x250;

    private final char[][] labels;
    private final int[][] children;
    private final boolean[] parts;
    private final int[] firstChars = new int[FIRST_CHARS];

    CompoundPartsTrie(CharArraySet words) {
        List<char[]> labelList = new ArrayList<>();
        List<int[]> childList = new ArrayList<>();
        List<Boolean> partList = new ArrayList<>();
        labelList.add(new char[0]);
        childList.add(new int[0]);
        partList.add(false);
        for (Object word : words) {
            char[] chars = (char[]) word;
            int node = ROOT;
            for (char c : chars) {
                char[] nodeLabels = labelList.get(node);
                int index = Arrays.binarySearch(nodeLabels, c);
                if (index >= 0) {
                    node = childList.get(node)[index];
                    continue;
                }
                int insert = -index - 1;
                int child = labelList.size();
                labelList.add(new char[0]);
                childList.add(new int[0]);
                partList.add(false);
                labelList.set(node, insertChar(nodeLabels, insert, c));
                childList.set(node, insertInt(childList.get(node), insert, child));
                node = child;
            }
            partList.set(node, true);
        }
        labels = labelList.toArray(char[][]::new);
        children = childList.toArray(int[][]::new);
        parts = new boolean[partList.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = partList.get(i);
        }
        Arrays.fill(firstChars, -1);
        for (int i = 0; i < labels[ROOT].length; i++) {
            if (labels[ROOT][i] < FIRST_CHARS) {
                firstChars[labels[ROOT][i]] = children[ROOT][i];
            }
        }
    }

    /** The node reached from {@code node} by {@code c}, or -1 when no word continues that way. */
    int next(int node, char c) {
        if (node == ROOT && c < FIRST_CHARS) {
            // most starting points fail at once: the root's children are looked up directly
            return firstChars[c];
        }
        char[] nodeLabels = labels[node];
        for (int i = 0; i < nodeLabels.length; i++) {
            if (nodeLabels[i] == c) {
                return children[node][i];
            }
        }
        return -1;
    }

    /** Whether the characters leading to this node are a word of the set. */
    boolean isPart(int node) {
        return parts[node];
    }

    private static char[] insertChar(char[] array, int index, char value) {
        char[] result = new char[array.length + 1];
        System.arraycopy(array, 0, result, 0, index);
        result[index] = value;
        System.arraycopy(array, index, result, index + 1, array.length - index);
        return result;
    }

    private static int[] insertInt(int[] array, int index, int value) {
        int[] result = new int[array.length + 1];
        System.arraycopy(array, 0, result, 0, index);
        result[index] = value;
        System.arraycopy(array, index, result, index + 1, array.length - index);
        return result;
    }
}
