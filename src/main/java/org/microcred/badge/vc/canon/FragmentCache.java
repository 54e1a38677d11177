package org.microcred.badge.vc.canon;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonObject;

/**
 * The fragments of recently seen subtrees, so the parts that credentials of one design share (issuer profile,
 * achievement, criteria, alignments, schema) are walked and hashed once. Bounded (least recently used goes
 * first). An entry is only ever used for a subtree that is equal to it, value for value ({@link JsonObject#equals},
 * which compares numbers by exact decimal value), under the very same compiled context: the content hash only
 * finds the candidate, so a crafted collision costs a miss, never a wrong answer.
 *
 * <p>Admission is by frequency (as in TinyLFU): a subtree is cached from its second sighting while there is
 * room, and once the cache is full only when it was seen more often lately than the entry it would push out. So
 * the parts that differ in every document (recipient, evidence, status entry) never push out the shared ones,
 * and a stream of one-off subtrees costs no fragment building.
 */
public final class FragmentCache {

	/** Larger subtrees are walked every time, so one entry's memory stays small. */
	static final int MAX_QUADS = 2_000;

	private static final int SLOTS = 4096;

	/** Counts are halved after this many look-ups, so frequency means "lately". */
	private static final int AGING_PERIOD = 10 * SLOTS;

	private final int capacity;

	private final Map<Key, Fragment> entries;

	/**
	 * How often subtrees with each hash bucket were looked up lately (a collision only overestimates). Races
	 * between threads can lose a count, which only delays an admission.
	 */
	private final int[] frequency = new int[SLOTS];

	private int lookups;

	/** @param capacity how many distinct subtrees to keep */
	public FragmentCache(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity");
		}
		this.capacity = capacity;
		this.entries = new LinkedHashMap<>(Math.min(capacity, 1024) * 2, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, Fragment> eldest) {
				return size() > FragmentCache.this.capacity;
			}

		};
	}

	/** The fragment of an equal subtree, or null; counts the look-up. */
	Fragment get(Key key) {
		this.frequency[slot(key)]++;
		if (++this.lookups >= AGING_PERIOD) {
			this.lookups = 0;
			for (int i = 0; i < SLOTS; i++) {
				this.frequency[i] >>= 1;
			}
		}
		synchronized (this.entries) {
			return this.entries.get(key);
		}
	}

	/** Whether a subtree that missed is worth building a fragment for (see the class comment). */
	boolean admit(Key key) {
		int candidate = this.frequency[slot(key)];
		if (candidate < 2) {
			return false;
		}
		synchronized (this.entries) {
			return this.entries.size() < this.capacity
					|| candidate > this.frequency[slot(this.entries.keySet().iterator().next())];
		}
	}

	private static int slot(Key key) {
		return (key.hash ^ (key.hash >>> 16)) & (SLOTS - 1);
	}

	void put(Key key, Fragment fragment) {
		if (fragment.quads.size() <= MAX_QUADS) {
			synchronized (this.entries) {
				this.entries.put(key, fragment);
			}
		}
	}

	/** How many fragments are kept now. */
	public int size() {
		synchronized (this.entries) {
			return this.entries.size();
		}
	}

	static Key key(JsonObject object, TermTable context, Term via) {
		return new Key(object, context, via);
	}

	/** A subtree under a compiled context (by identity) and the property that holds it (by identity). */
	static final class Key {

		private final JsonObject object;

		private final TermTable context;

		private final Term via;

		private final int hash;

		private Key(JsonObject object, TermTable context, Term via) {
			this.object = object;
			this.context = context;
			this.via = via;
			this.hash = 31 * (31 * object.hashCode() + System.identityHashCode(context))
					+ System.identityHashCode(via);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.hash == this.hash && key.context == this.context
					&& key.via == this.via && JsonEquality.equal(key.object, this.object);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

}
