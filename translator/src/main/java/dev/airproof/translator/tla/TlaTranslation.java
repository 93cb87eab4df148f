package dev.airproof.translator.tla;

/** Immutable; the result of translating a script: a module, or why there is none. */
public sealed interface TlaTranslation permits GeneratedModule, Unsupported {}
