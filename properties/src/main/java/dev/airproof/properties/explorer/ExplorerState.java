package dev.airproof.properties.explorer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Immutable; one state of the model: every peer's stored data, the multiset of in-flight particles,
 * the pending service calls, the calls executed so far and the faults used so far.
 *
 * <p>Invariant: {@code inFlight}, {@code pending} and {@code executed} are sorted, so equal states
 * have equal arrays; equality and hashing are on that canonical form. Data is compared by content.
 * The executed calls are kept because at-most-once and convergence are properties of the history,
 * not only of the stored data.
 */
public final class ExplorerState {
  private final DataRef[] data;
  private final Particle[] inFlight;
  private final PendingCall[] pending;
  private final ExecutedCall[] executed;
  private final String[] errors;
  private final int duplications;
  private final int drops;
  private final int amnesias;
  private final int hash;

  ExplorerState(DataRef[] data, Particle[] inFlight, PendingCall[] pending, ExecutedCall[] executed,
      String[] errors, int duplications, int drops, int amnesias) {
    this.data = data;
    this.inFlight = inFlight;
    this.pending = pending;
    this.executed = executed;
    this.errors = errors;
    Arrays.sort(this.inFlight);
    Arrays.sort(this.pending);
    Arrays.sort(this.executed);
    Arrays.sort(this.errors);
    this.duplications = duplications;
    this.drops = drops;
    this.amnesias = amnesias;
    int h = Arrays.hashCode(data);
    h = 31 * h + Arrays.hashCode(inFlight);
    h = 31 * h + Arrays.hashCode(pending);
    h = 31 * h + Arrays.hashCode(executed);
    h = 31 * h + Arrays.hashCode(errors);
    this.hash = 31 * h + duplications * 961 + drops * 31 + amnesias;
  }

  /** The initial state: no peer has data; the empty particle is on its way to the init peer. */
  static ExplorerState initial(int peers, int initPeer) {
    DataRef[] data = new DataRef[peers];
    Arrays.fill(data, DataRef.EMPTY);
    return new ExplorerState(data, new Particle[] {new Particle(initPeer, -1, DataRef.EMPTY)},
        new PendingCall[0], new ExecutedCall[0], new String[0], 0, 0, 0);
  }

  /** The stored data of peer {@code i}. */
  public DataRef data(int i) {
    return data[i];
  }

  /** Number of peers. */
  public int peerCount() {
    return data.length;
  }

  /** In-flight particles, sorted. */
  public List<Particle> inFlight() {
    return Collections.unmodifiableList(Arrays.asList(inFlight));
  }

  /** Pending calls, sorted. */
  public List<PendingCall> pending() {
    return Collections.unmodifiableList(Arrays.asList(pending));
  }

  /** Executed calls, sorted. */
  public List<ExecutedCall> executed() {
    return Collections.unmodifiableList(Arrays.asList(executed));
  }

  /** The invocations so far that ended with a non-zero ret code, as {@code "peer: code"}, sorted. */
  public List<String> errors() {
    return Collections.unmodifiableList(Arrays.asList(errors));
  }

  /** Faults of each kind used so far: duplications, drops, amnesias. */
  public int[] faultsUsed() {
    return new int[] {duplications, drops, amnesias};
  }

  /** True iff nothing can happen any more without a fault: no particle in flight, no pending call. */
  public boolean isQuiescent() {
    return inFlight.length == 0 && pending.length == 0;
  }

  Particle particle(int i) {
    return inFlight[i];
  }

  PendingCall pendingCall(int i) {
    return pending[i];
  }

  int particleCount() {
    return inFlight.length;
  }

  int pendingCount() {
    return pending.length;
  }

  int duplicationsUsed() {
    return duplications;
  }

  int dropsUsed() {
    return drops;
  }

  int amnesiasUsed() {
    return amnesias;
  }

  /**
   * This state with the peer ids of plain {@code sent_by} call states blanked in every stored and
   * carried data ({@link DataRef#withoutSenders()}); {@code this} when nothing changes.
   *
   * <p>States equal in this form are bisimilar: AquaVM 0.62 never reads that peer id (a plain
   * {@code sent_by} state is kept as it is by the merge, the previous one winning, and replaced when
   * the call executes; only the texts of uncatchable trace errors print it, and the explorer keeps
   * their codes, not their texts). Every property is decided on what both states share (executed
   * calls and their results, completeness, waiting calls, known call sites). The explorer therefore
   * may keep one state per class: with the reduction on, the peer that forwarded first to a joining
   * peer no longer multiplies the states by the number of possible first senders.
   */
  public ExplorerState withoutSenders() {
    boolean same = true;
    DataRef[] d = data.clone();
    for (int i = 0; i < d.length; i++) {
      d[i] = d[i].withoutSenders();
      same &= d[i] == data[i];
    }
    Particle[] f = inFlight.clone();
    for (int i = 0; i < f.length; i++) {
      DataRef carried = f[i].data().withoutSenders();
      if (carried != f[i].data()) {
        f[i] = new Particle(f[i].to(), f[i].from(), carried);
        same = false;
      }
    }
    return same ? this : new ExplorerState(d, f, pending.clone(), executed.clone(), errors.clone(),
        duplications, drops, amnesias);
  }

  /** A builder starting from this state. */
  Change change() {
    return new Change(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExplorerState s && hash == s.hash
        && duplications == s.duplications && drops == s.drops && amnesias == s.amnesias
        && Arrays.equals(data, s.data) && Arrays.equals(inFlight, s.inFlight)
        && Arrays.equals(pending, s.pending) && Arrays.equals(executed, s.executed)
        && Arrays.equals(errors, s.errors);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** Mutable; collects the changes of one transition and builds the successor state. */
  static final class Change {
    private final DataRef[] data;
    private final List<Particle> inFlight;
    private final List<PendingCall> pending;
    private final List<ExecutedCall> executed;
    private final java.util.TreeSet<String> errors;
    private int duplications;
    private int drops;
    private int amnesias;

    private Change(ExplorerState s) {
      data = s.data.clone();
      inFlight = new ArrayList<>(Arrays.asList(s.inFlight));
      pending = new ArrayList<>(Arrays.asList(s.pending));
      executed = new ArrayList<>(Arrays.asList(s.executed));
      errors = new java.util.TreeSet<>(Arrays.asList(s.errors));
      duplications = s.duplications;
      drops = s.drops;
      amnesias = s.amnesias;
    }

    Change setData(int peer, DataRef d) {
      data[peer] = d;
      return this;
    }

    Change removeParticle(int index) {
      inFlight.remove(index);
      return this;
    }

    Change addParticle(Particle p) {
      inFlight.add(p);
      return this;
    }

    Change removePending(int index) {
      pending.remove(index);
      return this;
    }

    Change addPending(PendingCall c) {
      pending.add(c);
      return this;
    }

    Change addExecuted(ExecutedCall c) {
      executed.add(c);
      return this;
    }

    Change addError(String error) {
      errors.add(error);
      return this;
    }

    Change countDuplication() {
      duplications++;
      return this;
    }

    Change countDrop() {
      drops++;
      return this;
    }

    Change countAmnesia() {
      amnesias++;
      return this;
    }

    ExplorerState build() {
      return new ExplorerState(data, inFlight.toArray(new Particle[0]),
          pending.toArray(new PendingCall[0]), executed.toArray(new ExecutedCall[0]),
          errors.toArray(new String[0]), duplications, drops, amnesias);
    }
  }
}
