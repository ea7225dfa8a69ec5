package org.attune.personalization.rewrite;

/**
 * The edges of the word trie: from a node, by a word's id, to the next node. One open-addressing table for all
 * nodes, so following an edge costs one hash probe whatever the node's fan-out (the root has one edge per word that
 * starts a form). Not thread-safe while edges are added; read-only use is.
 */
final class TrieEdges {

    private long[] keys = new long[64];
    private int[] targets = new int[64];
    private int count;

    /** The node reached from {@code node} by {@code word}, or -1. */
    int target(int node, int word) {
        long key = key(node, word);
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); targets[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return targets[slot] - 1;
            }
        }
        return -1;
    }

    /** Adds the edge from {@code node} by {@code word} to {@code target}; there must be none yet. */
    void add(int node, int word, int target) {
        if (2 * (count + 1) > keys.length) {
            grow();
        }
        put(key(node, word), target + 1);
        count++;
    }

    /** Stores {@code target + 1}, so that 0 marks an empty slot. */
    private void put(long key, int storedTarget) {
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (targets[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        targets[slot] = storedTarget;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldTargets = targets;
        keys = new long[oldKeys.length * 2];
        targets = new int[keys.length];
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldTargets[slot] != 0) {
                put(oldKeys[slot], oldTargets[slot]);
            }
        }
    }

    private static long key(int node, int word) {
        return (long) node << 32 | word & 0xffffffffL;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9e3779b97f4a7c15L;
        return (int) (h >>> 32) & mask;
    }
}
