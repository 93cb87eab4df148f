/**
 * Presentation of verification results: the one-line-per-property summary, counterexamples as per-peer
 * sequence charts, the JSON object of {@code verify --json}, and the {@code report.md}/{@code report.json}
 * pair of {@code verify --report DIR}. Pure: renders to strings; the CLI writes them.
 */
package dev.airproof.properties.report;
