/** Generic place/transition nets: model, builder, PNML, reachability and soundness analysis. Knows nothing of AIR. */
package dev.airproof.petri;
