/** Translations of AIR scripts into other formalisms: TLA+ modules, SMT (Z3), Petri nets and DAGs. */
package dev.airproof.translator;
