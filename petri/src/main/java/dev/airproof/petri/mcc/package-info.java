/**
 * Model Checking Contest (MCC) properties: a typed formula language mirroring the MCC property XML
 * ({@code http://mcc.lip6.fr/}), a writer for property files, factories for the usual questions,
 * and an internal checker for the reachability fragment (EF, AG, AG EF) and upper bounds, so that
 * airproof's answers can be compared with LoLA, TINA, ITS-Tools or TAPAAL on the same files.
 *
 * <p>Invariant: formulas name places and transitions by their PNML ids. Mirrors no AquaVM file.
 */
package dev.airproof.petri.mcc;
