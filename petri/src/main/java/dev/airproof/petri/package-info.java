/**
 * Generic place/transition nets; knows nothing of AIR. Packages, along the pipeline: {@code model}
 * (immutable nets, markings, firing rule), {@code build} (validating builder), {@code pnml} (ISO
 * 15909-2 reader/writer), {@code store} (compact state storage), {@code reach} (BFS reachability
 * graphs), {@code verdict} (Holds / Violated(witness) / Unknown), {@code analysis} (deadlocks,
 * bounds, liveness, reversibility, termination), {@code coverability} (Karp–Miller), {@code
 * workflow} (WF-nets, classical and relaxed soundness), {@code mcc} (MCC property files and
 * checker), {@code graph} and {@code export} (JGraphT views, DOT/GraphML/JSON), {@code xml}.
 * Mirrors no AquaVM file.
 */
package dev.airproof.petri;
